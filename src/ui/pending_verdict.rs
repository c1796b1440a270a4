use yew::prelude::*;

use super::{use_speech, FindingItem};
use mt_requirements::{Finding, Summary};

/// Properties of [`PendingVerdict`].
#[derive(Properties, PartialEq)]
pub struct PendingVerdictProps {
    /// Prefix that makes element ids unique to the widget instance.
    pub id_prefix: AttrValue,
    /// The requirements, as findings with nothing answered.
    pub findings: Vec<Finding>,
}

/// The verdict's place in the first view, which the loader shows before the check runs.
///
/// It looks exactly like the check's verdict before any answer (the widget keeps its height, to
/// the pixel, when the check takes its place), and shows the snippet's own Apply link through a
/// slot. Once the visitor answers, its stylesheet shows that the check is still loading, so an
/// answer with no result is not mistaken for a broken check. Nothing in it is a live region: the
/// verdict is announced once, by the check that replaces it.
#[component]
pub fn PendingVerdict(props: &PendingVerdictProps) -> Html {
    let speech = use_speech();
    let words = speech.language.messages();
    let heading_id = format!("{}-verdict", props.id_prefix);
    html! {
        <section class="mte-verdict mte-verdict--pending" part="verdict" aria-labelledby={heading_id.clone()}>
            <h3 class="mte-verdict-title" id={heading_id}>{ words.where_you_stand }</h3>
            <div class="mte-live">
                <p class="mte-headline" data-summary={Summary::NothingAnswered.kind()}>
                    { (words.headline)(Summary::NothingAnswered, &speech.formatting) }
                </p>
                <p class="mte-pending">{ words.pending }</p>
                <ul class="mte-findings">
                    for finding in props.findings.iter() {
                        <FindingItem key={finding.requirement.clone()} finding={finding.clone()} />
                    }
                </ul>
            </div>
            <div class="mte-apply" part="apply">
                <p class="mte-invitation">{ words.loading_invitation }</p>
                <slot></slot>
            </div>
            <p class="mte-disclaimer">{ words.disclaimer }</p>
        </section>
    }
}

use yew::prelude::*;

use super::use_messages;
use mt_requirements::Finding;

/// Properties of [`PendingVerdict`].
#[derive(Properties, PartialEq)]
pub struct PendingVerdictProps {
    /// Prefix that makes element ids unique to the widget instance.
    pub id_prefix: AttrValue,
    /// The requirements, as findings with nothing answered: only their titles and descriptions show.
    pub findings: Vec<Finding>,
}

/// The verdict's place in the first view, which the loader shows before the check runs.
///
/// It says in words that the check is loading, lists the requirements without a status (so it
/// cannot be read as a verdict, and the widget keeps its height when the verdict replaces it),
/// and shows the snippet's own Apply link through a slot. Nothing in it is a live region: the
/// verdict is announced once, by the check that replaces it.
#[component]
pub fn PendingVerdict(props: &PendingVerdictProps) -> Html {
    let words = use_messages();
    let heading_id = format!("{}-verdict", props.id_prefix);
    html! {
        <section class="mte-verdict mte-verdict--pending" part="verdict" aria-labelledby={heading_id.clone()}>
            <h3 class="mte-verdict-title" id={heading_id}>{ words.where_you_stand }</h3>
            <div class="mte-live">
                <p class="mte-headline mte-pending">{ words.pending }</p>
                <ul class="mte-findings">
                    for finding in props.findings.iter() {
                        <li class="mte-finding" data-requirement={finding.requirement.clone()}>
                            <p class="mte-finding-head">
                                <strong class="mte-finding-title">{ finding.title.clone() }</strong>
                            </p>
                            if let Some(description) = finding.description.clone() {
                                <p class="mte-finding-description">{ description }</p>
                            }
                        </li>
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

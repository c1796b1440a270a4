use yew::prelude::*;

use super::use_speech;
use super::{Action, ApplyLink, FindingItem};
use mt_requirements::{Verdict, Why};

/// Properties of [`VerdictPanel`].
#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    /// Prefix that makes element ids unique to the widget instance.
    pub id_prefix: AttrValue,
    /// The verdict to present.
    pub verdict: Verdict,
    /// Why each requirement whose "Why?" is open came out so, by requirement id.
    #[prop_or_default]
    pub whys: Vec<(String, Why)>,
    /// Called when the visitor opens or closes a "Why?".
    #[prop_or_default]
    pub onaction: Callback<Action>,
    /// Where applying happens, if the host page gave a usable link.
    pub apply_url: Option<AttrValue>,
    /// The Apply link's target, if not the same tab.
    #[prop_or_default]
    pub link_target: Option<AttrValue>,
    /// Called when the visitor follows the Apply link.
    #[prop_or_default]
    pub onapply: Callback<()>,
    /// The heading of the set's path, if it has one: the next step points there.
    #[prop_or_default]
    pub path_heading: Option<AttrValue>,
}

/// Where the visitor stands: a headline, one item per requirement, and the Apply link.
#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let speech = use_speech();
    let words = speech.language.messages();
    let summary = props.verdict.summary();
    let headline = (words.headline)(summary, &speech.formatting);
    let heading_id = format!("{}-verdict", props.id_prefix);
    let mut statuses: Vec<(&str, &str)> = Vec::with_capacity(props.verdict.findings.len());
    for finding in &props.verdict.findings {
        statuses.push((finding.title.as_str(), words.status(finding.outcome)));
    }
    let announcement = words.announcement(&headline, &statuses);
    html! {
        <section class="mte-verdict" part="verdict" aria-labelledby={heading_id.clone()}>
            <h3 class="mte-verdict-title" id={heading_id}>{ words.where_you_stand }</h3>
            // What a screen reader hears: the headline and each status, read out (politely, whole)
            // only when one of them changes. Typing 9, 10, 11 months rewords the guidance below
            // on every keystroke, which is on screen at once but not read out each time.
            <p class="mte-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            <div class="mte-live">
                <p class="mte-headline" data-summary={summary.kind()}>
                    { headline }
                </p>
                <ul class="mte-findings">
                    for finding in props.verdict.findings.iter() {
                        <FindingItem
                            key={finding.requirement.clone()}
                            finding={finding.clone()}
                            why={props.whys.iter().find(|(requirement, _)| *requirement == finding.requirement).map(|(_, why)| why.clone())}
                            onaction={props.onaction.clone()}
                        />
                    }
                </ul>
                if let Some(next) = props.path_heading.as_deref().and_then(|heading| (words.next_step)(summary, heading)) {
                    <p class="mte-next" data-next={summary.kind()}>{ next }</p>
                }
            </div>
            <ApplyLink
                href={props.apply_url.clone()}
                target={props.link_target.clone()}
                invitation={(words.invitation)(summary)}
                onclick={props.onapply.clone()}
            />
            <p class="mte-disclaimer">
                { words.disclaimer }
            </p>
        </section>
    }
}

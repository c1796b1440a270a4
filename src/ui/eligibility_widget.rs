use std::rc::Rc;

use yew::prelude::*;

use super::{ApplyLink, EligibilityCheck, VisitorEvent};
use crate::domain::RequirementSet;

/// Where the widget's requirement set stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Requirements {
    /// Being fetched.
    Loading,
    /// Checked and ready.
    Ready(Rc<RequirementSet>),
    /// Refused: a set with a problem is never half-used (the console has the reasons).
    Misconfigured,
}

/// Properties of [`EligibilityWidget`].
#[derive(Properties, PartialEq, Clone)]
pub struct EligibilityWidgetProps {
    /// The requirement set, or why there is none.
    pub requirements: Requirements,
    /// Where applying happens; `None` when the host page gave no usable http(s) link.
    #[prop_or_default]
    pub apply_url: Option<AttrValue>,
    /// The Apply link's target; `None` for the same tab.
    #[prop_or_default]
    pub link_target: Option<AttrValue>,
    /// Prefix that makes element ids unique on the page.
    #[prop_or(AttrValue::Static("mt-eligibility"))]
    pub id_prefix: AttrValue,
    /// Told the requirement ids once the check is on screen.
    #[prop_or_default]
    pub on_ready: Callback<Vec<String>>,
    /// Told what the visitor does.
    #[prop_or_default]
    pub on_event: Callback<VisitorEvent>,
    /// Asks the browser to print the checklist.
    #[prop_or_default]
    pub on_print: Callback<()>,
    /// Copies the checklist as text, then tells whether that worked.
    #[prop_or_default]
    pub on_copy: Callback<(String, Callback<bool>)>,
}

/// The widget as mounted on a page: the check, or, while there is no usable set, a short
/// message with the Apply link.
#[component]
pub fn EligibilityWidget(props: &EligibilityWidgetProps) -> Html {
    let apply = |invitation: &'static str| {
        html! { <ApplyLink href={props.apply_url.clone()} target={props.link_target.clone()} {invitation} /> }
    };
    match &props.requirements {
        Requirements::Ready(set) => html! {
            <EligibilityCheck
                // A different set asks different questions: start afresh.
                key={format!("{}@{}", set.name, set.version)}
                set={set.clone()}
                apply_url={props.apply_url.clone()}
                link_target={props.link_target.clone()}
                id_prefix={props.id_prefix.clone()}
                on_ready={props.on_ready.clone()}
                on_event={props.on_event.clone()}
                on_print={props.on_print.clone()}
                on_copy={props.on_copy.clone()}
            />
        },
        Requirements::Loading => html! {
            <div class="mte" part="container">
                <p class="mte-loading" role="status">{ "Loading the eligibility check…" }</p>
                { apply("You can apply at any time.") }
            </div>
        },
        Requirements::Misconfigured => html! {
            <div class="mte mte-misconfigured" part="container">
                <p class="mte-config-error" role="alert">{ "This eligibility check is misconfigured." }</p>
                { apply("You can still apply. Our licensure team will guide you.") }
            </div>
        },
    }
}

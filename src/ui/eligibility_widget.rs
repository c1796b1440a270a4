use std::rc::Rc;

use yew::prelude::*;

use super::{ApplyLink, EligibilityCheck, Host, Speech, State};
use mt_requirements::link::Restored;
use mt_requirements::RequirementSet;

/// Where the widget's requirement set stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SetStatus {
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
    pub set: SetStatus,
    /// What the host page gives: the Apply link, the id prefix, the callbacks.
    #[prop_or_default]
    pub host: Host,
    /// The answers a set starts from when it first shows: those given in the first view.
    #[prop_or_default]
    pub initial: State,
    /// Rendered as the first view, ahead of the check (see [`super::PendingVerdict`]).
    #[prop_or_default]
    pub pending: bool,
    /// The set is a core whose whole could not be had: its path will not come.
    #[prop_or_default]
    pub path_failed: bool,
    /// Answers brought back from a link (see [`super::EligibilityCheck`]).
    #[prop_or_default]
    pub restored: Option<Rc<Restored>>,
}

/// The widget as mounted on a page: the check, or, while there is no usable set, a short
/// message with the Apply link.
#[component]
pub fn EligibilityWidget(props: &EligibilityWidgetProps) -> Html {
    let words = props.host.speech.language.messages();
    let apply = |invitation: &'static str| {
        html! { <ApplyLink href={props.host.apply_url.clone()} target={props.host.link_target.clone()} {invitation} /> }
    };
    let shown = match &props.set {
        SetStatus::Ready(set) => html! {
            <EligibilityCheck
                // Another set asks other questions, and another widget (its app reused, see
                // `web::widget`) has other answers: either starts afresh.
                key={format!("{}@{} {}", set.name, set.version, props.host.id_prefix)}
                set={set.clone()}
                host={props.host.clone()}
                initial={props.initial.clone()}
                pending={props.pending}
                path_failed={props.path_failed}
                restored={props.restored.clone()}
            />
        },
        SetStatus::Loading => html! {
            <div class="mte" part="container">
                <p class="mte-loading" role="status">{ words.loading }</p>
                { apply(words.loading_invitation) }
            </div>
        },
        SetStatus::Misconfigured => html! {
            <div class="mte mte-misconfigured" part="container">
                <p class="mte-config-error" role="alert">{ words.misconfigured }</p>
                { apply(words.misconfigured_invitation) }
            </div>
        },
    };
    html! {
        <ContextProvider<Speech> context={props.host.speech.clone()}>{ shown }</ContextProvider<Speech>>
    }
}

use yew::prelude::*;

use super::{Action, ChoiceQuestion, MonthsQuestion, State, VerdictPanel};
use crate::domain::{evaluate, Certification, DegreeField, DegreeLevel};

/// A callback that turns what the visitor gives into an action on the state.
fn dispatch<T: 'static>(
    state: &UseReducerHandle<State>,
    to_action: fn(T) -> Action,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(to_action(value)))
}

/// Properties of [`EligibilityCheck`].
#[derive(Properties, PartialEq)]
pub struct EligibilityCheckProps {
    /// Where applying happens; `None` when the host page gave no usable http(s) link.
    #[prop_or_default]
    pub apply_url: Option<AttrValue>,
    /// Prefix that makes element ids and radio names unique when several widgets share a page.
    #[prop_or(AttrValue::Static("mt-eligibility"))]
    pub id_prefix: AttrValue,
    /// The answers to start from.
    #[prop_or_default]
    pub initial: State,
}

/// The whole widget: the questions, and where the visitor stands, updated on every answer.
#[component]
pub fn EligibilityCheck(props: &EligibilityCheckProps) -> Html {
    let state = use_reducer({
        let initial = props.initial.clone();
        move || initial
    });
    let verdict = evaluate(&state.answers());
    let prefix = &props.id_prefix;
    let title_id = format!("{prefix}-title");
    // There is no submit button, but Enter in the text field would still submit the form and
    // navigate the host page away.
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());

    html! {
        <div class="mte" part="container">
            <h2 class="mte-title" id={title_id.clone()}>{ "Do you meet our requirements?" }</h2>
            <p class="mte-intro">
                { "Four quick questions about our three requirements. You see the result as you answer." }
            </p>
            <form class="mte-questions" aria-labelledby={title_id} novalidate=true {onsubmit}>
                <ChoiceQuestion<DegreeLevel>
                    name={format!("{prefix}-degree-level")}
                    legend="What is your highest degree?"
                    selected={state.degree_level}
                    onchoose={dispatch(&state, Action::ChooseDegreeLevel)}
                />
                if state.asks_degree_field() {
                    <ChoiceQuestion<DegreeField>
                        name={format!("{prefix}-degree-field")}
                        legend="What field is your degree in?"
                        selected={state.degree_field}
                        onchoose={dispatch(&state, Action::ChooseDegreeField)}
                    />
                }
                <MonthsQuestion
                    id_prefix={prefix.clone()}
                    text={state.months_text.clone().unwrap_or_default()}
                    error={state.months().and_then(Result::err)}
                    ontype={dispatch(&state, Action::TypeMonths)}
                />
                <ChoiceQuestion<Certification>
                    name={format!("{prefix}-certification")}
                    legend="Are you certified by ASCP or AMT?"
                    selected={state.certification}
                    onchoose={dispatch(&state, Action::ChooseCertification)}
                />
            </form>
            <VerdictPanel id_prefix={prefix.clone()} {verdict} apply_url={props.apply_url.clone()} />
        </div>
    }
}

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::{Action, ChoiceQuestion, MonthsQuestion, State, VerdictPanel, VisitorEvent};
use crate::domain::{evaluate, Certification, DegreeField, DegreeLevel};

/// Properties of [`EligibilityCheck`].
#[derive(Properties, PartialEq)]
pub struct EligibilityCheckProps {
    /// Where applying happens; `None` when the host page gave no usable http(s) link.
    #[prop_or_default]
    pub apply_url: Option<AttrValue>,
    /// The Apply link's target, such as `_blank`; `None` for the same tab.
    #[prop_or_default]
    pub link_target: Option<AttrValue>,
    /// Prefix that makes element ids and radio names unique when several widgets share a page.
    #[prop_or(AttrValue::Static("mt-eligibility"))]
    pub id_prefix: AttrValue,
    /// The answers to start from.
    #[prop_or_default]
    pub initial: State,
    /// Told once the widget is first on screen.
    #[prop_or_default]
    pub on_ready: Callback<()>,
    /// Told what the visitor does: the first answer, each change of result, the Apply click.
    #[prop_or_default]
    pub on_event: Callback<VisitorEvent>,
}

/// The whole widget: the questions, and where the visitor stands, updated on every answer.
#[component]
pub fn EligibilityCheck(props: &EligibilityCheckProps) -> Html {
    let state = use_reducer({
        let initial = props.initial.clone();
        move || initial
    });
    let started = use_mut_ref(|| false);
    let first_render = use_mut_ref(|| true);
    let answers = state.answers();
    let verdict = evaluate(&answers);

    // Tell the host when a requirement's outcome changes, not when a keystroke only rewords the
    // guidance (10 → 9 months missing). Effects run after the DOM is updated, so the first run
    // means the widget is on screen: that is "ready", not a change the visitor caused.
    let outcomes: Vec<&'static str> = verdict
        .findings
        .iter()
        .map(|finding| finding.outcome.kind())
        .collect();
    use_effect_with(outcomes, {
        let (on_ready, on_event) = (props.on_ready.clone(), props.on_event.clone());
        let verdict = verdict.clone();
        move |_| {
            if first_render.replace(false) {
                on_ready.emit(());
            } else {
                on_event.emit(VisitorEvent::ResultChanged { answers, verdict });
            }
        }
    });

    let choose = Dispatcher {
        state: state.clone(),
        started,
        on_event: props.on_event.clone(),
    };
    let onapply = props.on_event.reform({
        let verdict = verdict.clone();
        move |()| VisitorEvent::ApplyClicked {
            answers,
            verdict: verdict.clone(),
        }
    });
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
                    onchoose={choose.on(Action::ChooseDegreeLevel)}
                />
                if state.asks_degree_field() {
                    <ChoiceQuestion<DegreeField>
                        name={format!("{prefix}-degree-field")}
                        legend="What field is your degree in?"
                        selected={state.degree_field}
                        onchoose={choose.on(Action::ChooseDegreeField)}
                    />
                }
                <MonthsQuestion
                    id_prefix={prefix.clone()}
                    text={state.months_text.clone().unwrap_or_default()}
                    error={state.months().and_then(Result::err)}
                    ontype={choose.on(Action::TypeMonths)}
                />
                <ChoiceQuestion<Certification>
                    name={format!("{prefix}-certification")}
                    legend="Are you certified by ASCP or AMT?"
                    selected={state.certification}
                    onchoose={choose.on(Action::ChooseCertification)}
                />
            </form>
            <VerdictPanel
                id_prefix={prefix.clone()}
                {verdict}
                apply_url={props.apply_url.clone()}
                link_target={props.link_target.clone()}
                {onapply}
            />
        </div>
    }
}

/// Turns what the visitor gives into actions on the state, and reports the visit as started
/// on the very first one.
struct Dispatcher {
    state: UseReducerHandle<State>,
    started: Rc<RefCell<bool>>,
    on_event: Callback<VisitorEvent>,
}

impl Dispatcher {
    fn on<T: 'static>(&self, to_action: fn(T) -> Action) -> Callback<T> {
        let (state, started, on_event) = (
            self.state.clone(),
            self.started.clone(),
            self.on_event.clone(),
        );
        Callback::from(move |value| {
            let action = to_action(value);
            if !started.replace(true) {
                on_event.emit(VisitorEvent::Started {
                    question: action.question(),
                });
            }
            state.dispatch(action);
        })
    }
}

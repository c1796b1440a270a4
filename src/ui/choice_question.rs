use yew::prelude::*;

use super::Action;
use mt_requirements::ChoiceOption;

/// Properties of a choice question, shown as radio buttons ([`ChoiceQuestion`]) or, for many
/// options, as a drop-down list ([`super::SelectQuestion`]).
#[derive(Properties, PartialEq)]
pub struct ChoiceQuestionProps {
    /// The question's id in the set.
    pub question: AttrValue,
    /// Unique within the page: the radio group's name, or the drop-down's id.
    pub id: AttrValue,
    /// The question, shown as the fieldset's legend or the drop-down's label.
    pub label: AttrValue,
    /// A hint under the question.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The options, in order.
    pub options: Vec<ChoiceOption>,
    /// The id of the option chosen so far.
    pub selected: Option<AttrValue>,
    /// Shows only the chosen option, with `change`: the visitor moved on to another question.
    #[prop_or_default]
    pub folded: bool,
    /// The word on a folded answer that says it can be changed.
    #[prop_or_default]
    pub change: &'static str,
    /// Called with the visitor's answer: the id of the option chosen. One callback for every
    /// question, so it stays equal between renders and unchanged questions are not redrawn.
    pub onanswer: Callback<Action>,
}

/// One multiple-choice question: a fieldset of native radio buttons, each with its label.
///
/// Folded, the other options are left out of the layout, not the page: focus on the chosen one
/// (a tap or Tab) unfolds the question, and arrow keys then move between all its options.
#[component]
pub fn ChoiceQuestion(props: &ChoiceQuestionProps) -> Html {
    let onfocusin = props.folded.then(|| {
        let question = props.question.to_string();
        props
            .onanswer
            .reform(move |_: FocusEvent| Action::Unfold(question.clone()))
    });
    html! {
        <fieldset class={if props.folded { "mte-question mte-question--folded" } else { "mte-question" }} part="question" {onfocusin}>
            <legend class="mte-legend">{ props.label.clone() }</legend>
            if let Some(help) = props.help.clone() {
                <p class="mte-hint">{ help }</p>
            }
            <div class="mte-options">
                for option in props.options.iter() {
                    <label class="mte-option" key={option.id.clone()}>
                        <input
                            type="radio"
                            name={props.id.clone()}
                            value={option.id.clone()}
                            checked={props.selected.as_deref() == Some(option.id.as_str())}
                            // A click, not a change: it also comes from arrow keys (with no
                            // detail), and says whether a tap or the mouse chose.
                            onclick={props.onanswer.reform({
                                let (question, value) = (props.question.to_string(), option.id.clone());
                                move |event: MouseEvent| Action::Answer {
                                    question: question.clone(),
                                    value: value.clone(),
                                    settled: event.detail() > 0,
                                }
                            })}
                        />
                        <span>{ option.label.clone() }</span>
                        if props.folded && props.selected.as_deref() == Some(option.id.as_str()) {
                            // Not part of the radio's name: the legend and option say it all.
                            <span class="mte-change" aria-hidden="true">{ props.change }</span>
                        }
                    </label>
                }
            </div>
        </fieldset>
    }
}

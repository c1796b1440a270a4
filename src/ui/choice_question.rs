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
    /// Called with the visitor's answer: the id of the option chosen. One callback for every
    /// question, so it stays equal between renders and unchanged questions are not redrawn.
    pub onanswer: Callback<Action>,
}

/// One multiple-choice question: a fieldset of native radio buttons, each with its label.
#[component]
pub fn ChoiceQuestion(props: &ChoiceQuestionProps) -> Html {
    html! {
        <fieldset class="mte-question" part="question">
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
                            onchange={props.onanswer.reform({
                                let (question, value) = (props.question.to_string(), option.id.clone());
                                move |_: Event| Action::Answer {
                                    question: question.clone(),
                                    value: value.clone(),
                                }
                            })}
                        />
                        <span>{ option.label.clone() }</span>
                    </label>
                }
            </div>
        </fieldset>
    }
}

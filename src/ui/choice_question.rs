use yew::prelude::*;

use crate::domain::Choice;

/// Properties of [`ChoiceQuestion`].
#[derive(Properties, PartialEq)]
pub struct ChoiceQuestionProps<T: Choice> {
    /// The radio group's name, unique within the widget instance.
    pub name: AttrValue,
    /// The question, shown as the fieldset's legend.
    pub legend: AttrValue,
    /// The option chosen so far.
    pub selected: Option<T>,
    /// Called with the option the visitor chooses.
    pub onchoose: Callback<T>,
}

/// One multiple-choice question: a fieldset of native radio buttons, each with its label.
#[component]
pub fn ChoiceQuestion<T: Choice>(props: &ChoiceQuestionProps<T>) -> Html {
    html! {
        <fieldset class="mte-question" part="question">
            <legend class="mte-legend">{ props.legend.clone() }</legend>
            <div class="mte-options">
                for choice in T::ALL.iter().copied() {
                    <label class="mte-option" key={choice.id()}>
                        <input
                            type="radio"
                            name={props.name.clone()}
                            value={choice.id()}
                            checked={props.selected == Some(choice)}
                            onchange={props.onchoose.reform(move |_: Event| choice)}
                        />
                        <span>{ choice.label() }</span>
                    </label>
                }
            </div>
        </fieldset>
    }
}

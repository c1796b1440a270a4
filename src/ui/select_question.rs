use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::use_messages;
use super::{Action, ChoiceQuestionProps};

/// A choice among many options (such as a state), as a native drop-down list with its label:
/// fifty radio buttons would make the widget several screens long.
#[component]
pub fn SelectQuestion(props: &ChoiceQuestionProps) -> Html {
    let words = use_messages();
    let hint_id = format!("{}-hint", props.id);
    let onchange = props.onanswer.reform({
        let question = props.question.to_string();
        move |event: Event| Action::Answer {
            question: question.clone(),
            value: event.target_unchecked_into::<HtmlSelectElement>().value(),
            settled: false,
        }
    });
    html! {
        <div class="mte-question" part="question">
            <label class="mte-legend" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(help) = props.help.clone() {
                <p class="mte-hint" id={hint_id.clone()}>{ help }</p>
            }
            <select
                class="mte-select"
                id={props.id.clone()}
                aria-describedby={props.help.as_ref().map(|_| hint_id)}
                {onchange}
            >
                <option value="" disabled=true selected={props.selected.is_none()}>{ words.choose }</option>
                for option in props.options.iter() {
                    <option
                        key={option.id.clone()}
                        value={option.id.clone()}
                        selected={props.selected.as_deref() == Some(option.id.as_str())}
                    >
                        { option.label.clone() }
                    </option>
                }
            </select>
        </div>
    }
}

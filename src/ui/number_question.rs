use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::Action;

/// Properties of [`NumberQuestion`].
#[derive(Properties, PartialEq)]
pub struct NumberQuestionProps {
    /// The question's id in the set.
    pub question: AttrValue,
    /// The field's id, unique within the page.
    pub id: AttrValue,
    /// The question, shown as the field's label.
    pub label: AttrValue,
    /// A hint under the label.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Hides the hint: the field is filled in, and the visitor moved on.
    #[prop_or_default]
    pub folded: bool,
    /// What the visitor has typed so far.
    pub text: AttrValue,
    /// Why the typed value was refused, if it was: what is accepted.
    pub error: Option<AttrValue>,
    /// Called with the field's text on every keystroke.
    pub onanswer: Callback<Action>,
}

/// A whole-number question: a labelled text field.
///
/// A text field with `inputmode="numeric"` rather than `type="number"`: the browser's number
/// field silently empties text it cannot read, which would hide the visitor's mistake.
#[component]
pub fn NumberQuestion(props: &NumberQuestionProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = match (&props.help, &props.error) {
        (Some(_), Some(_)) => format!("{hint_id} {error_id}"),
        (Some(_), None) => hint_id.clone(),
        (None, _) => error_id.clone(),
    };
    let oninput = props.onanswer.reform({
        let question = props.question.to_string();
        move |event: InputEvent| Action::Answer {
            question: question.clone(),
            value: event.target_unchecked_into::<HtmlInputElement>().value(),
            settled: false,
        }
    });
    html! {
        <div class={if props.folded { "mte-question mte-question--number mte-question--folded" } else { "mte-question mte-question--number" }} part="question">
            <label class="mte-legend" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(help) = props.help.clone() {
                <p class="mte-hint" id={hint_id}>{ help }</p>
            }
            <input
                class="mte-input"
                id={props.id.clone()}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                size="5"
                // Blank, but it lets the first view's stylesheet tell an empty field
                // (`:placeholder-shown`) and reveal the next question once it is not.
                placeholder=" "
                value={props.text.clone()}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={described_by}
                {oninput}
            />
            // Always present, so screen readers announce a message as soon as it appears.
            <p class="mte-error" id={error_id} aria-live="polite">{ props.error.clone() }</p>
        </div>
    }
}

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::MonthsError;

/// Properties of [`MonthsQuestion`].
#[derive(Properties, PartialEq)]
pub struct MonthsQuestionProps {
    /// Prefix that makes element ids unique to the widget instance.
    pub id_prefix: AttrValue,
    /// What the visitor has typed so far.
    pub text: AttrValue,
    /// Why the typed value was refused, if it was.
    pub error: Option<MonthsError>,
    /// Called with the field's text on every keystroke.
    pub ontype: Callback<String>,
}

/// The months-of-experience question: a labelled text field that accepts whole numbers.
///
/// A text field with `inputmode="numeric"` rather than `type="number"`: the browser's number
/// field silently empties text it cannot read, which would hide the visitor's mistake.
#[component]
pub fn MonthsQuestion(props: &MonthsQuestionProps) -> Html {
    let input_id = format!("{}-months", props.id_prefix);
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let described_by = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let oninput = props
        .ontype
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="mte-question mte-question--months" part="question">
            <label class="mte-legend" for={input_id.clone()}>
                { "How many months have you worked as a Medical Technologist (MT or MLS)?" }
            </label>
            <p class="mte-hint" id={hint_id}>
                { "Count work taking samples, clinical testing, troubleshooting and routine lab maintenance. 12 months is one year." }
            </p>
            <input
                class="mte-input"
                id={input_id}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                size="5"
                value={props.text.clone()}
                aria-invalid={props.error.map(|_| "true")}
                aria-describedby={described_by}
                {oninput}
            />
            // Always present, so screen readers announce a message as soon as it appears.
            <p class="mte-error" id={error_id} aria-live="polite">
                { props.error.map(MonthsError::message) }
            </p>
        </div>
    }
}

use std::rc::Rc;

use yew::prelude::*;

use super::{use_speech, Speech};
use super::{Action, ChoiceQuestion, ChoiceQuestionProps, NumberQuestion, SelectQuestion, State};
use mt_requirements::{asked, Answers, Part, Question, QuestionKind, RequirementSet};

/// Past this many options, a choice is a drop-down list rather than radio buttons.
const MAX_RADIOS: usize = 10;
/// The same in the path, which comes after the verdict on an already long phone page.
const MAX_PATH_RADIOS: usize = 4;

/// Properties of [`QuestionList`].
#[derive(Properties, PartialEq)]
pub struct QuestionListProps {
    /// The set the questions come from.
    pub set: Rc<RequirementSet>,
    /// Which part's questions to show.
    pub part: Part,
    /// What the visitor has entered: the reducer's handle, so passing it on copies a pointer,
    /// not the state.
    pub state: UseReducerHandle<State>,
    /// The valid answers, which decide which questions are asked.
    pub answers: Answers,
    /// Prefix that makes element ids and radio names unique on the page.
    pub id_prefix: AttrValue,
    /// Called with each answer the visitor gives, and when they go back to a folded question.
    pub onanswer: Callback<Action>,
    /// Every asked question, for the first view, whose stylesheet reveals them one by one
    /// (crates/first-view); otherwise only up to the first one not answered yet.
    #[prop_or_default]
    pub all: bool,
}

/// The asked questions of one part of the set, each as its native control, one more as each is
/// answered: a phone shows the question at hand, not five at once. Answered questions the
/// visitor moved on from fold: a choice to its answer, a number field to the field.
#[component]
pub fn QuestionList(props: &QuestionListProps) -> Html {
    let speech = use_speech();
    let counted = asked(&props.set, &props.answers);
    // The green-card line's country of birth is asked inside its own step (`PathSection`).
    let in_step = props
        .set
        .path
        .as_ref()
        .and_then(|path| path.bulletin.as_ref())
        .map(|bulletin| bulletin.question.as_str());
    // A plain loop, not an iterator chain: each adapter costs the download its own code.
    let mut shown: Vec<Html> = Vec::new();
    for question in &props.set.questions {
        if question.part != props.part
            || !counted.shows(&question.id)
            || in_step == Some(question.id.as_str())
        {
            continue;
        }
        shown.push(question_control(
            question,
            &props.state,
            &props.id_prefix,
            &props.onanswer,
            &speech,
        ));
        if !props.all && !props.state.answered(&question.id) {
            break;
        }
    }
    shown.into_iter().collect()
}

/// One question as its native control: radio buttons, a drop-down list past a few options, or a
/// number field with its error.
pub fn question_control(
    question: &Question,
    state: &State,
    id_prefix: &str,
    onanswer: &Callback<Action>,
    speech: &Speech,
) -> Html {
    let words = speech.language.messages();
    let id = format!("{id_prefix}-{}", question.id);
    let entered = state.entered.get(&question.id).cloned();
    let onanswer = onanswer.clone();
    let help = question.help.clone().map(AttrValue::from);
    let folded = state.folded(question);
    match &question.kind {
        QuestionKind::Choice(options) => {
            let props = yew::props!(ChoiceQuestionProps {
                question: question.id.clone(),
                id,
                label: question.label.clone(),
                help,
                options: options.clone(),
                selected: entered.map(AttrValue::from),
                folded,
                change: words.change,
                onanswer,
            });
            let most = match question.part {
                Part::Check => MAX_RADIOS,
                Part::Path => MAX_PATH_RADIOS,
            };
            if options.len() > most {
                html! { <SelectQuestion key={question.id.clone()} ..props /> }
            } else {
                html! { <ChoiceQuestion key={question.id.clone()} ..props /> }
            }
        }
        QuestionKind::WholeNumber { min, max, unit } => {
            let error = state.value(question).and_then(Result::err);
            html! {
                <NumberQuestion
                    key={question.id.clone()}
                    question={question.id.clone()}
                    {id}
                    label={question.label.clone()}
                    {help}
                    text={entered.unwrap_or_default()}
                    {folded}
                    error={error.map(|error| AttrValue::from((words.number_error)(error, *min, *max, unit, &speech.formatting)))}
                    {onanswer}
                />
            }
        }
    }
}

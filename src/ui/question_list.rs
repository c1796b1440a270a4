use std::rc::Rc;

use yew::prelude::*;

use super::use_speech;
use super::{Action, ChoiceQuestion, ChoiceQuestionProps, NumberQuestion, SelectQuestion, State};
use mt_requirements::{asked, Answers, Part, QuestionKind, RequirementSet};

/// Past this many options, a choice is a drop-down list rather than radio buttons.
const MAX_RADIOS: usize = 10;

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
    let words = speech.language.messages();
    let counted = asked(&props.set, &props.answers);
    // A plain loop, not an iterator chain: each adapter costs the download its own code.
    let mut shown: Vec<Html> = Vec::new();
    for question in &props.set.questions {
        if question.part != props.part || !counted.shows(&question.id) {
            continue;
        }
        let id = format!("{}-{}", props.id_prefix, question.id);
        let entered = props.state.entered.get(&question.id).cloned();
        let onanswer = props.onanswer.clone();
        let help = question.help.clone().map(AttrValue::from);
        let folded = props.state.folded(question);
        shown.push(match &question.kind {
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
                if options.len() > MAX_RADIOS {
                    html! { <SelectQuestion key={question.id.clone()} ..props /> }
                } else {
                    html! { <ChoiceQuestion key={question.id.clone()} ..props /> }
                }
            }
            QuestionKind::WholeNumber { min, max, unit } => {
                let error = props.state.value(question).and_then(Result::err);
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
        });
        if !props.all && !props.state.answered(&question.id) {
            break;
        }
    }
    shown.into_iter().collect()
}

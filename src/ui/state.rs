use std::collections::BTreeMap;
use std::rc::Rc;

use yew::Reducible;

use crate::domain::{
    parse_whole_number, Answers, NumberError, Question, QuestionKind, RequirementSet, Value,
};

/// Everything the visitor has entered, exactly as entered: an option id, or the text typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// By question id. A question hidden later keeps its entry, so showing it again loses nothing.
    pub entered: BTreeMap<String, String>,
}

/// One thing the visitor did: chose an option, or typed in a number field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    /// The question answered.
    pub question: String,
    /// The option id chosen, or the text typed.
    pub value: String,
}

impl State {
    /// The valid answers the rules judge; a refused number counts as not answered.
    pub fn answers(&self, set: &RequirementSet) -> Answers {
        set.questions
            .iter()
            .filter_map(|question| Some((question.id.clone(), self.value(question)?.ok()?)))
            .collect()
    }

    /// What was entered for `question`, read: `None` while untouched, else the value or why it was refused.
    pub fn value(&self, question: &Question) -> Option<Result<Value, NumberError>> {
        let entered = self.entered.get(&question.id)?;
        Some(match &question.kind {
            QuestionKind::Choice(options) => {
                match options.iter().find(|option| option.id == *entered) {
                    Some(option) => Ok(Value::Choice(option.id.clone())),
                    None => return None,
                }
            }
            QuestionKind::WholeNumber { min, max, .. } => {
                parse_whole_number(entered, *min, *max).map(Value::Number)
            }
        })
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if self.entered.get(&action.question) == Some(&action.value) {
            // Yew 0.23 skips the re-render when the same Rc comes back.
            return self;
        }
        let mut next = (*self).clone();
        next.entered.insert(action.question, action.value);
        Rc::new(next)
    }
}

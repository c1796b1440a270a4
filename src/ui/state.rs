use std::rc::Rc;

use yew::Reducible;

use super::Entered;

use mt_requirements::{
    parse_whole_number, Answers, NumberError, Question, QuestionKind, RequirementSet, Value,
};

/// Everything the visitor has entered, exactly as entered (an option id, or the text typed), and
/// which of the collapsed parts they opened.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// By question id. A question hidden later keeps its entry, so showing it again loses nothing.
    pub entered: Entered,
    /// The path's questions and steps are only built once it is opened: while closed they would be
    /// half the widget's DOM, rebuilt on every answer for nobody to see.
    pub path_open: bool,
    /// The requirements whose "Why?" is open. Closed, its content (half the verdict's text) is
    /// not built either. A Vec: a set type would add its own B-tree code to the download.
    pub why_open: Vec<String>,
}

/// One thing the visitor did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Chose an option, or typed in a number field.
    Answer {
        /// The question answered.
        question: String,
        /// The option id chosen, or the text typed.
        value: String,
    },
    /// Opened (`true`) or closed the optional path.
    OpenPath(bool),
    /// Opened or closed a requirement's "Why?".
    OpenWhy {
        /// The requirement's id.
        requirement: String,
        /// Whether it is now open.
        open: bool,
    },
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
        let changed = match &action {
            Action::Answer { question, value } => self.entered.get(question) != Some(value),
            Action::OpenPath(open) => self.path_open != *open,
            Action::OpenWhy { requirement, open } => self.why_open.contains(requirement) != *open,
        };
        if !changed {
            // Yew 0.23 skips the re-render when the same Rc comes back.
            return self;
        }
        let mut next = (*self).clone();
        match action {
            Action::Answer { question, value } => {
                next.entered.insert(question, value);
            }
            Action::OpenPath(open) => next.path_open = open,
            Action::OpenWhy {
                requirement,
                open: true,
            } => next.why_open.push(requirement),
            Action::OpenWhy { requirement, .. } => {
                next.why_open.retain(|open| *open != requirement)
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(question: &str, value: &str) -> Action {
        Action::Answer {
            question: question.into(),
            value: value.into(),
        }
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state_so_nothing_re_renders() {
        let state = Rc::new(State::default()).reduce(answer("degree-level", "bachelor"));
        assert_eq!(state.entered["degree-level"], "bachelor");
        assert!(Rc::ptr_eq(
            &state.clone().reduce(answer("degree-level", "bachelor")),
            &state
        ));
        assert!(Rc::ptr_eq(
            &state.clone().reduce(Action::OpenPath(false)),
            &state
        ));
    }

    #[test]
    fn a_why_opens_and_closes_on_its_own() {
        let open = |requirement: &str, open: bool| Action::OpenWhy {
            requirement: requirement.into(),
            open,
        };
        let state = Rc::new(State::default())
            .reduce(open("education", true))
            .reduce(open("experience", true))
            .reduce(open("education", false));
        assert_eq!(state.why_open.iter().collect::<Vec<_>>(), ["experience"]);
        assert!(Rc::ptr_eq(
            &state.clone().reduce(open("education", false)),
            &state
        ));
    }

    #[test]
    fn opening_the_path_keeps_every_answer() {
        let state = Rc::new(State::default())
            .reduce(answer("work-state", "ca"))
            .reduce(Action::OpenPath(true));
        assert!(state.path_open);
        assert_eq!(state.entered["work-state"], "ca");
        assert!(!state.reduce(Action::OpenPath(false)).path_open);
    }
}

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
    /// The question the visitor is working on: the last one answered, or a folded one they went
    /// back to; `None` once they chose an option with a tap or click, which settles it. Every
    /// other answered question is folded.
    pub current: Option<String>,
    /// Whether the visitor has answered or gone back to a question in the check. Until then
    /// nothing folds, so answers carried from the first view stay as the first view showed them.
    pub acted: bool,
    /// Whether this device keeps the answers, as the visitor asked.
    pub keeping: Keeping,
}

/// Whether this device keeps the visitor's answers. Never without the visitor's tick.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keeping {
    /// Not asked for.
    #[default]
    No,
    /// Kept, and kept current with every answer.
    Yes,
    /// The visitor asked to forget them, and they are gone from this device.
    Forgotten,
    /// The browser would not keep them (a full or refused storage).
    Refused,
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
        /// Chosen with a tap or click, not arrow keys: the visitor is done with the question, so
        /// it folds at once if the answer changed.
        settled: bool,
    },
    /// Went back to a folded question, to change its answer.
    Unfold(String),
    /// Answers brought back from a link, by question id: each fills a question not answered yet.
    Restore(Vec<(String, String)>),
    /// Asked this device to keep or forget the answers, or learned it would not keep them.
    Keep(Keeping),
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

impl Action {
    /// The [`Action::Restore`] of answers brought back from a link.
    pub fn restore(answers: &Answers) -> Action {
        let mut entries = Vec::new();
        for (question, value) in answers.iter() {
            let text = match value {
                Value::Choice(option) => option.clone(),
                Value::Number(number) => number.to_string(),
            };
            entries.push((question.to_owned(), text));
        }
        Action::Restore(entries)
    }
}

impl State {
    /// Fills each question not answered yet with the answer brought back for it (the visitor's
    /// own come first). They fold to one line each, like answers given here.
    pub fn fill(&mut self, entries: Vec<(String, String)>) {
        for (question, value) in entries {
            if !self.entered.contains_key(&question) {
                self.entered.insert(question, value);
            }
        }
        self.acted = true;
    }

    /// The valid answers the rules judge; a refused number counts as not answered.
    pub fn answers(&self, set: &RequirementSet) -> Answers {
        set.questions
            .iter()
            .filter_map(|question| Some((question.id.clone(), self.value(question)?.ok()?)))
            .collect()
    }

    /// Whether the visitor has answered `question`: chosen an option or typed something, even a
    /// number the check refuses (its message shows under the field).
    pub fn answered(&self, question: &str) -> bool {
        self.entered
            .get(question)
            .is_some_and(|text| !text.is_empty())
    }

    /// Whether `question` shows only its answer (a choice) or its field without the hint (a
    /// number): it is answered, and the visitor moved on to another.
    pub fn folded(&self, question: &Question) -> bool {
        self.acted && self.answered(&question.id) && self.current.as_ref() != Some(&question.id)
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
            Action::Answer {
                question, value, ..
            } => {
                self.entered.get(question) != Some(value) || self.current.as_ref() != Some(question)
            }
            Action::Unfold(question) => self.current.as_ref() != Some(question),
            Action::Restore(entries) => entries
                .iter()
                .any(|(question, _)| !self.entered.contains_key(question)),
            Action::Keep(keeping) => self.keeping != *keeping,
            Action::OpenPath(open) => self.path_open != *open,
            Action::OpenWhy { requirement, open } => self.why_open.contains(requirement) != *open,
        };
        if !changed {
            // Yew 0.23 skips the re-render when the same Rc comes back.
            return self;
        }
        let mut next = (*self).clone();
        match action {
            Action::Answer {
                question,
                value,
                settled,
            } => {
                // The same option chosen again, as when a folded question is tapped to change
                // it, keeps it open.
                let changed = next.entered.get(&question) != Some(&value);
                next.entered.insert(question.clone(), value);
                next.current = (!(settled && changed)).then_some(question);
                next.acted = true;
            }
            Action::Unfold(question) => {
                next.current = Some(question);
                next.acted = true;
            }
            Action::Restore(entries) => next.fill(entries),
            Action::Keep(keeping) => next.keeping = keeping,
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
            settled: false,
        }
    }

    fn tap(question: &str, value: &str) -> Action {
        Action::Answer {
            question: question.into(),
            value: value.into(),
            settled: true,
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
    fn an_answered_choice_folds_once_the_visitor_answers_another_and_unfolds_when_they_go_back() {
        let set = mt_requirements::read_text(
            crate::shipped::shipped(crate::shipped::DEFAULT_SET).unwrap(),
        )
        .unwrap();
        let question = |id: &str| set.question(id).unwrap();
        let state = Rc::new(State::default()).reduce(answer("degree-level", "bachelor"));
        assert!(
            !state.folded(question("degree-level")),
            "still being answered"
        );
        let state = state.reduce(answer("experience-months", "14"));
        assert!(state.folded(question("degree-level")));
        assert!(!state.folded(question("experience-months")), "being typed");
        assert!(!state.folded(question("certification")), "not answered");
        assert!(state
            .clone()
            .reduce(answer("certification", "not-yet"))
            .folded(question("experience-months")));
        let state = state.reduce(Action::Unfold("degree-level".into()));
        assert!(!state.folded(question("degree-level")));
        assert!(state.answered("experience-months") && !state.answered("certification"));
        // A tap settles a changed answer at once; tapping the same option again keeps it open.
        let state = state.reduce(tap("degree-level", "master"));
        assert!(state.folded(question("degree-level")));
        let state = state
            .reduce(Action::Unfold("degree-level".into()))
            .reduce(tap("degree-level", "master"));
        assert!(!state.folded(question("degree-level")));
        // Answers carried from the first view fold only once the visitor acts again.
        let mut carried = State::default();
        carried
            .entered
            .insert("degree-level".into(), "bachelor".into());
        carried
            .entered
            .insert("certification".into(), "not-yet".into());
        assert!(!carried.folded(question("degree-level")));
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

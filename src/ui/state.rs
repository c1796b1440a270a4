use std::rc::Rc;

use yew::Reducible;

use crate::domain::{Answers, Certification, DegreeField, DegreeLevel, Months, MonthsError};

/// Everything the visitor has entered, exactly as entered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The chosen degree level.
    pub degree_level: Option<DegreeLevel>,
    /// The chosen degree field; kept even while hidden, so changing the level back loses nothing.
    pub degree_field: Option<DegreeField>,
    /// What was typed for months of experience; `None` until the visitor types.
    pub months_text: Option<String>,
    /// The chosen certification status.
    pub certification: Option<Certification>,
}

/// One thing the visitor did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Chose a degree level.
    ChooseDegreeLevel(DegreeLevel),
    /// Chose a degree field.
    ChooseDegreeField(DegreeField),
    /// Typed in the months field.
    TypeMonths(String),
    /// Chose a certification status.
    ChooseCertification(Certification),
}

impl Action {
    /// The id of the question this action answers.
    pub fn question(&self) -> &'static str {
        match self {
            Action::ChooseDegreeLevel(_) => "degree-level",
            Action::ChooseDegreeField(_) => "degree-field",
            Action::TypeMonths(_) => "experience-months",
            Action::ChooseCertification(_) => "certification",
        }
    }
}

impl State {
    /// The months typed, read: `None` while untouched, else the value or why it was refused.
    pub fn months(&self) -> Option<Result<Months, MonthsError>> {
        self.months_text.as_deref().map(str::parse)
    }

    /// The answers the rules judge; a refused months value counts as not answered.
    pub fn answers(&self) -> Answers {
        Answers {
            degree_level: self.degree_level,
            degree_field: self.degree_field,
            experience: self.months().and_then(Result::ok),
            certification: self.certification,
        }
    }

    /// Whether the degree's field is worth asking: not when there is no degree.
    pub fn asks_degree_field(&self) -> bool {
        self.degree_level != Some(DegreeLevel::NoDegree)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ChooseDegreeLevel(level) => next.degree_level = Some(level),
            Action::ChooseDegreeField(field) => next.degree_field = Some(field),
            Action::TypeMonths(text) => next.months_text = Some(text),
            Action::ChooseCertification(certification) => next.certification = Some(certification),
        }
        // Yew 0.23 skips the re-render when the same Rc comes back, so only a real change costs one.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions
            .into_iter()
            .fold(Rc::new(State::default()), State::reduce)
    }

    #[test]
    fn actions_fill_in_the_answers() {
        let state = after([
            Action::ChooseDegreeLevel(DegreeLevel::Bachelor),
            Action::ChooseDegreeField(DegreeField::Chemistry),
            Action::TypeMonths(" 14 ".into()),
            Action::ChooseCertification(Certification::Amt),
        ]);
        assert_eq!(
            state.answers(),
            Answers {
                degree_level: Some(DegreeLevel::Bachelor),
                degree_field: Some(DegreeField::Chemistry),
                experience: Months::new(14),
                certification: Some(Certification::Amt),
            }
        );
    }

    #[test]
    fn a_refused_months_value_is_kept_as_typed_and_counts_as_not_answered() {
        let state = after([
            Action::TypeMonths("12".into()),
            Action::TypeMonths("1.5".into()),
        ]);
        assert_eq!(state.months_text.as_deref(), Some("1.5"));
        assert_eq!(state.months(), Some(Err(MonthsError::NotWholeNumber)));
        assert_eq!(state.answers().experience, None);
    }

    #[test]
    fn an_untouched_months_field_is_not_an_error() {
        assert_eq!(State::default().months(), None);
        assert_eq!(
            after([Action::TypeMonths(String::new())]).months(),
            Some(Err(MonthsError::Empty))
        );
    }

    #[test]
    fn the_field_is_kept_while_no_degree_hides_it() {
        let state = after([
            Action::ChooseDegreeField(DegreeField::MedicalTechnology),
            Action::ChooseDegreeLevel(DegreeLevel::NoDegree),
        ]);
        assert!(!state.asks_degree_field());
        let state = State::reduce(state, Action::ChooseDegreeLevel(DegreeLevel::Bachelor));
        assert!(state.asks_degree_field());
        assert_eq!(state.degree_field, Some(DegreeField::MedicalTechnology));
    }

    #[test]
    fn repeating_an_answer_returns_the_same_state() {
        let state = after([Action::ChooseCertification(Certification::Ascp)]);
        let again = State::reduce(
            state.clone(),
            Action::ChooseCertification(Certification::Ascp),
        );
        assert!(Rc::ptr_eq(&state, &again));
    }
}

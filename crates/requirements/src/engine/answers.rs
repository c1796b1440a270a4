use std::collections::BTreeMap;

/// One answer: an option id, or a whole number.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value {
    /// The id of the option chosen.
    Choice(String),
    /// A whole number, within the question's bounds.
    Number(i64),
}

/// The visitor's valid answers, by question id; a question not in the map is not answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<String, Value>);

impl Answers {
    /// The answer to this question, if any.
    pub fn get(&self, question: &str) -> Option<&Value> {
        self.0.get(question)
    }

    /// Records an answer.
    pub fn set(&mut self, question: impl Into<String>, value: Value) {
        self.0.insert(question.into(), value);
    }

    /// Forgets an answer.
    pub fn remove(&mut self, question: &str) {
        self.0.remove(question);
    }

    /// Every answer, by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0
            .iter()
            .map(|(question, value)| (question.as_str(), value))
    }
}

impl<K: Into<String>> FromIterator<(K, Value)> for Answers {
    fn from_iter<I: IntoIterator<Item = (K, Value)>>(iter: I) -> Self {
        Answers(
            iter.into_iter()
                .map(|(question, value)| (question.into(), value))
                .collect(),
        )
    }
}

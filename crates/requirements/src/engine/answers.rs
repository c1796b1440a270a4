/// One answer: an option id, or a whole number.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value {
    /// The id of the option chosen.
    Choice(String),
    /// A whole number, within the question's bounds.
    Number(i64),
}

/// The visitor's valid answers, by question id; a question not in the map is not answered.
///
/// Kept sorted by question id in a list, not a `BTreeMap`: a set has tens of questions, and the
/// widget's download would carry a B-tree's code for this one type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(String, Value)>);

impl Answers {
    fn find(&self, question: &str) -> Result<usize, usize> {
        self.0
            .binary_search_by(|(known, _)| known.as_str().cmp(question))
    }

    /// The answer to this question, if any.
    pub fn get(&self, question: &str) -> Option<&Value> {
        self.find(question).ok().map(|index| &self.0[index].1)
    }

    /// Records an answer, in place of any earlier one to the same question.
    pub fn set(&mut self, question: impl Into<String>, value: Value) {
        let question = question.into();
        match self.find(&question) {
            Ok(index) => self.0[index].1 = value,
            Err(index) => self.0.insert(index, (question, value)),
        }
    }

    /// Forgets an answer.
    pub fn remove(&mut self, question: &str) {
        if let Ok(index) = self.find(question) {
            self.0.remove(index);
        }
    }

    /// Whether no question is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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
        let mut answers = Answers::default();
        for (question, value) in iter {
            answers.set(question, value);
        }
        answers
    }
}

//! What the visitor entered, by question id.

use std::ops::Index;

/// What the visitor entered, by question id: an option id, or the text typed, as entered.
///
/// A list, not a `BTreeMap`: a set has tens of questions, and a map type of its own would add a
/// B-tree's code to the widget's download (about 5 KB gzipped for each key and value type).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entered(Vec<(String, String)>);

impl Entered {
    /// What was entered for `question`, if anything.
    pub fn get(&self, question: &str) -> Option<&String> {
        self.0
            .iter()
            .find(|(known, _)| known == question)
            .map(|(_, value)| value)
    }

    /// Whether anything was entered for `question`.
    pub fn contains_key(&self, question: &str) -> bool {
        self.get(question).is_some()
    }

    /// Records what was entered for `question`, in place of what was there.
    pub fn insert(&mut self, question: String, value: String) {
        match self.0.iter_mut().find(|(known, _)| *known == question) {
            Some((_, old)) => *old = value,
            None => self.0.push((question, value)),
        }
    }

    /// Forgets what was entered for `question`.
    pub fn remove(&mut self, question: &str) {
        self.0.retain(|(known, _)| known != question);
    }
}

impl FromIterator<(String, String)> for Entered {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        let mut entered = Entered::default();
        for (question, value) in iter {
            entered.insert(question, value);
        }
        entered
    }
}

impl Index<&str> for Entered {
    type Output = String;

    fn index(&self, question: &str) -> &String {
        self.get(question)
            .unwrap_or_else(|| panic!("nothing entered for {question}"))
    }
}

use super::{Answers, Value};

/// A checked condition over the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// All of these.
    All(Vec<Condition>),
    /// At least one of these.
    Any(Vec<Condition>),
    /// Not this.
    Not(Box<Condition>),
    /// The choice answered is one of these options.
    In {
        /// The question.
        question: String,
        /// The accepted option ids.
        options: Vec<String>,
    },
    /// The number answered is at least this.
    AtLeast {
        /// The question.
        question: String,
        /// The bound.
        value: i64,
    },
    /// The number answered is at most this.
    AtMost {
        /// The question.
        question: String,
        /// The bound.
        value: i64,
    },
}

/// A three-valued result: a condition over unanswered questions is unknown, not false.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Truth {
    /// True.
    Met,
    /// False.
    NotMet,
    /// Not enough is answered to tell.
    Unknown,
}

/// How a condition was decided: its result, and the results of its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trace {
    /// The condition in short words, such as `degree-level in [bachelor, master]`.
    pub condition: String,
    /// What it came to.
    pub result: Truth,
    /// The parts, for `all`, `any` and `not`.
    pub parts: Vec<Trace>,
}

impl std::fmt::Display for Trace {
    /// An indented tree, one condition a line: `✗ all of`, `  ✓ degree-level in [bachelor]`, …
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn line(trace: &Trace, depth: usize, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mark = match trace.result {
                Truth::Met => "✓",
                Truth::NotMet => "✗",
                Truth::Unknown => "?",
            };
            writeln!(
                f,
                "{:indent$}{mark} {}",
                "",
                trace.condition,
                indent = depth * 2
            )?;
            trace
                .parts
                .iter()
                .try_for_each(|part| line(part, depth + 1, f))
        }
        line(self, 0, f)
    }
}

impl Condition {
    /// Whether the condition holds, by Kleene's three-valued logic: a known answer decides as
    /// soon as it can. This is the hot path (every answer, every requirement), so it allocates
    /// nothing; [`Condition::trace`] says why when something asks.
    pub fn truth(&self, answers: &Answers) -> Truth {
        match self {
            Condition::All(parts) | Condition::Any(parts) => {
                let (decisive, otherwise) = if matches!(self, Condition::All(_)) {
                    (Truth::NotMet, Truth::Met)
                } else {
                    (Truth::Met, Truth::NotMet)
                };
                let mut unknown = false;
                for part in parts {
                    match part.truth(answers) {
                        truth if truth == decisive => return decisive,
                        Truth::Unknown => unknown = true,
                        _ => {}
                    }
                }
                if unknown {
                    Truth::Unknown
                } else {
                    otherwise
                }
            }
            Condition::Not(inner) => match inner.truth(answers) {
                Truth::Met => Truth::NotMet,
                Truth::NotMet => Truth::Met,
                Truth::Unknown => Truth::Unknown,
            },
            Condition::In { question, options } => match answers.get(question) {
                Some(Value::Choice(chosen)) if options.contains(chosen) => Truth::Met,
                Some(_) => Truth::NotMet,
                None => Truth::Unknown,
            },
            Condition::AtLeast { question, value } | Condition::AtMost { question, value } => {
                let at_least = matches!(self, Condition::AtLeast { .. });
                match answers.get(question) {
                    Some(Value::Number(n))
                        if (at_least && n >= value) || (!at_least && n <= value) =>
                    {
                        Truth::Met
                    }
                    Some(_) => Truth::NotMet,
                    None => Truth::Unknown,
                }
            }
        }
    }

    /// How the condition was decided, part by part, in words: built only on demand (a test, a
    /// failure message, an explanation), never on the widget's hot path.
    pub fn trace(&self, answers: &Answers) -> Trace {
        let (condition, parts) = match self {
            Condition::All(parts) | Condition::Any(parts) => (
                (if matches!(self, Condition::All(_)) {
                    "all of"
                } else {
                    "any of"
                })
                .to_owned(),
                parts.iter().map(|part| part.trace(answers)).collect(),
            ),
            Condition::Not(inner) => ("not".to_owned(), vec![inner.trace(answers)]),
            Condition::In { question, options } => (
                format!("{question} in [{}]", options.join(", ")),
                Vec::new(),
            ),
            Condition::AtLeast { question, value } => {
                (format!("{question} >= {value}"), Vec::new())
            }
            Condition::AtMost { question, value } => (format!("{question} <= {value}"), Vec::new()),
        };
        Trace {
            condition,
            result: self.truth(answers),
            parts,
        }
    }

    /// The questions this condition looks at, in order of first mention.
    pub fn questions(&self) -> Vec<&str> {
        let mut found = Vec::new();
        self.collect_questions(&mut found);
        found
    }

    fn collect_questions<'a>(&'a self, found: &mut Vec<&'a str>) {
        match self {
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|part| part.collect_questions(found))
            }
            Condition::Not(inner) => inner.collect_questions(found),
            Condition::In { question, .. }
            | Condition::AtLeast { question, .. }
            | Condition::AtMost { question, .. } => {
                if !found.contains(&question.as_str()) {
                    found.push(question);
                }
            }
        }
    }

    /// For a number below an `at_least` bound on `question`, also one under `not`: how much is missing.
    pub fn shortfall(&self, question: &str, answers: &Answers) -> Option<i64> {
        match self {
            Condition::All(parts) | Condition::Any(parts) => parts
                .iter()
                .find_map(|part| part.shortfall(question, answers)),
            // A step for "not yet 36 months" still says how many are missing to reach 36.
            Condition::Not(inner) => inner.shortfall(question, answers),
            Condition::In { .. } | Condition::AtMost { .. } => None,
            Condition::AtLeast {
                question: asked,
                value,
            } if asked == question => match answers.get(question) {
                Some(Value::Number(n)) if n < value => value.checked_sub(*n),
                _ => None,
            },
            Condition::AtLeast { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is(question: &str, options: &[&str]) -> Condition {
        Condition::In {
            question: question.into(),
            options: options.iter().map(|o| o.to_string()).collect(),
        }
    }

    fn result(condition: &Condition, answers: &[(&str, Value)]) -> Truth {
        let answers: Answers = answers.iter().cloned().collect();
        let truth = condition.truth(&answers);
        assert_eq!(condition.trace(&answers).result, truth, "the trace agrees");
        truth
    }

    #[test]
    fn three_valued_logic_decides_as_soon_as_a_known_answer_can() {
        let level = is("level", &["bachelor"]);
        let field = is("field", &["chemistry"]);
        let both = Condition::All(vec![level.clone(), field.clone()]);
        let either = Condition::Any(vec![level.clone(), field.clone()]);
        let bachelor = || ("level", Value::Choice("bachelor".into()));
        let associate = || ("level", Value::Choice("associate".into()));
        assert_eq!(result(&both, &[]), Truth::Unknown);
        assert_eq!(result(&both, &[bachelor()]), Truth::Unknown);
        assert_eq!(
            result(&both, &[associate()]),
            Truth::NotMet,
            "one known false decides all"
        );
        assert_eq!(
            result(&either, &[bachelor()]),
            Truth::Met,
            "one known true decides any"
        );
        assert_eq!(result(&either, &[associate()]), Truth::Unknown);
        assert_eq!(
            result(&Condition::Not(Box::new(level.clone())), &[]),
            Truth::Unknown
        );
        assert_eq!(
            result(&Condition::Not(Box::new(level)), &[associate()]),
            Truth::Met
        );
    }

    #[test]
    fn a_trace_reads_as_a_tree() {
        let condition = Condition::All(vec![
            is("level", &["bachelor", "master"]),
            Condition::AtLeast {
                question: "months".into(),
                value: 12,
            },
        ]);
        let answers: Answers = [("level", Value::Choice("master".into()))]
            .into_iter()
            .collect();
        assert_eq!(
            condition.trace(&answers).to_string(),
            "? all of\n  ✓ level in [bachelor, master]\n  ? months >= 12\n"
        );
    }

    #[test]
    fn number_bounds_are_inclusive_and_the_trace_says_how() {
        let at_least = Condition::AtLeast {
            question: "months".into(),
            value: 12,
        };
        for (months, expected) in [(11, Truth::NotMet), (12, Truth::Met), (13, Truth::Met)] {
            assert_eq!(
                result(&at_least, &[("months", Value::Number(months))]),
                expected,
                "{months}"
            );
        }
        let answers: Answers = [("months", Value::Number(3))].into_iter().collect();
        assert_eq!(at_least.shortfall("months", &answers), Some(9));
        let trace = Condition::All(vec![at_least]).trace(&answers);
        assert_eq!(trace.parts[0].condition, "months >= 12");
        assert_eq!(trace.parts[0].result, Truth::NotMet);
    }
}

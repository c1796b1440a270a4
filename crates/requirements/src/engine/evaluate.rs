use super::template::fill;
use super::{
    Answers, AskRule, Finding, Formatting, Outcome, Question, QuestionKind, RequirementSet, Truth,
    Value, Verdict, Why,
};

/// Checks the answers against every requirement of the set. Answers to questions that are not
/// asked (their `ask_when` is false) do not count. `formatting` writes the numbers in its texts.
pub fn evaluate(set: &RequirementSet, answers: &Answers, formatting: &Formatting) -> Verdict {
    let asked = asked(set, answers);
    let answers = asked.answers();
    // Plain loops, not iterator chains: this runs on every answer, and the chains cost the
    // widget's download about a kilobyte.
    let mut findings = Vec::with_capacity(set.requirements.len());
    for requirement in &set.requirements {
        let text =
            |template: &String| fill(template, set, answers, &requirement.condition, formatting);
        // The cases the facts leave open are exceptions to the rule: one that holds decides,
        // whatever the condition says; while one still may, nothing is judged.
        let mut asking: Vec<&AskRule> = Vec::new();
        let mut may_ask = false;
        for ask in &requirement.ask {
            match ask.when.truth(answers) {
                Truth::Met => asking.push(ask),
                Truth::Unknown => may_ask = true,
                Truth::NotMet => {}
            }
        }
        let truth = if !asking.is_empty() || may_ask {
            None
        } else {
            Some(requirement.condition.truth(answers))
        };
        let mut guidance = Vec::new();
        let outcome = match truth {
            None if !asking.is_empty() => {
                for ask in &asking {
                    guidance.extend(ask.advice.iter().map(text));
                }
                Outcome::Ask(asking[0].decides)
            }
            Some(Truth::Met) => {
                guidance.push(text(&requirement.met));
                Outcome::Met
            }
            Some(Truth::NotMet) => {
                for gap in &requirement.gaps {
                    if gap.when.truth(answers) == Truth::Met {
                        guidance.extend(gap.advice.iter().map(text));
                    }
                }
                if guidance.is_empty() {
                    guidance.extend(requirement.not_met.iter().map(text));
                }
                Outcome::NotMet
            }
            // Not answered enough, or an open case may yet apply.
            _ => {
                guidance.push(requirement.unanswered.clone());
                Outcome::NotAnswered
            }
        };
        findings.push(Finding {
            requirement: requirement.id.clone(),
            title: requirement.title.clone(),
            description: requirement.description.clone(),
            outcome,
            guidance,
        });
    }
    Verdict { findings }
}

/// Why the requirement with this id came out as it did: its rule, each question it looks at
/// with the visitor's answer, and its source. Built on demand, for a "Why?" the visitor opens,
/// not on every answer.
pub fn explain(
    set: &RequirementSet,
    answers: &Answers,
    requirement: &str,
    formatting: &Formatting,
) -> Option<Why> {
    let requirement = set
        .requirements
        .iter()
        .find(|known| known.id == requirement)?;
    let asked = asked(set, answers);
    Some(Why {
        rule: requirement.rule.clone(),
        answers: requirement
            .condition
            .questions()
            .into_iter()
            .filter_map(|id| set.question(id))
            // A question not asked has no answer to show.
            .filter(|question| asked.shows(&question.id))
            .map(|question| {
                (
                    question.label.clone(),
                    answer_label(question, asked.answers(), formatting),
                )
            })
            .collect(),
        source: requirement.source.clone(),
        verified: requirement.verified.clone(),
        criterion: requirement.criterion,
        confidence: requirement.confidence,
    })
}

/// Which questions are asked, and the answers that count: those to asked questions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Asked {
    answers: Answers,
    hidden: Vec<String>,
}

impl Asked {
    /// The answers to the questions that are asked; the rest are left out.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Whether the question with this id is asked (shown to the visitor).
    pub fn shows(&self, question: &str) -> bool {
        !self.hidden.iter().any(|hidden| hidden == question)
    }
}

/// Decides which questions are asked, in the set's order, in one pass. A question is hidden when
/// its `ask_when` is false, or looks at a question that is hidden: a leftover answer to a hidden
/// question counts for nothing, and hides what depends on it too. An `ask_when` only looks at
/// earlier questions (the validator sees to it), so each is decided from what is already known.
pub fn asked(set: &RequirementSet, answers: &Answers) -> Asked {
    let mut asked = Asked::default();
    for question in &set.questions {
        let shown = question.ask_when.as_ref().is_none_or(|condition| {
            condition
                .questions()
                .into_iter()
                .all(|looked_at| asked.shows(looked_at))
                && condition.truth(&asked.answers) != Truth::NotMet
        });
        if !shown {
            asked.hidden.push(question.id.clone());
        } else if let Some(value) = answers.get(&question.id) {
            asked.answers.set(question.id.clone(), value.clone());
        }
    }
    asked
}

/// An answer as the visitor chose or typed it, for the "Why?" detail.
fn answer_label(question: &Question, answers: &Answers, formatting: &Formatting) -> Option<String> {
    match (&question.kind, answers.get(&question.id)?) {
        (QuestionKind::Choice(options), Value::Choice(chosen)) => options
            .iter()
            .find(|option| option.id == *chosen)
            .map(|option| option.label.clone()),
        (QuestionKind::WholeNumber { unit, .. }, Value::Number(n)) => {
            Some(formatting.count(*n, unit))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read_text, Outcome};

    /// a → b → c: b is asked only after "yes" to a, c only after "yes" to b.
    const CHAIN: &str = r#"{
      "format": "mt-eligibility/requirements@1", "name": "chain", "title": "t", "version": "1",
      "effective": "2026-12-01", "heading": "h", "intro": "i",
      "questions": [
        { "id": "a", "label": "A?", "kind": "yes-no" },
        { "id": "b", "label": "B?", "kind": "yes-no", "ask_when": { "answer": "a", "in": ["yes"] } },
        { "id": "c", "label": "C?", "kind": "yes-no", "ask_when": { "answer": "b", "in": ["yes"] } }
      ],
      "requirements": [{
        "id": "r", "title": "R", "criterion": "agency", "confidence": "primary",
        "condition": { "answer": "c", "in": ["yes"] },
        "rule": "C.", "met": "Met.", "unanswered": "Answer.", "not_met": ["Not met."],
        "source": { "title": "s", "url": "https://example.org/" }, "verified": "2026-12-01"
      }]
    }"#;

    #[test]
    fn a_leftover_answer_to_a_hidden_question_hides_what_depends_on_it() {
        let set = read_text(CHAIN).unwrap();
        let answers: Answers = [
            ("a", Value::Choice("no".into())),
            ("b", Value::Choice("yes".into())),
            ("c", Value::Choice("yes".into())),
        ]
        .into_iter()
        .collect();
        let counted = asked(&set, &answers);
        assert_eq!(
            counted
                .answers()
                .iter()
                .map(|(id, _)| id)
                .collect::<Vec<_>>(),
            ["a"]
        );
        assert!(!counted.shows("b") && !counted.shows("c"), "c hides with b");
        assert!(
            asked(&set, &Answers::default()).shows("c"),
            "unknown is not false"
        );
        assert_eq!(
            evaluate(&set, &answers, &Formatting::default()).findings[0].outcome,
            Outcome::NotAnswered
        );
        let mut shown = answers.clone();
        shown.set("a", Value::Choice("yes".into()));
        assert_eq!(
            evaluate(&set, &shown, &Formatting::default()).findings[0].outcome,
            Outcome::Met
        );
    }
}

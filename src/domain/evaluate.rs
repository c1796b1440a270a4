use super::template::fill;
use super::{
    Answers, Finding, Outcome, Question, QuestionKind, RequirementSet, Truth, Value, Verdict, Why,
};

/// Checks the answers against every requirement of the set. Answers to questions that are not
/// asked (their `ask_when` is false) do not count.
pub fn evaluate(set: &RequirementSet, answers: &Answers) -> Verdict {
    let given = answers;
    let answers = asked_answers(set, answers);
    Verdict {
        findings: set
            .requirements
            .iter()
            .map(|requirement| {
                let trace = requirement.condition.check(&answers);
                let text =
                    |template: &String| fill(template, set, &answers, &requirement.condition);
                let (outcome, guidance) = match trace.result {
                    Truth::Met => (Outcome::Met, vec![text(&requirement.met)]),
                    Truth::Unknown => (Outcome::NotAnswered, vec![requirement.unanswered.clone()]),
                    Truth::NotMet => {
                        let specific: Vec<String> = requirement
                            .gaps
                            .iter()
                            .filter(|gap| gap.when.check(&answers).result == Truth::Met)
                            .flat_map(|gap| gap.advice.iter().map(text))
                            .collect();
                        let advice = if specific.is_empty() {
                            requirement.not_met.iter().map(text).collect()
                        } else {
                            specific
                        };
                        (Outcome::NotMet, advice)
                    }
                };
                let why = Why {
                    rule: requirement.rule.clone(),
                    answers: requirement
                        .condition
                        .questions()
                        .into_iter()
                        .filter_map(|id| set.question(id))
                        // A question not asked has no answer to show.
                        .filter(|question| is_asked(question, given))
                        .map(|question| (question.label.clone(), answer_label(question, &answers)))
                        .collect(),
                    source: requirement.source.clone(),
                    verified: requirement.verified.clone(),
                    criterion: requirement.criterion,
                    confidence: requirement.confidence,
                };
                Finding {
                    requirement: requirement.id.clone(),
                    title: requirement.title.clone(),
                    description: requirement.description.clone(),
                    outcome,
                    guidance,
                    why,
                    trace,
                }
            })
            .collect(),
    }
}

/// Whether the question is asked, given the answers so far: it is, unless its `ask_when` is false.
pub fn is_asked(question: &Question, answers: &Answers) -> bool {
    question
        .ask_when
        .as_ref()
        .is_none_or(|condition| condition.check(answers).result != Truth::NotMet)
}

/// The answers to the questions that are asked.
pub(super) fn asked_answers(set: &RequirementSet, answers: &Answers) -> Answers {
    let mut asked = answers.clone();
    for question in &set.questions {
        if !is_asked(question, answers) {
            asked.remove(&question.id);
        }
    }
    asked
}

/// An answer as the visitor chose or typed it, for the "Why?" detail.
fn answer_label(question: &Question, answers: &Answers) -> Option<String> {
    match (&question.kind, answers.get(&question.id)?) {
        (QuestionKind::Choice(options), Value::Choice(chosen)) => options
            .iter()
            .find(|option| option.id == *chosen)
            .map(|option| option.label.clone()),
        (QuestionKind::WholeNumber { unit, .. }, Value::Number(n)) => Some(unit.count(*n)),
        _ => None,
    }
}

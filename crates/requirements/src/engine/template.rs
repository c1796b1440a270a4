use super::{Answers, Condition, Formatting, QuestionKind, RequirementSet, Value};

/// One `{…}` placeholder in a guidance text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placeholder<'a> {
    /// `{question-id}`: the answer as it reads in a sentence.
    Answer(&'a str),
    /// `{missing:question-id}`: what the answer lacks to reach an `at_least` bound, with its unit.
    Missing(&'a str),
}

/// The placeholders in a text, in order.
pub fn placeholders(text: &str) -> Vec<Placeholder<'_>> {
    pieces(text)
        .filter_map(|piece| match piece {
            Piece::Literal(_) => None,
            Piece::Placeholder(placeholder) => Some(placeholder),
        })
        .collect()
}

/// The text with its placeholders filled from the answers; one that cannot be filled reads as "?".
pub fn fill(
    text: &str,
    set: &RequirementSet,
    answers: &Answers,
    condition: &Condition,
    formatting: &Formatting,
) -> String {
    let mut filled = String::with_capacity(text.len());
    for piece in pieces(text) {
        match piece {
            Piece::Literal(literal) => filled.push_str(literal),
            Piece::Placeholder(Placeholder::Answer(question)) => {
                filled.push_str(&answer_phrase(set, answers, question, formatting))
            }
            Piece::Placeholder(Placeholder::Missing(question)) => {
                let missing = condition.shortfall(question, answers);
                let unit = set
                    .question(question)
                    .and_then(|question| match &question.kind {
                        QuestionKind::WholeNumber { unit, .. } => Some(unit),
                        QuestionKind::Choice(_) => None,
                    });
                match (missing, unit) {
                    (Some(missing), Some(unit)) => {
                        filled.push_str(&formatting.count(missing, unit))
                    }
                    _ => filled.push('?'),
                }
            }
        }
    }
    filled
}

/// An answer as it reads in a sentence: an option's phrase, or a number with its unit.
pub fn answer_phrase(
    set: &RequirementSet,
    answers: &Answers,
    question: &str,
    formatting: &Formatting,
) -> String {
    match (
        set.question(question).map(|question| &question.kind),
        answers.get(question),
    ) {
        (Some(QuestionKind::Choice(options)), Some(Value::Choice(chosen))) => options
            .iter()
            .find(|option| option.id == *chosen)
            .map_or_else(|| "?".to_owned(), |option| option.phrase.clone()),
        (Some(QuestionKind::WholeNumber { unit, .. }), Some(Value::Number(n))) => {
            formatting.count(*n, unit)
        }
        _ => "?".to_owned(),
    }
}

enum Piece<'a> {
    Literal(&'a str),
    Placeholder(Placeholder<'a>),
}

/// Splits a text at `{…}`; a `{` with no closing `}` is plain text.
fn pieces(text: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let placeholder = rest
            .find('{')
            .and_then(|open| rest[open..].find('}').map(|close| (open, open + close)));
        match placeholder {
            Some((0, close)) => {
                let inner = &rest[1..close];
                rest = &rest[close + 1..];
                Some(Piece::Placeholder(match inner.strip_prefix("missing:") {
                    Some(question) => Placeholder::Missing(question),
                    None => Placeholder::Answer(inner),
                }))
            }
            Some((open, _)) => {
                let literal = &rest[..open];
                rest = &rest[open..];
                Some(Piece::Literal(literal))
            }
            None => {
                let literal = rest;
                rest = "";
                Some(Piece::Literal(literal))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_placeholders() {
        assert_eq!(
            placeholders("You have {months}; you need {missing:months} more. {"),
            [
                Placeholder::Answer("months"),
                Placeholder::Missing("months")
            ]
        );
        assert!(placeholders("No placeholders here.").is_empty());
    }
}

//! A visitor's answers as one entry of a link's fragment (after `#`, which browsers never send
//! to a server), and back: `mte1=NAME~VERSION~TOKENS`. `mte1` is the encoding's version, NAME
//! and VERSION the set's, and TOKENS the answers, separated by commas. A token is an option id
//! where that id belongs to one question of the set (`bachelor`), else `question:option`
//! (`visa:not-sure`), and `question:number` for a number (`experience-months:14`). Ids, never
//! texts: a link made in one language opens in the other, and a link made for an older version
//! keeps every answer whose question and option still exist. Several widgets share a fragment as
//! `&`-separated entries, each taking its own set's.

use crate::engine::{asked, parse_whole_number, Answers, QuestionKind, RequirementSet, Value};

/// What starts every entry: the encoding and its version.
pub const PREFIX: &str = "mte1=";
/// The longest fragment read, in bytes: a full path takes a few hundred, so anything longer is
/// not ours, and is refused before it is read.
pub const MAX_FRAGMENT: usize = 4096;

/// Answers brought back from a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The answers it held whose question and option the set still has.
    pub answers: Answers,
    /// How many of its answers could not be kept.
    pub dropped: usize,
    /// Made for another version of the set.
    pub other_version: bool,
}

/// Why a fragment's entry for a set could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than [`MAX_FRAGMENT`].
    TooLong,
    /// Not written as this encoding writes it: cut, edited or not ours.
    Malformed,
}

impl LinkError {
    /// A stable name for events: `link-too-long` or `link-unreadable`.
    pub fn code(self) -> &'static str {
        match self {
            LinkError::TooLong => "link-too-long",
            LinkError::Malformed => "link-unreadable",
        }
    }
}

/// The fragment entry for these answers: only those the set asks, in the set's order.
pub fn encode(set: &RequirementSet, answers: &Answers) -> String {
    let asked = asked(set, answers);
    let mut entry = [PREFIX, &set.name, "~"].concat();
    escape(&set.version, &mut entry);
    entry.push('~');
    let mut first = true;
    for question in &set.questions {
        let Some(value) = asked.answers().get(&question.id) else {
            continue;
        };
        if !first {
            entry.push(',');
        }
        first = false;
        match value {
            Value::Choice(option) if owners(set, option) == 1 => entry.push_str(option),
            Value::Choice(option) => {
                entry.push_str(&question.id);
                entry.push(':');
                entry.push_str(option);
            }
            Value::Number(number) => {
                entry.push_str(&question.id);
                entry.push(':');
                entry.push_str(&number.to_string());
            }
        }
    }
    entry
}

/// The entry for `set` in `fragment` (what follows `#`), read back; `Ok(None)` when the fragment
/// holds none for this set. Never panics, whatever the text.
pub fn restore(set: &RequirementSet, fragment: &str) -> Result<Option<Restored>, LinkError> {
    if fragment.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLong);
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for entry in fragment.split('&') {
        let Some(entry) = entry.strip_prefix(PREFIX) else {
            continue;
        };
        let mut parts = entry.splitn(3, '~');
        let (Some(name), Some(version), Some(tokens)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(LinkError::Malformed);
        };
        if name != set.name {
            continue;
        }
        // Compared as written: the version need not be read back, only matched.
        if !version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'%'))
        {
            return Err(LinkError::Malformed);
        }
        let mut ours = String::new();
        escape(&set.version, &mut ours);
        let mut answers = Answers::default();
        let mut dropped = 0;
        for token in tokens.split(',').filter(|token| !token.is_empty()) {
            if !token.bytes().all(|b| is_id_byte(b) || b == b':') {
                return Err(LinkError::Malformed);
            }
            match answer(set, token) {
                Some((question, value)) if answers.get(question).is_none() => {
                    answers.set(question, value)
                }
                _ => dropped += 1,
            }
        }
        return Ok(Some(Restored {
            answers,
            dropped,
            other_version: version != ours,
        }));
    }
    Ok(None)
}

/// The question and answer a token names, if the set still has them.
fn answer<'a>(set: &'a RequirementSet, token: &str) -> Option<(&'a str, Value)> {
    let (question, value) = match token.split_once(':') {
        Some((question, value)) => (set.question(question)?, value),
        None => {
            // A bare option id: the one question that has it.
            let mut found = None;
            for question in &set.questions {
                if options(question).iter().any(|option| option == &token) {
                    if found.is_some() {
                        return None;
                    }
                    found = Some(question);
                }
            }
            (found?, token)
        }
    };
    let value = match &question.kind {
        QuestionKind::Choice(choices) => {
            choices.iter().find(|option| option.id == value)?;
            Value::Choice(value.to_owned())
        }
        QuestionKind::WholeNumber { min, max, .. } => {
            Value::Number(parse_whole_number(value, *min, *max).ok()?)
        }
    };
    Some((question.id.as_str(), value))
}

/// The option ids of a choice question.
fn options(question: &crate::engine::Question) -> Vec<&str> {
    match &question.kind {
        QuestionKind::Choice(options) => options.iter().map(|option| option.id.as_str()).collect(),
        QuestionKind::WholeNumber { .. } => Vec::new(),
    }
}

/// How many of the set's questions have this option id.
fn owners(set: &RequirementSet, option: &str) -> usize {
    set.questions
        .iter()
        .filter(|question| options(question).contains(&option))
        .count()
}

/// Ids are lowercase letters, digits and hyphens (the validator's slugs).
fn is_id_byte(byte: u8) -> bool {
    byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-'
}

/// A set's version, which may hold any text, written with only letters, digits, `.`, `-` and
/// `_`; everything else as `%XX` per UTF-8 byte.
fn escape(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-' | b'_') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_text;

    fn agency() -> RequirementSet {
        read_text(include_str!("../../../requirements/mt-agency.json")).unwrap()
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(question, value)| {
                let value = match value.parse() {
                    Ok(number) => Value::Number(number),
                    Err(_) => Value::Choice((*value).into()),
                };
                (*question, value)
            })
            .collect()
    }

    #[test]
    fn a_full_path_is_short_and_comes_back_whole() {
        let set = agency();
        // The longest option of every question that can be asked together.
        let full = answers(&[
            ("degree-level", "doctorate"),
            ("degree-field", "chemistry"),
            ("degree-years", "three-equivalent"),
            ("experience-months", "600"),
            ("certification", "mls-ascp"),
            ("study-country", "outside"),
            ("training", "two-year-program"),
            ("specialty", "generalist"),
            ("work-state", "not-sure"),
            ("visa", "abroad"),
            ("citizenship", "neither"),
            ("english-school", "not-sure"),
            ("birth-country", "philippines"),
        ]);
        let entry = encode(&set, &full);
        assert!(entry.len() <= 300, "{} characters: {entry}", entry.len());
        assert!(
            entry.starts_with(
                "mte1=mt-agency~2.2.1~doctorate,chemistry,three-equivalent,experience-months:600,"
            ),
            "{entry}"
        );
        assert!(
            entry.contains(",work-state:not-sure,"),
            "not-sure is an option of several questions: {entry}"
        );
        let restored = restore(&set, &["#other=1&", &entry].concat())
            .unwrap()
            .unwrap();
        assert_eq!(
            restored,
            Restored {
                answers: full,
                dropped: 0,
                other_version: false
            }
        );
    }

    #[test]
    fn only_asked_answers_go_in_and_other_sets_entries_are_left_alone() {
        let set = agency();
        // Training is asked only of those who studied outside the U.S.
        let entry = encode(
            &set,
            &answers(&[("study-country", "us"), ("training", "internship")]),
        );
        assert_eq!(
            entry, "mte1=mt-agency~2.2.1~us",
            "us belongs to one question only"
        );
        assert_eq!(restore(&set, "mte1=mlt~1.0~bachelor"), Ok(None));
        assert_eq!(restore(&set, ""), Ok(None));
        assert_eq!(restore(&set, "#section-2"), Ok(None));
    }

    #[test]
    fn an_older_version_keeps_what_still_exists_and_counts_the_rest() {
        let set = agency();
        let restored = restore(
            &set,
            "mte1=mt-agency~1.9.0~bachelor,degree-field:astrology,retired-question:yes,experience-months:9999,visa:abroad",
        )
        .unwrap()
        .unwrap();
        assert!(restored.other_version);
        assert_eq!(restored.dropped, 3);
        assert_eq!(
            restored.answers,
            answers(&[("degree-level", "bachelor"), ("visa", "abroad")])
        );
    }

    #[test]
    fn a_cut_edited_or_huge_fragment_is_refused_without_a_panic() {
        let set = agency();
        for bad in [
            "mte1=mt-agency",
            "mte1=mt-agency~2.2.1",
            "mte1=mt-agency~2.2.1~<script>",
            "mte1=mt-agency~2 2~x",
        ] {
            assert_eq!(restore(&set, bad), Err(LinkError::Malformed), "{bad}");
        }
        assert_eq!(
            restore(&set, &"a".repeat(MAX_FRAGMENT + 1)),
            Err(LinkError::TooLong)
        );
        assert_eq!(LinkError::Malformed.code(), "link-unreadable");
    }

    #[test]
    fn any_version_text_is_written_so_it_cannot_break_the_entry() {
        let mut set = agency();
        set.version = "2.0 ~ β&#".into();
        let entry = encode(&set, &Answers::default());
        assert_eq!(entry, "mte1=mt-agency~2.0%20%7E%20%CE%B2%26%23~");
        assert!(!restore(&set, &entry).unwrap().unwrap().other_version);
    }
}

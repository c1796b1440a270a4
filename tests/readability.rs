//! Plain words in every shipped set: each text a visitor can read, filled in as they would read it,
//! measured by `plain_words` (sentence length, grade, U.S. spelling, explained terms).
#![cfg(not(target_arch = "wasm32"))]

mod plain_words;

use mt_eligibility::shipped::{shipped, SHIPPED};
use mt_requirements::{read_text, read_translated, QuestionKind, RequirementSet};

/// Every text of the set a visitor can read, with where it is; placeholders read as an answer
/// of typical length would (`answer`, in the set's language).
fn texts_reading(set: &RequirementSet, answer: &str) -> Vec<(String, String)> {
    let mut texts = vec![
        ("heading".to_owned(), set.heading.clone()),
        ("intro".to_owned(), set.intro.clone()),
    ];
    for question in &set.questions {
        let at = format!("question {}", question.id);
        texts.push((format!("{at} label"), question.label.clone()));
        texts.extend(
            question
                .help
                .iter()
                .map(|help| (format!("{at} help"), help.clone())),
        );
        if let QuestionKind::Choice(options) = &question.kind {
            for option in options {
                texts.push((format!("{at} option {}", option.id), option.label.clone()));
            }
        }
    }
    for requirement in &set.requirements {
        let at = format!("requirement {}", requirement.id);
        texts.push((format!("{at} title"), requirement.title.clone()));
        texts.extend(
            requirement
                .description
                .iter()
                .map(|description| (format!("{at} description"), description.clone())),
        );
        texts.push((format!("{at} rule"), requirement.rule.clone()));
        texts.push((format!("{at} met"), requirement.met.clone()));
        texts.push((format!("{at} unanswered"), requirement.unanswered.clone()));
        for (line, text) in requirement.not_met.iter().enumerate() {
            texts.push((format!("{at} not_met[{line}]"), text.clone()));
        }
        for (index, gap) in requirement.gaps.iter().enumerate() {
            for (line, text) in gap.advice.iter().enumerate() {
                texts.push((format!("{at} gaps[{index}] advice[{line}]"), text.clone()));
            }
        }
        for (index, case) in requirement.ask.iter().enumerate() {
            for (line, text) in case.advice.iter().enumerate() {
                texts.push((format!("{at} ask[{index}] advice[{line}]"), text.clone()));
            }
        }
    }
    if let Some(path) = &set.path {
        texts.push(("path heading".to_owned(), path.heading.clone()));
        texts.push(("path intro".to_owned(), path.intro.clone()));
        for group in &path.groups {
            texts.push((format!("group {}", group.id), group.title.clone()));
        }
        for step in &path.steps {
            texts.push((format!("step {} title", step.id), step.title.clone()));
            for (line, text) in step.text.iter().enumerate() {
                texts.push((format!("step {} text[{line}]", step.id), text.clone()));
            }
            if let Some(timing) = &step.timing {
                texts.push((format!("step {} timing", step.id), timing.text.clone()));
            }
        }
        for notice in &path.notices {
            texts.push((format!("notice {} title", notice.id), notice.title.clone()));
            for (line, text) in notice.text.iter().enumerate() {
                texts.push((format!("notice {} text[{line}]", notice.id), text.clone()));
            }
        }
    }
    texts
        .into_iter()
        .map(|(place, text)| (place, filled(&text, answer)))
        .collect()
}

fn texts(set: &RequirementSet) -> Vec<(String, String)> {
    texts_reading(set, "12 months")
}

/// A text as a visitor reads it: each `{…}` becomes `answer`.
fn filled(text: &str, answer: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(answer);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

fn load(name: &str) -> RequirementSet {
    read_text(shipped(name).expect("a shipped set")).expect("a valid set")
}

/// A shipped set in Spanish, from its translation file in `requirements/`.
fn load_spanish(name: &str) -> RequirementSet {
    let path = format!("{}/requirements/{name}.es.json", env!("CARGO_MANIFEST_DIR"));
    let translation = std::fs::read_to_string(&path).expect("a Spanish translation");
    read_translated(shipped(name).expect("a shipped set"), &translation)
        .expect("a valid translation")
}

#[test]
fn every_spanish_text_is_plain_and_short() {
    let mut problems = Vec::new();
    for (name, _) in SHIPPED {
        let set = load_spanish(name);
        for (place, text) in texts_reading(&set, "12 meses") {
            problems.extend(plain_words::spanish::problems(
                &format!("{name} (es): {place}"),
                &text,
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_shipped_text_is_plain_short_and_spelled_the_us_way() {
    let mut problems = Vec::new();
    for (name, _) in SHIPPED {
        let set = load(name);
        for (place, text) in texts(&set) {
            problems.extend(plain_words::problems(&format!("{name}: {place}"), &text));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_term_a_visitor_must_learn_is_explained_in_the_set() {
    let mut problems = Vec::new();
    for (name, _) in SHIPPED {
        let set = load(name);
        let texts = texts(&set);
        let sources = plain_words::source_titles(&set);
        let all: String = texts
            .iter()
            .map(|(_, text)| text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        for (place, text) in &texts {
            for term in plain_words::unexplained_terms(text) {
                problems.push(format!(
                    "{name}: {place}: {term:?} is not on the allow-list of explained terms"
                ));
            }
        }
        for title in &sources {
            for (british, american) in plain_words::BRITISH {
                if title.to_lowercase().contains(british) {
                    problems.push(format!("{name}: source {title:?}: write {american:?}"));
                }
            }
        }
        for (term, explanation) in plain_words::TERMS {
            if plain_words::uses_term(&all, term) && !all.contains(explanation) {
                problems.push(format!(
                    "{name} uses {term:?} but never explains it with {explanation:?}"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

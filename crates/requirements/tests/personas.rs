//! Example applicants as data: every file in tests/personas/ is run against the shipped set it names.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

mod common;

use mt_requirements::{asked, evaluate, plan, Answers, RequirementSet, Value};
use serde::Deserialize;

/// A persona file: a shipped set's name, and example applicants.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonaFile {
    set: String,
    personas: Vec<Persona>,
}

/// One example applicant: answers in, expected results out.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Persona {
    persona: String,
    answers: BTreeMap<String, serde_json::Value>,
    /// Requirement id → `met`, `not-met` or `not-answered`.
    expect: BTreeMap<String, String>,
    /// `nothing-answered`, `so-far`, `all-met` or `gaps`.
    summary: String,
    /// Sentences the visitor must read, anywhere in the guidance.
    #[serde(default)]
    says: Vec<String>,
    /// Sentences the visitor must not read: advice that does not apply to them.
    #[serde(default)]
    never_says: Vec<String>,
    /// The ids of the path's steps the visitor gets, in order (when the file says).
    #[serde(default)]
    path: Option<Vec<String>>,
    /// Words the path's steps must contain, titles and texts.
    #[serde(default)]
    path_says: Vec<String>,
}

fn load(name: &str) -> RequirementSet {
    common::load(name)
}

/// Every persona is run in each language the shipped sets come in.
const LANGUAGES: [&str; 2] = ["en", "es"];

fn persona_files() -> Vec<PersonaFile> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("tests/personas")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(file).unwrap();
            serde_json::from_str(&text)
                .unwrap_or_else(|error| panic!("{}: {error}", file.display()))
        })
        .collect()
}

fn answers(persona: &Persona) -> Answers {
    persona
        .answers
        .iter()
        .map(|(question, value)| {
            let value = match value {
                serde_json::Value::Number(n) => Value::Number(n.as_i64().expect("a whole number")),
                serde_json::Value::String(s) => Value::Choice(s.clone()),
                other => panic!("{}: unexpected answer {other}", persona.persona),
            };
            (question.clone(), value)
        })
        .collect()
}

#[test]
fn every_shipped_set_validates() {
    for name in common::NAMES {
        let set = load(name);
        assert_eq!(set.name, name);
    }
}

#[test]
fn every_persona_gets_the_expected_verdict() {
    let mut counted = BTreeMap::<String, usize>::new();
    let mut failures = Vec::new();
    let mut path_personas = 0;
    for personas in persona_files() {
        for language in LANGUAGES {
            let set = common::load_in(&personas.set, language);
            // The sentences a persona expects are the English texts; in a translation the verdict
            // and the path must still be the same, and the next test checks where its words come from.
            let english = language == "en";
            for persona in &personas.personas {
                if english {
                    *counted.entry(personas.set.clone()).or_default() += 1;
                }
                let verdict = evaluate(&set, &answers(persona));
                let got: BTreeMap<String, String> = verdict
                    .findings
                    .iter()
                    .map(|finding| {
                        (
                            finding.requirement.clone(),
                            finding.outcome.kind().to_owned(),
                        )
                    })
                    .collect();
                if got != persona.expect {
                    // The trace says which part of which rule decided, which is what a failure needs.
                    let counted = asked(&set, &answers(persona));
                    let traces: String = set
                        .requirements
                        .iter()
                        .map(|requirement| {
                            let trace = requirement.condition.trace(counted.answers());
                            format!("{}:\n{trace}", requirement.id)
                        })
                        .collect();
                    failures.push(format!(
                        "{} / {} ({language}): expected {:?}, got {got:?}\n{traces}",
                        personas.set, persona.persona, persona.expect
                    ));
                }
                if verdict.summary().kind() != persona.summary {
                    failures.push(format!(
                        "{} / {} ({language}): summary {}, expected {}",
                        personas.set,
                        persona.persona,
                        verdict.summary().kind(),
                        persona.summary
                    ));
                }
                let guidance = verdict
                    .findings
                    .iter()
                    .flat_map(|finding| finding.guidance.iter())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n");
                for sentence in persona.says.iter().filter(|_| english) {
                    if !guidance.contains(sentence.as_str()) {
                        failures.push(format!(
                            "{} / {}: does not say {sentence:?}; says:\n{guidance}",
                            personas.set, persona.persona
                        ));
                    }
                }
                if let Some(expected) = &persona.path {
                    path_personas += usize::from(english);
                    let planned = plan(&set, &answers(persona)).unwrap_or_default();
                    let got: Vec<&str> = planned.step_ids();
                    if got != *expected {
                        failures.push(format!(
                            "{} / {} ({language}): path {got:?}, expected {expected:?}",
                            personas.set, persona.persona
                        ));
                    }
                    let written: String = planned
                        .groups
                        .iter()
                        .flat_map(|group| group.steps.iter())
                        .flat_map(|step| {
                            std::iter::once(step.title.clone()).chain(step.text.iter().cloned())
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                    for words in persona.path_says.iter().filter(|_| english) {
                        if !written.contains(words.as_str()) {
                            failures.push(format!(
                                "{} / {}: the path does not say {words:?}",
                                personas.set, persona.persona
                            ));
                        }
                    }
                }
                for sentence in persona.never_says.iter().filter(|_| english) {
                    if guidance.contains(sentence.as_str()) {
                        failures.push(format!(
                            "{} / {}: should not say {sentence:?}",
                            personas.set, persona.persona
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(
        counted.get("mt-agency").copied().unwrap_or(0) >= 20,
        "at least 20 personas for the default set: {counted:?}"
    );
    assert!(
        path_personas >= 15,
        "at least 15 personas walk the path: {path_personas}"
    );
    for name in common::NAMES {
        assert!(
            counted.contains_key(name),
            "no personas for the shipped set {name}"
        );
    }
}

/// In Spanish every persona reads Spanish: each guidance paragraph and each step is translated
/// (none is the English one), and each step's title is the translation file's.
#[test]
fn in_spanish_every_persona_reads_the_spanish_texts() {
    let mut failures = Vec::new();
    for personas in persona_files() {
        let english = load(&personas.set);
        let spanish = common::load_in(&personas.set, "es");
        let translation: serde_json::Value =
            serde_json::from_str(&common::translation_text(&personas.set, "es")).unwrap();
        let translated_title = |step: &str| {
            let entry = &translation["strings"][format!("path.steps.{step}.title")];
            entry
                .get("draft")
                .unwrap_or(entry)
                .as_str()
                .unwrap()
                .to_owned()
        };
        for persona in &personas.personas {
            let answers = answers(persona);
            let (en, es) = (evaluate(&english, &answers), evaluate(&spanish, &answers));
            for (en, es) in en.findings.iter().zip(&es.findings) {
                if en.guidance.len() != es.guidance.len() {
                    failures.push(format!(
                        "{}: {} guidance differs in length",
                        persona.persona, en.requirement
                    ));
                }
                for paragraph in es
                    .guidance
                    .iter()
                    .filter(|paragraph| en.guidance.contains(paragraph))
                {
                    failures.push(format!(
                        "{}: English in Spanish: {paragraph:?}",
                        persona.persona
                    ));
                }
            }
            let (Some(en), Some(es)) = (plan(&english, &answers), plan(&spanish, &answers)) else {
                continue;
            };
            for (en, es) in en
                .groups
                .iter()
                .flat_map(|group| &group.steps)
                .zip(es.groups.iter().flat_map(|group| &group.steps))
            {
                let wanted = translated_title(&es.id);
                // A placeholder is filled from the Spanish answers; the words before it are the file's.
                let fixed = wanted.split('{').next().unwrap_or_default();
                if !es.title.starts_with(fixed) || (!wanted.contains('{') && es.title != wanted) {
                    failures.push(format!(
                        "{}: step {} is titled {:?}, not {wanted:?}",
                        persona.persona, es.id, es.title
                    ));
                }
                if es.title == en.title
                    || es.text.iter().any(|paragraph| en.text.contains(paragraph))
                {
                    failures.push(format!("{}: step {} is in English", persona.persona, es.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! Example applicants as data: every file in tests/personas/ is run against the shipped set it
//! names, in every language it comes in, with the crate's own persona check (which the studio uses too).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

mod common;

use mt_requirements::persona::{check, read_personas, Persona, PersonaFile};
use mt_requirements::{evaluate, plan, Formatting};

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
            read_personas(&text).unwrap_or_else(|problem| panic!("{}: {problem}", file.display()))
        })
        .collect()
}

#[test]
fn every_shipped_set_validates() {
    for name in common::NAMES {
        assert_eq!(common::load(name).name, name);
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
            for persona in &personas.personas {
                // The sentences a persona expects are the English texts; in a translation the
                // verdict and the path must still be the same, and the next test checks its words.
                let persona = if language == "en" {
                    *counted.entry(personas.set.clone()).or_default() += 1;
                    path_personas += usize::from(persona.path.is_some());
                    persona.clone()
                } else {
                    Persona {
                        says: Vec::new(),
                        never_says: Vec::new(),
                        path_says: Vec::new(),
                        ..persona.clone()
                    }
                };
                for failure in check(&set, &persona) {
                    failures.push(format!(
                        "{} / {} ({language}): {failure}",
                        personas.set, persona.persona
                    ));
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

/// A persona file that expects the wrong thing fails, and says why with the rule's trace.
#[test]
fn a_wrong_expectation_fails_with_the_trace() {
    let file = read_personas(
        r#"{ "set": "mt-agency", "personas": [{ "persona": "Wrong on purpose",
             "answers": { "degree-level": "none" },
             "expect": { "education": "met", "experience": "not-answered", "certification": "not-answered" },
             "summary": "so-far", "says": ["A sentence no set has."] }] }"#,
    )
    .unwrap();
    let failures = check(&common::load("mt-agency"), &file.personas[0]);
    assert_eq!(failures.len(), 3, "{failures:#?}");
    assert!(failures[0].contains("education:\n"), "{}", failures[0]);
    assert!(failures[1].starts_with("summary gaps, expected so-far"));
    assert!(failures[2].starts_with("does not say \"A sentence no set has.\""));
}

/// In Spanish every persona reads Spanish: each guidance paragraph and each step is translated
/// (none is the English one), and each step's title is the translation file's.
#[test]
fn in_spanish_every_persona_reads_the_spanish_texts() {
    let mut failures = Vec::new();
    for personas in persona_files() {
        let english = common::load(&personas.set);
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
            let answers = &persona.answers;
            let (en, es) = (
                evaluate(&english, answers, &Formatting::default()),
                evaluate(&spanish, answers, &Formatting::default()),
            );
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
            let (Some(en), Some(es)) = (
                plan(&english, answers, &Formatting::default(), "2026-12-04"),
                plan(&spanish, answers, &Formatting::default(), "2026-12-04"),
            ) else {
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

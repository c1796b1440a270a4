//! The validator command, run as the licensure team would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

mod common;

fn validate(files: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_validate-requirements"))
        .args(files)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the validator runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// Writes `text` to a scratch file named `name` and validates it.
fn validate_text(name: &str, text: &str) -> (bool, String) {
    let dir = std::env::temp_dir().join("mt-eligibility-validator-test");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, text).unwrap();
    validate(&[file.to_str().unwrap()])
}

#[test]
fn the_shipped_sets_pass() {
    let (ok, printed) = validate(&[
        "../../requirements/mt-agency.json",
        "../../requirements/mlt.json",
    ]);
    assert!(ok, "{printed}");
    for expected in [
        "../../requirements/mt-agency.json: valid: mt-agency version 2.2.1 in en (13 questions, 3 requirements)",
        "../../requirements/mt-agency.es.json: valid: all 370 texts in es,",
        "../../requirements/mlt.es.json: valid: all 53 texts in es,",
    ] {
        assert!(printed.contains(expected), "{expected:?} not in:\n{printed}");
    }
}

/// Writes a set and its Spanish translation side by side, and validates the set.
fn validate_translated(name: &str, set: &str, translation: &serde_json::Value) -> (bool, String) {
    let dir = std::env::temp_dir().join("mt-eligibility-validator-test");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.es.json")), translation.to_string()).unwrap();
    validate_text(&format!("{name}.json"), set)
}

#[test]
fn a_translation_is_checked_for_every_missing_surplus_and_misshapen_text() {
    let mut translation: serde_json::Value =
        serde_json::from_str(&common::translation_text("mt-agency", "es")).unwrap();
    let strings = translation["strings"].as_object_mut().unwrap();
    strings.remove("questions.degree-level.label").unwrap();
    strings.remove("path.steps.route-2-short.text").unwrap();
    strings.insert("questions.degree-level.hint".into(), "Pista".into());
    strings.insert(
        "requirements.experience.met".into(),
        "Sus meses de trabajo cumplen lo que pedimos.".into(),
    );
    strings.insert("requirements.experience.not_met".into(), "Un texto".into());
    translation["version"] = "1.9.0".into();
    let (ok, printed) =
        validate_translated("agency-broken", &common::text("mt-agency"), &translation);
    assert!(!ok, "{printed}");
    for expected in [
        "agency-broken.es.json: 6 problem(s)",
        "$.version: was checked against version \"1.9.0\"; the set is now \"2.2.1\"",
        "$.strings: missing \"questions.degree-level.label\" (the set's text: \"What degree do you have?",
        "$.strings: missing \"path.steps.route-2-short.text\"",
        "$.strings[\"questions.degree-level.hint\"]: the set has no such text",
        "$.strings[\"requirements.experience.met\"]: the text has the placeholders none; the set's text has {experience-months}",
        "$.strings[\"requirements.experience.not_met\"]: must be a list of 2 paragraph(s), as in the set",
    ] {
        assert!(printed.contains(expected), "{expected:?} not in:\n{printed}");
    }
}

/// The mlt set's Spanish translation with every draft written as is, as a reviewer leaves it.
fn reviewed_texts() -> serde_json::Value {
    let mut translation: serde_json::Value =
        serde_json::from_str(&common::translation_text("mlt", "es")).unwrap();
    for entry in translation["strings"].as_object_mut().unwrap().values_mut() {
        if let Some(text) = entry.get("draft").cloned() {
            *entry = text;
        }
    }
    translation
}

#[test]
fn only_a_review_record_with_a_name_and_a_day_takes_the_not_reviewed_note_away() {
    let set = common::text("mlt");
    let read = |translation: &serde_json::Value| {
        mt_requirements::read_translated(&set, &translation.to_string())
    };
    // The shipped translation: drafts, no record.
    let shipped: serde_json::Value =
        serde_json::from_str(&common::translation_text("mlt", "es")).unwrap();
    assert!(read(&shipped).unwrap().unreviewed > 0);
    // No drafts left is not a review: nobody has said so.
    let mut translation = reviewed_texts();
    assert!(read(&translation).unwrap().unreviewed > 0);
    // A person's record, with their name and the day: the note goes.
    translation["reviewed"] = serde_json::json!({ "by": "Ana Cruz", "on": "2026-12-05" });
    assert_eq!(read(&translation).unwrap().unreviewed, 0);
    let (ok, printed) = validate_translated("mlt-reviewed", &set, &translation);
    assert!(ok, "{printed}");
    assert!(
        printed.contains("0 not yet reviewed by a person"),
        "{printed}"
    );
    // A record that is not whole, or that leaves drafts, is refused, each problem at its place.
    translation["reviewed"] = serde_json::json!({ "by": " ", "on": "5/12/2026" });
    translation["strings"]["heading"] = serde_json::json!({ "draft": "¿Cumple los requisitos?" });
    let problems = read(&translation).unwrap_err();
    let said: Vec<String> = problems
        .iter()
        .map(|problem| format!("{}: {}", problem.path, problem.message))
        .collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(said[0].starts_with("$.reviewed.by: is empty"), "{said:?}");
    assert!(
        said[1].starts_with("$.reviewed.on: \"5/12/2026\" is not a date"),
        "{said:?}"
    );
    assert!(
        said[2].starts_with(
            "$.reviewed: says a person reviewed every text, but 1 text is still a draft"
        ),
        "{said:?}"
    );
}

#[test]
fn a_template_starts_a_complete_translation_of_drafts() {
    let output = Command::new(env!("CARGO_BIN_EXE_validate-requirements"))
        .args(["--template", "es", "../../requirements/mlt.json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the validator runs");
    assert!(output.status.success());
    let template: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(template["format"], "mt-eligibility/translation@1");
    let strings = template["strings"].as_object().unwrap();
    assert!(strings.values().all(|entry| entry.get("draft").is_some()));
    assert_eq!(
        strings["questions.mlt-program.options.yes.label"]["draft"],
        "Yes"
    );
    // An "ask" case's advice is a text to translate, numbered like a gap's.
    let set: serde_json::Value = serde_json::from_str(&common::text("mlt")).unwrap();
    assert_eq!(
        strings["requirements.training.ask.0.advice"]["draft"],
        set["requirements"][1]["ask"][0]["advice"]
    );
    // The same texts as the shipped translation, each still the set's own.
    let shipped: serde_json::Value =
        serde_json::from_str(&common::translation_text("mlt", "es")).unwrap();
    let keys = |strings: &serde_json::Map<String, serde_json::Value>| {
        strings.keys().cloned().collect::<Vec<_>>()
    };
    assert_eq!(keys(strings), keys(shipped["strings"].as_object().unwrap()));
    assert_eq!(
        strings["questions.mlt-program.label"]["draft"],
        set["questions"][1]["label"]
    );
}

#[test]
fn a_broken_file_fails_with_every_problem_at_its_json_path() {
    let (ok, printed) = validate(&["tests/requirements/broken.json"]);
    assert!(!ok);
    for expected in [
        "tests/requirements/broken.json: 9 problem(s)",
        "$.questions[1].id: duplicate id \"months\"",
        "$.questions[0].min: the bounds are the wrong way round: min 10 is above max 5",
        "$.questions[1].options: must not be empty",
        "$.requirements[0].source.url: \"javascript:alert(1)\" is not an http(s) link",
        "$.requirements[0].condition.answer: unknown question id \"years\"",
    ] {
        assert!(
            printed.contains(expected),
            "{expected:?} not in:\n{printed}"
        );
    }
}

#[test]
fn a_file_with_the_wrong_shape_names_the_field() {
    let mut document: serde_json::Value = serde_json::from_str(&common::text("mt-agency")).unwrap();
    document["questions"][2]["max"] = serde_json::json!("six hundred");
    let (ok, printed) = validate_text("shape.json", &document.to_string());
    assert!(!ok);
    assert!(
        printed.contains(
            "$.questions[2].max: expected a whole number, found the string \"six hundred\""
        ),
        "{printed}"
    );
}

#[test]
fn text_after_the_document_is_refused() {
    let document = common::text("mlt");
    let text = format!("{} oops", document.trim_end());
    let (ok, printed) = validate_text("trailing.json", &text);
    assert!(!ok);
    // "oops" starts after the closing brace and a space, on the document's last line.
    let (line, column) = (text.lines().count(), text.lines().last().unwrap().len() - 3);
    assert!(
        printed.contains(&format!(
            "$: not valid JSON: text after the document at line {line}, column {column}"
        )),
        "{printed}"
    );
}

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
    assert!(printed.contains("../../requirements/mt-agency.json: valid: mt-agency version 2.0.0 (11 questions, 3 requirements)"), "{printed}");
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

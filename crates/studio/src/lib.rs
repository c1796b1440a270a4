//! The set editor's checks, the same code as `./dev validate` and the widget: a set's text in, its
//! problems out; a set and a persona file in, each persona's failures out. Results cross to
//! JavaScript as JSON text, so no serializer is needed on either side.

#![warn(missing_docs)]

use std::fmt::Write;

use mt_requirements::format::locate;
use mt_requirements::persona::{check, read_personas};
use mt_requirements::{read_text, Problem, RequirementSet};
use wasm_bindgen::prelude::*;

/// Checks a requirement set's text as the widget would:
/// `{"valid":true,"name":…,"version":…,"questions":n,"requirements":n}` or
/// `{"valid":false,"problems":[{"path":…,"message":…,"line":n,"column":n}]}`, each problem with
/// where it is in the text.
#[wasm_bindgen]
pub fn validate(text: &str) -> String {
    match read_text(text) {
        Ok(set) => format!(
            r#"{{"valid":true,"name":{},"version":{},"questions":{},"requirements":{}}}"#,
            quoted(&set.name),
            quoted(&set.version),
            set.questions.len(),
            set.requirements.len()
        ),
        Err(problems) => format!(
            r#"{{"valid":false,"problems":{}}}"#,
            problem_list(text, &problems)
        ),
    }
}

/// Checks a translation's text against its set's, as the widget would:
/// `{"valid":bool,"problems":[…],"set":…,"language":…,"texts":n,
/// "drafts":[{"key":…,"line":n,"column":n}],"reviewed":{"by":…,"on":…}|null}`. The drafts are
/// listed whatever else is wrong, each with where it is, for a reviewer to go through.
#[wasm_bindgen]
pub fn validate_translation(set: &str, translation: &str) -> String {
    use mt_requirements::format::{FromJson, Json, Location, TranslationDocument};
    let document = Json::parse(translation)
        .ok()
        .and_then(|json| TranslationDocument::from_json(&json, &Location::Root).ok());
    let mut drafts = Vec::new();
    if let Some(document) = &document {
        for (key, entry) in &document.strings {
            if entry.draft {
                let (line, column) = locate(translation, &format!("$.strings[\"{key}\"]"));
                drafts.push(format!(
                    r#"{{"key":{},"line":{line},"column":{column}}}"#,
                    quoted(key)
                ));
            }
        }
    }
    let reviewed = match document
        .as_ref()
        .and_then(|document| document.reviewed.as_ref())
    {
        Some(review) => format!(
            r#"{{"by":{},"on":{}}}"#,
            quoted(&review.by),
            quoted(&review.on)
        ),
        None => "null".into(),
    };
    let (set_name, language, texts) =
        document
            .as_ref()
            .map_or((String::new(), String::new(), 0), |document| {
                (
                    document.set.clone(),
                    document.language.clone(),
                    document.strings.len(),
                )
            });
    let (valid, problems) = match mt_requirements::read_translated(set, translation) {
        Ok(_) => (true, "[]".to_owned()),
        Err(problems) => (false, problem_list(translation, &problems)),
    };
    format!(
        r#"{{"valid":{valid},"problems":{problems},"set":{},"language":{},"texts":{texts},"drafts":[{}],"reviewed":{reviewed}}}"#,
        quoted(&set_name),
        quoted(&language),
        drafts.join(",")
    )
}

/// What is getting old in a set's text on `today` (`YYYY-MM-DD`):
/// `{"fresh_days":n,"aged":[{"path":…,"what":…,"date":…,"days":n,"line":n,"column":n}]}`, or
/// `{"fresh_days":0,"aged":[]}` for a set that cannot be read (its problems are listed already).
#[wasm_bindgen]
pub fn aged(text: &str, today: &str) -> String {
    let Ok(set) = read_text(text) else {
        return r#"{"fresh_days":0,"aged":[]}"#.into();
    };
    let items: Vec<String> = mt_requirements::format::aged(&set, today)
        .iter()
        .map(|aged| {
            let (line, column) = locate(text, &aged.path);
            format!(
                r#"{{"path":{},"what":{},"date":{},"days":{},"line":{line},"column":{column}}}"#,
                quoted(&aged.path),
                quoted(&aged.what),
                quoted(&aged.date),
                aged.days
            )
        })
        .collect();
    let fresh_days = set.path.as_ref().map_or(0, |path| path.fresh_days);
    format!(
        r#"{{"fresh_days":{fresh_days},"aged":[{}]}}"#,
        items.join(",")
    )
}

/// Runs a persona file (the tests' format) against a set's text:
/// `{"set":…,"results":[{"persona":…,"failures":[…]}]}`, or `{"problems":[…]}` when the set or
/// the file cannot be read, or the file is for another set.
#[wasm_bindgen]
pub fn run_personas(set: &str, personas: &str) -> String {
    let set: RequirementSet = match read_text(set) {
        Ok(set) => set,
        Err(problems) => return format!(r#"{{"problems":{}}}"#, problem_list(set, &problems)),
    };
    let file = match read_personas(personas) {
        Ok(file) => file,
        Err(problem) => return format!(r#"{{"problems":{}}}"#, problem_list(personas, &[problem])),
    };
    if file.set != set.name {
        let problem = Problem {
            path: "$.set".into(),
            message: format!(
                "the personas are for {:?}, the set is {:?}",
                file.set, set.name
            ),
        };
        return format!(r#"{{"problems":{}}}"#, problem_list(personas, &[problem]));
    }
    let results: Vec<String> = file
        .personas
        .iter()
        .map(|persona| {
            let failures: Vec<String> = check(&set, persona)
                .iter()
                .map(|failure| quoted(failure))
                .collect();
            format!(
                r#"{{"persona":{},"failures":[{}]}}"#,
                quoted(&persona.persona),
                failures.join(",")
            )
        })
        .collect();
    format!(
        r#"{{"set":{},"results":[{}]}}"#,
        quoted(&set.name),
        results.join(",")
    )
}

/// The problems as a JSON array, each with the line and column (from 1) where it is in `text`.
fn problem_list(text: &str, problems: &[Problem]) -> String {
    let items: Vec<String> = problems
        .iter()
        .map(|problem| {
            let (line, column) = locate(text, &problem.path);
            format!(
                r#"{{"path":{},"message":{},"line":{line},"column":{column}}}"#,
                quoted(&problem.path),
                quoted(&problem.message)
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// A JSON string literal.
fn quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(quoted, "\\u{:04x}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_are_json_the_studio_can_read() {
        assert_eq!(quoted("a \"b\"\n\u{1}"), r#""a \"b\"\n\u0001""#);
        let broken = validate(r#"{"format": 1}"#);
        assert!(
            broken.starts_with(r#"{"valid":false,"problems":[{"path":"$"#),
            "{broken}"
        );
        // Where each problem is comes as fields, never inside the message.
        let unreadable = validate("{\n  \"format\": 1,,\n}");
        assert!(
            unreadable.contains(r#""line":2,"column":15}"#),
            "{unreadable}"
        );
        // A missing comma is at the end of its line, not at the next line's first token.
        let no_comma = validate("{\n  \"format\": 1\n  \"name\": \"x\"\n}");
        assert!(no_comma.contains(r#""line":2,"column":14}"#), "{no_comma}");
        // A translation: its drafts with their lines, and whether a person recorded a review.
        let set = include_str!("../../../requirements/mlt.json");
        let shipped = include_str!("../../../requirements/mlt.es.json");
        let checked = validate_translation(set, shipped);
        assert!(
            checked.starts_with(r#"{"valid":true,"problems":[],"set":"mlt","language":"es","#),
            "{checked}"
        );
        assert!(
            checked.contains(r#""drafts":[{"key":"title","line":"#)
                && checked.ends_with(r#""reviewed":null}"#),
            "{checked}"
        );
        let wrong_format = validate("{\n  \"format\": 1\n}");
        assert!(
            wrong_format.contains(r#"{"path":"$.format","message":"expected a string"#)
                && wrong_format.contains(r#""line":2,"column":3}"#),
            "{wrong_format}"
        );
        let wrong_set = run_personas(
            include_str!("../../../requirements/mlt.json"),
            r#"{"set":"mt-agency","personas":[]}"#,
        );
        assert!(wrong_set.contains("the personas are for"), "{wrong_set}");
    }

    #[test]
    fn old_dates_come_with_where_they_are() {
        let set = include_str!("../../../requirements/mt-agency.json");
        let december = aged(set, "2026-12-04");
        assert!(
            december.starts_with(r#"{"fresh_days":90,"aged":[{"path":"$.path.notices[0].as_of","what":"notice \"h1b-fee\"","date":"2025-10-01","days":429,"line":"#),
            "{december}"
        );
        assert_eq!(december.matches(r#""what":"bulletin line"#).count(), 5);
        assert_eq!(aged(set, "2025-10-02"), r#"{"fresh_days":90,"aged":[]}"#);
        assert_eq!(aged("{", "2026-12-04"), r#"{"fresh_days":0,"aged":[]}"#);
    }

    #[test]
    fn the_shipped_personas_pass_through_the_studio() {
        let result = run_personas(
            include_str!("../../../requirements/mt-agency.json"),
            include_str!("../../requirements/tests/personas/mt-agency.json"),
        );
        assert!(
            result.starts_with(r#"{"set":"mt-agency","results":[{"persona":"#),
            "{result}"
        );
        let personas = result.matches(r#""persona":"#).count();
        assert!(personas >= 20, "{result}");
        assert_eq!(
            result.matches(r#""failures":[]"#).count(),
            personas,
            "{result}"
        );
    }
}

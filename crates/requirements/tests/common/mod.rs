//! The shipped requirement sets, read from `requirements/` at the top of the repository, as the
//! licensure team edits them (the widget embeds compacted copies of the same files).
#![allow(dead_code)]

use mt_requirements::{read_text, RequirementSet};

/// The shipped sets' names; `mt-agency` is the default.
pub const NAMES: [&str; 2] = ["mt-agency", "mlt"];

/// The text of the shipped set with this name.
pub fn text(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../requirements/");
    std::fs::read_to_string(format!("{path}{name}.json"))
        .unwrap_or_else(|error| panic!("requirements/{name}.json: {error}"))
}

/// The shipped set with this name, read and checked.
pub fn load(name: &str) -> RequirementSet {
    read_text(&text(name)).unwrap_or_else(|problems| panic!("{name}: {problems:?}"))
}

/// The languages the shipped sets come in besides English.
pub const TRANSLATIONS: [&str; 1] = ["es"];

/// The text of a shipped set's translation, `requirements/NAME.LANG.json`.
pub fn translation_text(name: &str, language: &str) -> String {
    text(&format!("{name}.{language}"))
}

/// The shipped set with this name in `language` ("en" for the set as written), read and checked.
pub fn load_in(name: &str, language: &str) -> RequirementSet {
    if language == "en" {
        return load(name);
    }
    mt_requirements::read_translated(&text(name), &translation_text(name, language))
        .unwrap_or_else(|problems| panic!("{name} in {language}: {problems:?}"))
}

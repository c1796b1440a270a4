//! What the widget embeds: the shipped sets, compacted by build.rs, say exactly what the files in
//! `requirements/` say, and each one is valid as the widget reads it.
#![cfg(not(target_arch = "wasm32"))]

use mt_eligibility::shipped::{compiled_file, shipped, DEFAULT_CORE, DEFAULT_SET, SHIPPED};
use mt_requirements::read_text;
use serde_json::Value;

#[test]
fn the_embedded_sets_are_the_files_in_requirements() {
    for (name, embedded) in SHIPPED {
        let embedded = embedded.expect("every shipped set is at hand outside the wasm");
        let file = std::fs::read_to_string(format!("requirements/{name}.json")).unwrap();
        assert!(embedded.len() < file.len(), "{name} is compacted");
        assert_eq!(
            serde_json::from_str::<Value>(embedded).unwrap(),
            serde_json::from_str::<Value>(&file).unwrap(),
            "{name}"
        );
        let set = read_text(embedded).unwrap_or_else(|problems| panic!("{name}: {problems:?}"));
        assert_eq!(set.name, name);
    }
    assert!(shipped(DEFAULT_SET).is_some(), "the default set is shipped");
}

#[test]
fn the_default_set_inside_the_wasm_is_the_core_of_the_set_the_file_says() {
    let read = read_text(shipped(DEFAULT_SET).unwrap()).unwrap();
    assert_eq!(
        mt_requirements::compiled::load(DEFAULT_CORE),
        mt_requirements::compiled::core(&read)
    );
}

#[test]
fn compiled_files_are_named_by_set_language_and_part() {
    assert_eq!(compiled_file("mlt", None, false), "mlt.set");
    assert_eq!(
        compiled_file("mt-agency", Some("es"), false),
        "mt-agency.es.set"
    );
    assert_eq!(
        compiled_file("mt-agency", Some("es"), true),
        "mt-agency.es.core.set"
    );
    assert_eq!(compiled_file("mt-agency", None, true), "mt-agency.core.set");
}

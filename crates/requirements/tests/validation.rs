//! The format's rules: each broken document is refused with the JSON path of what is wrong.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use mt_requirements::{read_text, Problem};
use serde_json::{json, Value};

fn default_document() -> Value {
    serde_json::from_str(&common::text("mt-agency")).unwrap()
}

/// The problems with the default set after `change`.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut document = default_document();
    change(&mut document);
    match read_text(&document.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

fn assert_refused(change: impl FnOnce(&mut Value), expected: &str) {
    let problems = problems_after(change);
    assert!(
        problems.iter().any(|problem| problem.contains(expected)),
        "expected {expected:?} among {problems:#?}"
    );
}

#[test]
fn the_shipped_document_is_valid_as_it_is() {
    assert_eq!(problems_after(|_| {}), Vec::<String>::new());
}

#[test]
fn unknown_question_ids_in_conditions() {
    assert_refused(
        |doc| doc["requirements"][1]["condition"]["answer"] = json!("experience-years"),
        r#"$.requirements[1].condition.answer: unknown question id "experience-years""#,
    );
    assert_refused(
        |doc| doc["requirements"][0]["gaps"][2]["when"]["answer"] = json!("field"),
        r#"$.requirements[0].gaps[2].when.answer: unknown question id "field""#,
    );
    assert_refused(
        |doc| doc["questions"][1]["ask_when"]["answer"] = json!("level"),
        r#"$.questions[1].ask_when.answer: unknown question id "level""#,
    );
}

/// Yew keys the path's groups; two groups with one heading would read as one (issue 22).
#[test]
fn two_path_groups_may_not_share_a_title() {
    assert_refused(
        |doc| doc["path"]["groups"][1]["title"] = doc["path"]["groups"][0]["title"].clone(),
        r#"$.path.groups[1].title: duplicate group title "Certification""#,
    );
}

#[test]
fn ask_cases_name_who_decides_and_say_something() {
    assert_refused(
        |doc| doc["requirements"][2]["ask"][0]["decides"] = json!("the agency"),
        r#"$.requirements[2].ask[0].decides: "the agency" is not one of licensure-team, evaluation, board"#,
    );
    assert_refused(
        |doc| doc["requirements"][0]["ask"][1]["advice"] = json!([]),
        "$.requirements[0].ask[1].advice",
    );
    assert_refused(
        |doc| doc["requirements"][0]["ask"][0]["when"]["all"][1]["in"] = json!(["nearby"]),
        r#"$.requirements[0].ask[0].when.all[1].in[0]: "degree-field" has no option "nearby""#,
    );
    assert_refused(
        |doc| doc["requirements"][2]["ask"][0]["advice"] = json!(["Ask about {certificate}."]),
        "$.requirements[2].ask[0].advice[0]",
    );
    assert_refused(
        |doc| {
            doc["requirements"][2]["ask"][0]
                .as_object_mut()
                .unwrap()
                .remove("decides");
        },
        "$.requirements[2].ask[0]: missing field `decides`",
    );
}

#[test]
fn unknown_options_and_comparisons_of_the_wrong_kind() {
    assert_refused(
        |doc| doc["requirements"][2]["condition"]["any"][0]["in"] = json!(["ascp", "aab"]),
        r#"$.requirements[2].condition.any[0].in[1]: "certification" has no option "aab""#,
    );
    assert_refused(
        |doc| {
            doc["requirements"][2]["condition"] =
                json!({ "answer": "certification", "at_least": 1 })
        },
        "$.requirements[2].condition: \"certification\" is a choice",
    );
    assert_refused(
        |doc| {
            doc["requirements"][1]["condition"] =
                json!({ "answer": "experience-months", "in": ["12"] })
        },
        "$.requirements[1].condition: \"experience-months\" is a number",
    );
    assert_refused(
        |doc| {
            doc["requirements"][1]["condition"] =
                json!({ "all": [], "answer": "experience-months", "at_least": 12 })
        },
        "$.requirements[1].condition: a condition has exactly one of",
    );
    assert_refused(
        |doc| doc["requirements"][1]["condition"] = json!({ "any": [] }),
        "$.requirements[1].condition.any: must not be empty",
    );
}

#[test]
fn duplicate_ids() {
    assert_refused(
        |doc| doc["questions"][3]["id"] = json!("degree-level"),
        r#"$.questions[3].id: duplicate id "degree-level""#,
    );
    assert_refused(
        |doc| doc["requirements"][2]["id"] = json!("education"),
        r#"$.requirements[2].id: duplicate id "education""#,
    );
    assert_refused(
        |doc| doc["questions"][0]["options"][1]["id"] = json!("none"),
        r#"$.questions[0].options[5].id: duplicate option id "none""#,
    );
}

#[test]
fn empty_option_lists_and_bounds_the_wrong_way_round() {
    assert_refused(
        |doc| doc["questions"][4]["options"] = json!([]),
        "$.questions[4].options: must not be empty",
    );
    assert_refused(
        |doc| {
            doc["questions"][3]["min"] = json!(700);
            doc["questions"][3]["max"] = json!(600);
        },
        "$.questions[3].min: the bounds are the wrong way round: min 700 is above max 600",
    );
    assert_refused(
        |doc| {
            doc["questions"][3]
                .as_object_mut()
                .unwrap()
                .remove("max")
                .map(drop)
                .unwrap_or(())
        },
        "$.questions[3]: a whole-number question needs both min and max",
    );
}

#[test]
fn links_must_be_http() {
    for url in [
        "javascript:alert(1)",
        "ftp://example.org/rules",
        "https://",
        "www.example.org",
        "https://exa mple.org",
    ] {
        assert_refused(
            |doc| doc["requirements"][0]["source"]["url"] = json!(url),
            &format!("$.requirements[0].source.url: {url:?} is not an http(s) link"),
        );
    }
}

#[test]
fn too_many_requirements() {
    assert_refused(
        |doc| {
            // Without the path, so that the count and not the size is what is refused.
            doc.as_object_mut().unwrap().remove("path");
            let one = doc["requirements"][1].clone();
            let many: Vec<Value> = (0..201)
                .map(|n| {
                    let mut requirement = one.clone();
                    requirement["id"] = json!(format!("r{n}"));
                    requirement
                })
                .collect();
            doc["requirements"] = json!(many);
        },
        "$.requirements: 201 requirements; at most 200 are allowed",
    );
}

#[test]
fn unverified_rules_must_say_whom_to_check_with() {
    assert_refused(
        |doc| doc["requirements"][1]["confidence"] = json!("unverified"),
        "$.requirements[1].rule: an unverified rule must be worded as \"check with …\"",
    );
}

#[test]
fn dates_formats_kinds_and_placeholders() {
    assert_refused(
        |doc| doc["requirements"][0]["verified"] = json!("21/11/2026"),
        "$.requirements[0].verified: \"21/11/2026\" is not a date",
    );
    assert_refused(
        |doc| doc["effective"] = json!("2026-13-01"),
        "$.effective: \"2026-13-01\" is not a date",
    );
    assert_refused(
        |doc| doc["format"] = json!("mt-eligibility/requirements@2"),
        "$.format: must be \"mt-eligibility/requirements@1\"",
    );
    assert_refused(
        |doc| doc["questions"][0]["kind"] = json!("dropdown"),
        "$.questions[0].kind: \"dropdown\" is not one of",
    );
    assert_refused(
        |doc| doc["requirements"][0]["criterion"] = json!("law"),
        "$.requirements[0].criterion: \"law\" is not one of",
    );
    assert_refused(
        |doc| doc["requirements"][0]["met"] = json!("Your {degree} meets this."),
        "$.requirements[0].met: {degree} names no question",
    );
    assert_refused(
        |doc| doc["requirements"][2]["not_met"] = json!(["You need {missing:certification}."]),
        "$.requirements[2].not_met[0]: {missing:certification} needs a whole-number question",
    );
    assert_refused(
        |doc| doc["name"] = json!("MT Agency"),
        "$.name: \"MT Agency\" must be lower-case letters",
    );
}

#[test]
fn a_misspelt_field_is_an_error_not_a_silent_default() {
    let problems = problems_after(|doc| {
        let requirement = doc["requirements"][0].as_object_mut().unwrap();
        let rule = requirement.remove("rule").unwrap();
        requirement.insert("rules".into(), rule);
    });
    assert!(
        problems[0].contains("unknown field `rules`"),
        "{problems:?}"
    );
}

/// The schema editors use and the parser the widget uses must accept the same fields.
#[test]
fn the_schema_file_names_exactly_the_fields_the_parser_accepts() {
    let schema: Value = serde_json::from_str(include_str!(
        "../../../requirements/requirement-set.schema.json"
    ))
    .unwrap();
    let keys = |object: &Value| -> Vec<String> {
        let mut keys: Vec<String> = object.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    let document = default_document();
    let in_schema = keys(&schema["properties"]);
    // Every field the shipped document uses is in the schema, and vice versa (optional ones aside).
    for key in keys(&document) {
        assert!(in_schema.contains(&key), "{key} missing from the schema");
    }
    for (definition, sample) in [
        ("question", &document["questions"][2]),
        ("requirement", &document["requirements"][0]),
        ("path", &document["path"]),
        ("step", &document["path"]["steps"][0]),
    ] {
        let known = keys(&schema["$defs"][definition]["properties"]);
        for key in keys(sample) {
            assert!(
                known.contains(&key),
                "{definition}.{key} missing from the schema"
            );
        }
        // A field the schema allows must also parse: add each optional one to the sample and check.
        for key in &known {
            let mut probe = document.clone();
            let target = match definition {
                "question" => &mut probe["questions"][3],
                "requirement" => &mut probe["requirements"][0],
                "path" => &mut probe["path"],
                _ => &mut probe["path"]["steps"][0],
            };
            if target.get(key).is_none() {
                let filler = match key.as_str() {
                    "options" => json!([]),
                    "unit" => json!({ "one": "x", "other": "xs" }),
                    "ask_when" => json!({ "answer": "degree-level", "in": ["none"] }),
                    "gaps" => json!([]),
                    "min" | "max" => json!(1),
                    "timing" => json!({
                        "text": "Usually a week.", "confidence": "primary", "checked": "2026-12-01",
                        "source": { "title": "s", "url": "https://example.org/" }
                    }),
                    "notices" => json!([]),
                    "fresh_days" => json!(90),
                    _ => json!("text"),
                };
                target[key.as_str()] = filler;
                let parsed = read_text(&probe.to_string());
                assert!(
                    parsed.is_ok(),
                    "{definition}.{key}: the schema allows it, the parser does not: {:?}",
                    parsed.err()
                );
            }
        }
    }
}

#[test]
fn a_question_depends_only_on_questions_asked_before_it() {
    assert_refused(
        |doc| doc["questions"][1]["ask_when"] = json!({ "answer": "degree-field", "in": ["mls"] }),
        r#"$.questions[1].ask_when: a question may only depend on questions asked before it; "degree-field" is itself"#,
    );
    assert_refused(
        |doc| {
            doc["questions"][1]["ask_when"] =
                json!({ "answer": "certification", "in": ["not-yet"] })
        },
        r#"$.questions[1].ask_when: a question may only depend on questions asked before it; "certification" is a question asked after it"#,
    );
}

#[test]
fn number_bounds_lie_within_the_questions_range() {
    assert_refused(
        |doc| doc["requirements"][1]["condition"]["at_least"] = json!(700),
        "$.requirements[1].condition.at_least: 700 is outside the question's range, 0 to 600",
    );
    assert_refused(
        |doc| {
            doc["requirements"][1]["condition"] =
                json!({ "answer": "experience-months", "at_most": -1 })
        },
        "$.requirements[1].condition.at_most: -1 is outside the question's range, 0 to 600",
    );
    // At the edges they are fine: "at least 0" means "answered".
    assert_eq!(
        problems_after(|doc| doc["requirements"][1]["condition"]["at_least"] = json!(0)),
        Vec::<String>::new()
    );
}

/// Dated facts are refused without their source or their date (issue 25), and an unverified
/// timing may not show a number.
#[test]
fn notices_bulletin_dates_and_timings_carry_a_source_and_a_date() {
    let notice = |field: &'static str| {
        move |doc: &mut Value| {
            doc["path"]["notices"][0]
                .as_object_mut()
                .unwrap()
                .remove(field);
        }
    };
    assert_refused(
        notice("source"),
        "$.path.notices[0]: missing field `source`",
    );
    assert_refused(notice("as_of"), "$.path.notices[0]: missing field `as_of`");
    assert_refused(
        |doc| doc["path"]["notices"][0]["as_of"] = json!("September 2025"),
        r#"$.path.notices[0].as_of: "September 2025" is not a date written YYYY-MM-DD"#,
    );
    assert_refused(
        |doc| doc["path"]["notices"][0]["source"]["url"] = json!(""),
        r#"$.path.notices[0].source.url: "" is not an http(s) link"#,
    );
    assert_refused(
        |doc| {
            doc["path"]["bulletin"]["lines"][0]
                .as_object_mut()
                .unwrap()
                .remove("source");
        },
        "$.path.bulletin.lines[0]: missing field `source`",
    );
    assert_refused(
        |doc| doc["path"]["bulletin"]["lines"][0]["month"] = json!("July 2026"),
        r#"$.path.bulletin.lines[0].month: "July 2026" is not a month written YYYY-MM"#,
    );
    assert_refused(
        |doc| doc["path"]["bulletin"]["lines"][0]["date"] = json!("2026-08-01"),
        "$.path.bulletin.lines[0].date: 2026-08-01 is later than the bulletin's month, 2026-07",
    );
    assert_refused(
        |doc| doc["path"]["bulletin"]["lines"][1]["option"] = json!("nepal"),
        r#"$.path.bulletin.lines[1].option: "nepal" is not an option of "birth-country""#,
    );
    assert_refused(
        |doc| doc["path"]["bulletin"]["question"] = json!("degree-level"),
        r#"$.path.bulletin.question: "degree-level" is not a choice question of the path"#,
    );
    assert_refused(
        |doc| {
            doc["path"].as_object_mut().unwrap().remove("fresh_days");
        },
        "$.path.fresh_days: missing",
    );
    assert_refused(
        |doc| doc["path"]["fresh_days"] = json!(0),
        "$.path.fresh_days: 0 days: it must be from 1 to 3650",
    );
    let ny = |doc: &Value| {
        doc["path"]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .position(|step| step["id"] == "license-ny")
            .unwrap()
    };
    assert_refused(
        move |doc| {
            let at = ny(doc);
            doc["path"]["steps"][at]["timing"]["text"] = json!("Check with NYSED: about 6 months.");
        },
        "timing.text: an unverified timing may not show a number",
    );
    assert_refused(
        move |doc| {
            let at = ny(doc);
            doc["path"]["steps"][at]["timing"]["text"] = json!("It takes a while.");
        },
        r#"timing.text: an unverified timing must be worded as "check with …""#,
    );
    assert_refused(
        move |doc| {
            let at = ny(doc);
            doc["path"]["steps"][at]["timing"]["after"] = json!(["license"]);
        },
        "timing.after[0]: a step cannot come after its own group",
    );
}

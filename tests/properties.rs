//! Property tests: random answers and random documents never make the engine panic, and the
//! same input always gives the same verdict.
#![cfg(not(target_arch = "wasm32"))]

use mt_eligibility::domain::document::SetDocument;
use mt_eligibility::domain::{
    evaluate, read_text, shipped, validate, Answers, QuestionKind, RequirementSet, Value, SHIPPED,
};
use mt_eligibility::domain::{FromJson, Json as Parsed, Location};
use proptest::prelude::*;
use serde_json::Value as Json;

fn load(name: &str) -> RequirementSet {
    read_text(shipped(name).unwrap()).unwrap()
}

/// Reads a document as the widget does, short of checking it.
fn parse(value: &Json) -> Result<SetDocument, mt_eligibility::domain::Problem> {
    SetDocument::from_json(&Parsed::parse(&value.to_string())?, &Location::Root)
}

/// Answers to a random subset of the set's questions, including option ids and numbers the
/// questions do not know (a stale or tampered answer must not break anything either).
fn answers_for(set: &RequirementSet) -> impl Strategy<Value = Answers> {
    let questions: Vec<_> = set.questions.clone();
    let per_question: Vec<_> = questions
        .into_iter()
        .map(|question| {
            let value = match &question.kind {
                QuestionKind::Choice(options) => {
                    let mut ids: Vec<String> =
                        options.iter().map(|option| option.id.clone()).collect();
                    ids.push("not-an-option".into());
                    prop::sample::select(ids).prop_map(Value::Choice).boxed()
                }
                QuestionKind::WholeNumber { min, max, .. } => prop_oneof![
                    (*min..=*max).prop_map(Value::Number),
                    any::<i64>().prop_map(Value::Number)
                ]
                .boxed(),
            };
            prop::option::of(value).prop_map(move |value| (question.id.clone(), value))
        })
        .collect();
    per_question.prop_map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|(id, value)| Some((id, value?)))
            .collect()
    })
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::from),
        "[a-z{}:-]{0,12}".prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "format",
                    "name",
                    "questions",
                    "requirements",
                    "id",
                    "kind",
                    "options",
                    "condition",
                    "all",
                    "any",
                    "not",
                    "answer",
                    "in",
                    "at_least",
                    "min",
                    "max",
                    "label",
                    "rule",
                    "met",
                ])
                .prop_map(str::to_owned),
                inner,
                0..6
            )
            .prop_map(|map| Json::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn any_answers_give_one_deterministic_verdict_per_requirement(
        (set, answers) in prop::sample::select(SHIPPED.map(|(name, _)| name).to_vec())
            .prop_flat_map(|name| { let set = load(name); (Just(set.clone()), answers_for(&set)) })
    ) {
        let verdict = evaluate(&set, &answers);
        prop_assert_eq!(verdict.findings.len(), set.requirements.len());
        prop_assert!(verdict.findings.iter().all(|finding| !finding.guidance.is_empty()));
        prop_assert_eq!(evaluate(&set, &answers), verdict);
    }

    #[test]
    fn random_documents_are_refused_or_accepted_but_never_crash(value in json_value()) {
        if let Ok(document) = parse(&value) {
            let first = validate(&document);
            prop_assert_eq!(validate(&document), first);
        }
    }

    #[test]
    fn a_shipped_document_with_one_field_replaced_never_crashes(
        path in prop::collection::vec(0usize..8, 1..5),
        replacement in json_value(),
    ) {
        let mut document: Json = serde_json::from_str(shipped("mt-agency").unwrap()).unwrap();
        let mut pointer = String::new();
        let mut node = &document;
        for step in path {
            let next = match node {
                Json::Object(map) if !map.is_empty() => map.iter().nth(step % map.len()).map(|(key, child)| (key.clone(), child)),
                Json::Array(items) if !items.is_empty() => Some(((step % items.len()).to_string(), &items[step % items.len()])),
                _ => None,
            };
            let Some((key, child)) = next else { break };
            pointer.push('/');
            pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
            node = child;
        }
        *document.pointer_mut(&pointer).unwrap() = replacement;
        if let Ok(document) = parse(&document) {
            if let Ok(set) = validate(&document) {
                let _ = evaluate(&set, &Answers::default());
            }
        }
    }
}

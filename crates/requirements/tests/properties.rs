//! Property tests: random answers never break the engine and answering more never undoes a
//! decided requirement; mutated documents reach the validator and are refused or used whole;
//! the JSON reader agrees with serde_json on valid and broken texts alike.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

mod common;

/// The visitor's date for the path; any text must do, so the property tests also give odd ones.
const TODAY: &str = "2026-12-04";

use mt_requirements::format::document::SetDocument;
use mt_requirements::format::{FromJson, Json as Parsed, Location, Number};
use mt_requirements::link;
use mt_requirements::{
    evaluate, plan, read_text, validate, Answers, Formatting, Outcome, QuestionKind,
    RequirementSet, Value, MAX_BYTES,
};
use proptest::prelude::*;
use serde_json::Value as Json;

fn load(name: &str) -> RequirementSet {
    common::load(name)
}

/// A small deterministic generator, so a failure names a case that can be run again.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Answers to a random subset of the set's questions, including option ids and numbers the
/// questions do not know (a stale or tampered answer must not break anything either).
fn answers_for(set: &RequirementSet) -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = set
        .questions
        .iter()
        .cloned()
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

/// A value for `question` that it accepts, chosen by `pick`.
fn value_for(set: &RequirementSet, question: usize, pick: usize) -> Value {
    match &set.questions[question].kind {
        QuestionKind::Choice(options) => Value::Choice(options[pick % options.len()].id.clone()),
        QuestionKind::WholeNumber { min, max, .. } => {
            Value::Number(min + (pick as i64) % (max - min + 1))
        }
    }
}

/// The questions whose answer can change what `question` decides: itself, and every question
/// shown or hidden by it, directly or through another.
fn reached_from(set: &RequirementSet, question: &str) -> BTreeSet<String> {
    let mut reached = BTreeSet::from([question.to_owned()]);
    for later in &set.questions {
        if later.ask_when.as_ref().is_some_and(|condition| {
            condition
                .questions()
                .iter()
                .any(|looked_at| reached.contains(*looked_at))
        }) {
            reached.insert(later.id.clone());
        }
    }
    reached
}

fn shipped_set_and_answers() -> impl Strategy<Value = (RequirementSet, Answers)> {
    prop::sample::select(common::NAMES.to_vec()).prop_flat_map(|name| {
        let set = load(name);
        (Just(set.clone()), answers_for(&set))
    })
}

proptest! {
    #[test]
    fn any_answers_give_one_verdict_per_requirement_with_guidance(
        (set, answers) in shipped_set_and_answers()
    ) {
        let verdict = evaluate(&set, &answers, &Formatting::default());
        prop_assert_eq!(verdict.findings.len(), set.requirements.len());
        for finding in &verdict.findings {
            prop_assert!(!finding.guidance.is_empty(), "{}", finding.requirement);
            // A decided requirement's guidance names no answer it could not fill in.
            if finding.outcome != Outcome::NotAnswered {
                prop_assert!(finding.guidance.iter().all(|text| !text.contains('{')), "{:?}", finding.guidance);
            }
        }
        if let Some(plan) = plan(&set, &answers, &Formatting::default(), TODAY) {
            let ids = plan.step_ids();
            let unique: BTreeSet<&str> = ids.iter().copied().collect();
            prop_assert_eq!(unique.len(), ids.len(), "a step twice: {:?}", ids);
        }
    }

    /// Answering one more question never turns a Met or a Not met into something else, except
    /// for the requirements that look at that question or at one it shows or hides.
    #[test]
    fn answering_one_more_question_never_undoes_a_decided_requirement(
        (set, answers) in shipped_set_and_answers(),
        question in any::<prop::sample::Index>(),
        pick in 0usize..1000,
    ) {
        let index = question.index(set.questions.len());
        let id = set.questions[index].id.clone();
        prop_assume!(answers.get(&id).is_none());
        let before = evaluate(&set, &answers, &Formatting::default());
        let mut more = answers.clone();
        more.set(id.clone(), value_for(&set, index, pick));
        let after = evaluate(&set, &more, &Formatting::default());
        let reached = reached_from(&set, &id);
        for ((requirement, was), now) in set.requirements.iter().zip(&before.findings).zip(&after.findings) {
            let looks = requirement.condition.questions().iter().any(|q| reached.contains(*q));
            if !looks && was.outcome != Outcome::NotAnswered {
                prop_assert_eq!(was.outcome, now.outcome, "{} changed when {} was answered", requirement.id, id);
            }
            if !looks {
                continue;
            }
            // Even for its own requirement, an answer only decides: it never turns Met into
            // Not met or back while nothing else changed, unless it hides other answers.
            if reached.len() == 1 && was.outcome != Outcome::NotAnswered {
                prop_assert_eq!(was.outcome, now.outcome, "{} flipped when {} was answered", requirement.id, id);
            }
        }
    }
}

/// One random change to a document: drop, duplicate, retype or renumber a field, cut a text,
/// or swap two items. Returns what it did, for the failure message.
fn mutate(document: &mut Json, random: &mut Random) -> String {
    // Walk to a random node, remembering the way.
    let mut pointer = String::new();
    let depth = 1 + random.below(6);
    for _ in 0..depth {
        let node = document.pointer(&pointer).unwrap();
        let key = match node {
            Json::Object(map) if !map.is_empty() => {
                map.keys().nth(random.below(map.len())).unwrap().clone()
            }
            Json::Array(items) if !items.is_empty() => random.below(items.len()).to_string(),
            _ => break,
        };
        pointer.push('/');
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
    }
    let (parent, last) = match pointer.rfind('/') {
        Some(at) => (pointer[..at].to_owned(), pointer[at + 1..].to_owned()),
        None => return "nothing".into(),
    };
    match random.below(6) {
        0 => {
            match document.pointer_mut(&parent).unwrap() {
                Json::Object(map) => {
                    map.remove(&last);
                }
                Json::Array(items) => {
                    items.remove(last.parse::<usize>().unwrap());
                }
                _ => {}
            }
            format!("dropped {pointer}")
        }
        1 => {
            let copy = document.pointer(&pointer).unwrap().clone();
            match document.pointer_mut(&parent).unwrap() {
                Json::Array(items) => {
                    items.push(copy);
                    format!("duplicated {pointer}")
                }
                Json::Object(map) => {
                    // A member copied onto a sibling's name.
                    let sibling = map.keys().next().unwrap().clone();
                    map.insert(sibling.clone(), copy);
                    format!("copied {pointer} onto {sibling}")
                }
                _ => "nothing".into(),
            }
        }
        2 => {
            let target = document.pointer_mut(&pointer).unwrap();
            *target = match target {
                Json::String(_) => Json::from(7),
                Json::Number(_) => Json::from("seven"),
                Json::Bool(_) => Json::Null,
                Json::Array(_) => Json::Object(Default::default()),
                Json::Object(_) => Json::Array(Vec::new()),
                Json::Null => Json::Bool(true),
            };
            format!("retyped {pointer}")
        }
        3 => {
            let number = random.below(1400) as i64 - 700;
            *document.pointer_mut(&pointer).unwrap() = Json::from(number);
            format!("renumbered {pointer} to {number}")
        }
        4 => {
            let cut = random.next() as usize;
            match document.pointer_mut(&pointer).unwrap() {
                Json::String(text) => {
                    let at = text
                        .char_indices()
                        .map(|(at, _)| at)
                        .nth(cut % (text.chars().count() + 1))
                        .unwrap_or(text.len());
                    text.truncate(at);
                    format!("cut {pointer} to {text:?}")
                }
                other => {
                    *other = Json::from((cut % 40) as i64);
                    format!("renumbered {pointer}")
                }
            }
        }
        _ => {
            let (a, b) = (random.next() as usize, random.next() as usize);
            match document.pointer_mut(&parent).unwrap() {
                Json::Array(items) => {
                    let (a, b) = (a % items.len(), b % items.len());
                    items.swap(a, b);
                    format!("swapped items {a} and {b} of {parent}")
                }
                _ => "nothing".into(),
            }
        }
    }
}

#[test]
fn mutated_shipped_documents_reach_the_validator_and_are_refused_or_used_whole() {
    let originals: Vec<Json> = common::NAMES
        .iter()
        .map(|name| serde_json::from_str(&common::text(name)).unwrap())
        .collect();
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let (mut validated, mut accepted, mut refused) = (0, 0, 0);
    for case in 0..4000 {
        let mut document = originals[case % originals.len()].clone();
        let changes: Vec<String> = (0..1 + random.below(3))
            .map(|_| mutate(&mut document, &mut random))
            .collect();
        let text = document.to_string();
        let Ok(parsed) = Parsed::parse(&text) else {
            panic!("serde_json wrote JSON our reader refuses: {changes:?}");
        };
        let Ok(read) = SetDocument::from_json(&parsed, &Location::Root) else {
            continue;
        };
        validated += 1;
        match validate(read) {
            Ok(set) => {
                accepted += 1;
                // A set that passes is usable whole: every answer in it evaluates and plans.
                let mut answers = Answers::default();
                for (index, question) in set.questions.iter().enumerate() {
                    if random.chance(60) {
                        answers.set(
                            question.id.clone(),
                            value_for(&set, index, random.below(1000)),
                        );
                    }
                }
                let verdict = evaluate(&set, &answers, &Formatting::default());
                assert_eq!(
                    verdict.findings.len(),
                    set.requirements.len(),
                    "{changes:?}"
                );
                assert!(
                    verdict.findings.iter().all(|f| !f.guidance.is_empty()),
                    "{changes:?}"
                );
                let _ = plan(&set, &answers, &Formatting::default(), TODAY);
            }
            Err(problems) => {
                refused += 1;
                assert!(!problems.is_empty(), "{changes:?}");
                for problem in &problems {
                    assert!(
                        problem.path.starts_with('$') && !problem.message.is_empty(),
                        "{problem:?} after {changes:?}"
                    );
                }
                // The same text through the widget's own entry point gives the same problems.
                assert_eq!(read_text(&text).err(), Some(problems), "{changes:?}");
            }
        }
    }
    println!("{validated} of 4000 mutated documents reached validate(): {accepted} accepted, {refused} refused");
    assert!(
        validated >= 1000,
        "only {validated} mutated documents reached validate()"
    );
    assert!(
        accepted > 0 && refused > 0,
        "{accepted} accepted, {refused} refused"
    );
}

#[test]
fn a_document_over_the_limit_is_refused_by_the_reader_before_it_is_parsed() {
    // Compacted first, as the widget embeds it, so that padding takes it past the limit.
    let compact: Json = serde_json::from_str(&common::text("mt-agency")).unwrap();
    let mut text = compact.to_string();
    // Valid JSON of the right shape, padded with whitespace past the limit.
    text.push_str(&" ".repeat(MAX_BYTES + 1 - text.len()));
    assert_eq!(text.len(), MAX_BYTES + 1);
    let problems = read_text(&text).expect_err("refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "$");
    // 256 KB, as REQUIREMENTS.md promises.
    assert_eq!(
        problems[0].to_string(),
        "$: the document is 262145 bytes; at most 262144 are allowed"
    );
    text.truncate(MAX_BYTES);
    assert!(read_text(&text).is_ok(), "at the limit it is read");
}

/// A random JSON value: nested, with escapes and non-ASCII text, whole and other numbers.
fn random_json(random: &mut Random, depth: usize) -> Json {
    let leaf = depth >= 5 || random.chance(35);
    match random.below(if leaf { 4 } else { 6 }) {
        0 => Json::Null,
        1 => Json::Bool(random.chance(50)),
        2 => match random.below(5) {
            0 => Json::from(i64::MIN + random.below(3) as i64),
            1 => Json::from(i64::MAX - random.below(3) as i64),
            2 => Json::from(random.next()),
            3 => serde_json::Number::from_f64((random.next() % 10_000) as f64 / 8.0)
                .map_or(Json::Null, Json::Number),
            _ => Json::from(random.below(2000) as i64 - 1000),
        },
        3 => {
            let alphabet = [
                'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\t', 'é', '€', '𝄞', '\u{1}', '}',
            ];
            Json::String(
                (0..random.below(8))
                    .map(|_| alphabet[random.below(alphabet.len())])
                    .collect(),
            )
        }
        4 => Json::Array(
            (0..random.below(5))
                .map(|_| random_json(random, depth + 1))
                .collect(),
        ),
        _ => Json::Object(
            (0..random.below(5))
                .map(|index| {
                    (
                        format!("k{index}{}", random.below(3)),
                        random_json(random, depth + 1),
                    )
                })
                .collect(),
        ),
    }
}

/// Our reading of a text, as a serde_json value, for comparison; numbers other than whole ones
/// compare as "not whole".
fn agrees(ours: &Parsed, theirs: &Json) -> bool {
    match (ours, theirs) {
        (Parsed::Null, Json::Null) => true,
        (Parsed::Bool(a), Json::Bool(b)) => a == b,
        (Parsed::Number(Number::Whole(n)), Json::Number(m)) => {
            m.as_i64() == Some(*n) || (*n == 0 && m.as_f64() == Some(0.0))
        }
        (Parsed::Number(Number::Other), Json::Number(m)) => m.as_i64().is_none() || m.is_f64(),
        (Parsed::String(a), Json::String(b)) => a == b,
        (Parsed::Array(a), Json::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| agrees(x, y))
        }
        // The reader keeps every member, repeated names too (the document reader refuses those);
        // serde_json keeps the last.
        (Parsed::Object(a), Json::Object(b)) => {
            let names: BTreeSet<&str> = a.iter().map(|(key, _)| key.as_str()).collect();
            names.len() == b.len()
                && b.iter().all(|(key, other)| {
                    a.iter()
                        .rev()
                        .find(|(name, _)| name == key)
                        .is_some_and(|(_, value)| agrees(value, other))
                })
        }
        _ => false,
    }
}

#[test]
fn the_json_reader_agrees_with_serde_json_on_valid_and_broken_texts() {
    let mut random = Random(0x0123_4567_89ab_cdef);
    let edits = [
        '{', '}', '[', ']', '"', ',', ':', '\\', ' ', '0', '-', '.', 'e', 'u', 'n', '\u{1}', '€',
    ];
    let (mut valid, mut broken) = (0, 0);
    for case in 0..10_000 {
        let value = random_json(&mut random, 0);
        let mut text = if random.chance(50) {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        if case % 2 == 1 {
            // One to three edits: a character deleted, inserted or replaced.
            for _ in 0..1 + random.below(3) {
                let chars: Vec<char> = text.chars().collect();
                let at = random.below(chars.len() + 1);
                let edit = edits[random.below(edits.len())];
                let mut changed: Vec<char> = chars.clone();
                match random.below(3) {
                    0 if at < chars.len() => {
                        changed.remove(at);
                    }
                    1 if at < chars.len() => changed[at] = edit,
                    _ => changed.insert(at, edit),
                }
                text = changed.into_iter().collect();
            }
        }
        let ours = Parsed::parse(&text);
        let theirs = serde_json::from_str::<Json>(&text);
        match (&ours, &theirs) {
            (Ok(ours), Ok(theirs)) => {
                assert!(agrees(ours, theirs), "different values for {text:?}");
                if case % 2 == 1 {
                    broken += 1;
                } else {
                    valid += 1;
                }
            }
            (Err(_), Err(_)) => broken += 1,
            // The one difference: serde_json refuses a number beyond f64 (1e400), which the
            // reader takes as "not a whole number" and the document reader then refuses.
            (Ok(_), Err(error)) if error.to_string().contains("number out of range") => broken += 1,
            _ => panic!(
                "acceptance differs for {text:?}: ours {:?}, serde_json {:?}",
                ours.as_ref().err(),
                theirs.as_ref().err()
            ),
        }
    }
    assert_eq!(valid + broken, 10_000);
    assert!(
        valid >= 4_000 && broken >= 4_000,
        "{valid} valid, {broken} broken or edited"
    );
}

/// The shipped sets, read once for the link properties' many cases.
fn shipped_sets() -> &'static [RequirementSet] {
    static SETS: std::sync::OnceLock<Vec<RequirementSet>> = std::sync::OnceLock::new();
    SETS.get_or_init(|| common::NAMES.iter().map(|name| load(name)).collect())
}

/// Whether a value is one the question accepts (random answers include numbers out of range).
fn accepted(set: &RequirementSet, question: &str, value: &Value) -> bool {
    match (set.question(question).map(|q| &q.kind), value) {
        (Some(QuestionKind::WholeNumber { min, max, .. }), Value::Number(n)) => {
            (*min..=*max).contains(n)
        }
        (Some(QuestionKind::Choice(options)), Value::Choice(chosen)) => {
            options.iter().any(|option| &option.id == chosen)
        }
        _ => false,
    }
}

proptest! {
    /// Encoding then decoding a link is the identity on the answers the set asks.
    #[test]
    fn a_link_brings_back_every_asked_answer((set, answers) in shipped_set_and_answers()) {
        let valid: Answers = answers
            .iter()
            .filter(|(question, value)| accepted(&set, question, value))
            .map(|(question, value)| (question, value.clone()))
            .collect();
        let expected = mt_requirements::asked(&set, &valid).answers().clone();
        let entry = link::encode(&set, &valid);
        let restored = link::restore(&set, &entry).unwrap().unwrap();
        prop_assert_eq!(restored.answers, expected, "{}", entry);
        prop_assert_eq!(restored.dropped, 0);
        prop_assert!(!restored.other_version);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Decoding never panics: random text, and real links cut, spliced or repeated.
    #[test]
    fn any_fragment_is_read_or_refused_without_a_panic(
        which in 0..2usize,
        text in "\\PC{0,200}",
        picks in prop::collection::vec(any::<usize>(), 13),
        cut in any::<usize>(),
        splice in "[a-z0-9:,~%&=#.-]{0,12}",
        repeat in 0..40usize,
    ) {
        let set = &shipped_sets()[which % shipped_sets().len()];
        let _ = link::restore(set, &text);
        let answers: Answers = set
            .questions
            .iter()
            .enumerate()
            .map(|(index, question)| (question.id.as_str(), value_for(set, index, picks[index % picks.len()])))
            .collect();
        let entry = link::encode(set, &answers);
        let at = cut % (entry.len() + 1);
        let (head, tail) = entry.split_at(if entry.is_char_boundary(at) { at } else { 0 });
        for mutated in [head.to_owned(), [head, &splice, tail].concat(), [head, &splice].concat(), entry.repeat(repeat)] {
            if let Ok(Some(restored)) = link::restore(set, &mutated) {
                prop_assert!(restored.answers.iter().all(|(q, v)| accepted(set, q, v)));
            }
        }
    }
}

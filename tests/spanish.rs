//! The widget in Spanish, rendered as a visitor meets it in each state: every text is Spanish
//! (none is an English catalogue string, proper names aside), and plain by the Spanish measure.
#![cfg(not(target_arch = "wasm32"))]

mod plain_words;
mod rendered;

use std::rc::Rc;

use mt_eligibility::language::Language;
use mt_eligibility::messages::ENGLISH;
use mt_eligibility::shipped::shipped;
use mt_eligibility::ui::{EligibilityCheck, Host, SetStatus, Speech, State};
use mt_requirements::format::{document::SetDocument, texts, FromJson, Json, Location, Text};
use mt_requirements::{read_text, read_translated, Formatting, RequirementSet};
use rendered::{pieces_and_names, APPLY};
use yew::prelude::*;
use yew::LocalServerRenderer;

fn set_in(name: &str, language: Language) -> Rc<RequirementSet> {
    let text = shipped(name).expect("a shipped set");
    Rc::new(match language {
        Language::English => read_text(text).expect("a valid set"),
        Language::Spanish => {
            let path = format!("{}/requirements/{name}.es.json", env!("CARGO_MANIFEST_DIR"));
            read_translated(text, &std::fs::read_to_string(path).unwrap())
                .expect("a valid translation")
        }
    })
}

#[derive(Properties, PartialEq)]
struct SpokenProps {
    language: Language,
    set: Rc<RequirementSet>,
    initial: State,
}

/// The check inside its language's context, as the widget mounts it.
#[component]
fn Spoken(props: &SpokenProps) -> Html {
    let host = Host {
        apply_url: Some(AttrValue::Static(APPLY)),
        id_prefix: AttrValue::Static("t"),
        speech: Speech {
            language: props.language,
            ..Speech::default()
        },
        ..Host::default()
    };
    html! {
        <ContextProvider<Speech> context={host.speech.clone()}>
            <EligibilityCheck set={props.set.clone()} {host} initial={props.initial.clone()} />
        </ContextProvider<Speech>>
    }
}

async fn render(language: Language, name: &str, initial: State) -> String {
    let props = yew::props!(SpokenProps {
        language,
        set: set_in(name, language),
        initial,
    });
    LocalServerRenderer::<Spoken>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn state(pairs: &[(&str, &str)], path_open: bool, why_open: &[&str]) -> State {
    State {
        entered: pairs
            .iter()
            .map(|(question, value)| (question.to_string(), value.to_string()))
            .collect(),
        path_open,
        why_open: why_open.iter().map(|id| id.to_string()).collect(),
        ..State::default()
    }
}

const ALL_MET: [(&str, &str); 5] = [
    ("degree-level", "bachelor"),
    ("degree-field", "mls"),
    ("degree-years", "four"),
    ("experience-months", "24"),
    ("certification", "mls-ascp"),
];

/// The states a visitor can reach, in the default set and the MLT set: nothing answered, each
/// kind of gap, refused numbers, every "Why?" open, and the path with many of its steps.
fn states() -> Vec<(&'static str, State)> {
    let why = ["education", "experience", "certification"];
    let but = |changes: &[(&'static str, &'static str)]| {
        let mut pairs: Vec<(&str, &str)> = ALL_MET.to_vec();
        for (question, value) in changes {
            pairs.retain(|(asked, _)| asked != question);
            pairs.push((question, value));
        }
        state(&pairs, false, &why)
    };
    let path = |pairs: &[(&str, &str)]| state(pairs, true, &[]);
    vec![
        ("mt-agency", State::default()),
        ("mt-agency", state(&ALL_MET, false, &why)),
        ("mt-agency", state(&ALL_MET[..2], false, &why)),
        (
            "mt-agency",
            but(&[("degree-level", "none"), ("certification", "not-yet")]),
        ),
        (
            "mt-agency",
            but(&[("degree-level", "associate"), ("certification", "mlt")]),
        ),
        (
            "mt-agency",
            but(&[("degree-years", "three"), ("certification", "one-area")]),
        ),
        (
            "mt-agency",
            but(&[("degree-field", "related"), ("experience-months", "7")]),
        ),
        (
            "mt-agency",
            but(&[("degree-field", "other"), ("certification", "mls-amt")]),
        ),
        ("mt-agency", but(&[("experience-months", "abc")])),
        ("mt-agency", but(&[("experience-months", "-3")])),
        ("mt-agency", but(&[("experience-months", "601")])),
        ("mt-agency", but(&[("experience-months", "")])),
        ("mt-agency", path(&[])),
        (
            "mt-agency",
            path(&[
                ("degree-level", "bachelor"),
                ("degree-field", "medtech"),
                ("degree-years", "four"),
                ("certification", "not-yet"),
                ("experience-months", "30"),
                ("study-country", "outside"),
                ("training", "internship"),
                ("work-state", "ca"),
                ("visa", "abroad"),
                ("english-school", "no"),
            ]),
        ),
        (
            "mt-agency",
            path(&[
                ("degree-level", "bachelor"),
                ("degree-field", "biology"),
                ("degree-years", "three-equivalent"),
                ("certification", "not-yet"),
                ("experience-months", "12"),
                ("study-country", "canada"),
                ("work-state", "ny"),
                ("visa", "in-us"),
                ("english-school", "yes"),
            ]),
        ),
        (
            "mt-agency",
            path(&[
                ("degree-level", "master"),
                ("degree-field", "chemistry"),
                ("degree-years", "four"),
                ("certification", "mls-amt"),
                ("experience-months", "60"),
                ("study-country", "us"),
                ("work-state", "pr"),
                ("visa", "no"),
            ]),
        ),
        (
            "mt-agency",
            path(&[
                ("degree-level", "diploma"),
                ("certification", "mlt"),
                ("study-country", "outside"),
                ("work-state", "gu"),
                ("visa", "not-sure"),
            ]),
        ),
        (
            "mt-agency",
            path(&[
                ("degree-level", "bachelor"),
                ("degree-field", "mls"),
                ("degree-years", "four"),
                ("certification", "mls-ascp"),
                ("experience-months", "24"),
                ("work-state", "ga"),
                ("visa", "no"),
            ]),
        ),
        ("mlt", State::default()),
        (
            "mlt",
            state(
                &[
                    ("degree-level", "associate"),
                    ("mlt-program", "yes"),
                    ("certification", "ascp"),
                ],
                false,
                &["education", "training", "certification"],
            ),
        ),
        (
            "mlt",
            state(
                &[
                    ("degree-level", "none"),
                    ("mlt-program", "no"),
                    ("certification", "not-yet"),
                ],
                false,
                &["education", "training", "certification"],
            ),
        ),
    ]
}

/// The text with every parenthesis left out.
fn outside_parentheses(text: &str) -> String {
    let mut depth = 0;
    text.chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// The texts allowed to read the same in both languages (tests/same-in-spanish.json).
fn same_in_spanish() -> Vec<String> {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("same-in-spanish.json")).unwrap();
    file["texts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|text| text.as_str().unwrap().to_owned())
        .collect()
}

/// The English catalogue: every text of the English sets and every fixed text of the widget's
/// English words, each as written (paragraphs one by one).
fn english_catalogue() -> Vec<String> {
    let mut catalogue: Vec<String> = Vec::new();
    for name in ["mt-agency", "mlt"] {
        let json = Json::parse(shipped(name).unwrap()).unwrap();
        let document = SetDocument::from_json(&json, &Location::Root).unwrap();
        for (_, text) in texts(&document) {
            match text {
                Text::One(text) => catalogue.push(text),
                Text::Paragraphs(paragraphs) => catalogue.extend(paragraphs),
            }
        }
    }
    let words = &ENGLISH;
    catalogue.extend(
        [
            words.apply,
            words.no_apply_link,
            words.opens_new_tab,
            words.loading,
            words.loading_invitation,
            words.pending,
            words.misconfigured,
            words.misconfigured_invitation,
            words.where_you_stand,
            words.disclaimer,
            words.met,
            words.not_met,
            words.not_answered,
            words.why,
            words.not_confirmed,
            words.agency_rule,
            words.external_rule,
            words.your_answers,
            words.source,
            words.choose,
            words.path_hint,
            words.next_steps,
            words.path_empty,
            words.print,
            words.copy,
            words.copied,
            words.copy_failed,
            words.unreviewed,
            words.fallback,
            words.fallback_without_link,
        ]
        .map(|text| text.trim().to_owned()),
    );
    catalogue
}

#[tokio::test]
async fn in_spanish_no_text_a_visitor_meets_is_english() {
    let allowed = same_in_spanish();
    let catalogue = english_catalogue();
    let mut problems = Vec::new();
    let mut read = 0;
    let mut pages = Vec::new();
    for (name, initial) in states() {
        let english = pieces_and_names(&render(Language::English, name, initial.clone()).await);
        pages.push((
            name,
            english,
            pieces_and_names(&render(Language::Spanish, name, initial).await),
        ));
    }
    for requirements in [SetStatus::Loading, SetStatus::Misconfigured] {
        let english = pieces_and_names(
            &rendered::widget(requirements.clone(), Language::English, false).await,
        );
        pages.push((
            "widget",
            english,
            pieces_and_names(&rendered::widget(requirements, Language::Spanish, false).await),
        ));
    }
    for name in ["mt-agency", "mlt"] {
        let first_view =
            |language| rendered::widget(SetStatus::Ready(set_in(name, language)), language, true);
        pages.push((
            "first view",
            pieces_and_names(&first_view(Language::English).await),
            pieces_and_names(&first_view(Language::Spanish).await),
        ));
    }
    for (name, english, spanish) in &pages {
        for piece in spanish {
            read += 1;
            if allowed.contains(piece) || piece.contains("http") {
                continue;
            }
            // Whole pieces the English widget shows in the same state (headlines, errors), and
            // any sentence of the English catalogue inside a piece.
            if english.contains(piece) {
                problems.push(format!(
                    "{name}: the English widget shows this too: {piece:?}"
                ));
            }
            // U.S. terms keep their English name in parentheses on purpose: "(bachelor's degree)".
            let outside = outside_parentheses(piece);
            if let Some(sentence) = catalogue.iter().find(|sentence| {
                sentence.split_whitespace().count() >= 2
                    && !allowed.contains(sentence)
                    && outside.contains(sentence.as_str())
            }) {
                problems.push(format!(
                    "{name}: English catalogue text {sentence:?} in {piece:?}"
                ));
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(read > 500, "only {read} pieces were read");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn the_widgets_own_spanish_words_are_plain_in_every_state() {
    let mut problems = Vec::new();
    let sources: Vec<String> = ["mt-agency", "mlt"]
        .iter()
        .flat_map(|name| plain_words::source_titles(&set_in(name, Language::Spanish)))
        .collect();
    let mut pages = Vec::new();
    for (name, initial) in states() {
        pages.push((name, render(Language::Spanish, name, initial).await));
    }
    for name in ["mt-agency", "mlt"] {
        let set = SetStatus::Ready(set_in(name, Language::Spanish));
        pages.push((
            "first view",
            rendered::widget(set, Language::Spanish, true).await,
        ));
    }
    for (name, html) in pages {
        for piece in pieces_and_names(&html) {
            if piece.contains("http") || sources.iter().any(|title| piece.contains(title.as_str()))
            {
                continue;
            }
            problems.extend(plain_words::spanish::problems(name, &piece));
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn spanish_marks_a_translation_no_person_has_reviewed() {
    let html = render(Language::Spanish, "mt-agency", State::default()).await;
    assert!(html.contains(&format!(
        r#"<p class="mte-unreviewed">{}</p>"#,
        Language::Spanish.messages().unreviewed
    )));
    let english = render(Language::English, "mt-agency", State::default()).await;
    assert!(
        !english.contains("mte-unreviewed"),
        "an original needs no review note"
    );
}

/// What the visitor copies starts with where they stand: each requirement's status in words, its
/// guidance and, where someone else decides, who. Then the steps, TN and the one-area advice
/// among them when they apply (issue 21).
#[test]
fn the_copied_text_says_where_the_visitor_stands_and_who_decides() {
    use mt_eligibility::messages::{ENGLISH, SPANISH};
    use mt_requirements::{evaluate, plan, Answers, Value};
    let answers: Answers = [
        ("degree-level", Value::Choice("bachelor".into())),
        ("degree-field", Value::Choice("chemistry".into())),
        ("degree-years", Value::Choice("four".into())),
        ("experience-months", Value::Number(30)),
        ("certification", Value::Choice("one-area".into())),
        ("study-country", Value::Choice("outside".into())),
        ("specialty", Value::Choice("one-area".into())),
        ("work-state", Value::Choice("not-sure".into())),
        ("visa", Value::Choice("abroad".into())),
        ("citizenship", Value::Choice("mexico".into())),
    ]
    .into_iter()
    .collect();
    for (language, words, expected) in [
        (
            Language::English,
            &ENGLISH,
            [
                "Where you stand\nYou meet 2 of 3 requirements. For the other one, our licensure team decides.\n",
                "- ASCP or AMT certification: It depends\n",
                "    Who decides: our licensure team.\n",
                "[ ] Ask which exam fits training in one area",
                "[ ] As a Mexican citizen, TN may be open to you",
                "[ ] Check the license rules before you accept a job",
            ],
        ),
        (
            Language::Spanish,
            &SPANISH,
            [
                "Su situación\nCumple 2 de 3 requisitos. Sobre el otro, lo decide nuestro equipo de licencias.\n",
                "- Certificación de ASCP o AMT: Depende\n",
                "    Quién decide: nuestro equipo de licencias.\n",
                "[ ] Pregunte qué examen sirve para una formación en una sola área",
                "[ ] Con ciudadanía de México, la TN puede estar a su alcance",
                "[ ] Revise las reglas de licencias antes de aceptar un trabajo",
            ],
        ),
    ] {
        let set = set_in("mt-agency", language);
        let path = set.path.as_ref().unwrap();
        let text = words.checklist(
            &evaluate(&set, &answers, &Formatting::default()),
            &plan(&set, &answers, &Formatting::default(), "2026-12-04").unwrap(),
            &path.heading,
            &path.intro,
            &Formatting::default(),
        );
        for wanted in expected {
            assert!(text.contains(wanted), "{language:?}: {wanted:?} not in\n{text}");
        }
    }
}

/// Every headline, invitation and next step the Spanish catalogue can write, for every shape of
/// verdict (someone else deciding among them), and each "Quién decide", in plain Spanish.
#[test]
fn every_spanish_headline_is_plain() {
    use mt_eligibility::messages::SPANISH;
    let formatting = Formatting::default();
    let problems: Vec<String> =
        rendered::verdict_sentences(&SPANISH, &formatting, "Su camino a un trabajo en EE. UU.")
            .iter()
            .flat_map(|(place, text)| plain_words::spanish::problems(place, text))
            .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A notice of a dated rule says in Spanish what it says in English: the H-1B payment was needed
/// from September 2025, and whether it goes on is unknown (timelines-2026-12.md §0), so neither
/// language says that it still applies.
#[test]
fn a_notice_of_a_dated_rule_keeps_its_past_tense_in_spanish() {
    let notice = |language| {
        let set = set_in("mt-agency", language);
        let path = set.path.as_ref().expect("the set has a path");
        let notice = path.notices.iter().find(|notice| notice.id == "h1b-fee");
        notice.expect("the H-1B payment notice").text.join(" ")
    };
    let english = notice(Language::English);
    assert!(english.contains("needed a $100,000 payment"), "{english}");
    let spanish = notice(Language::Spanish);
    assert!(spanish.contains("necesitaba un pago"), "{spanish}");
    assert!(!spanish.contains("requiere"), "{spanish}");
}

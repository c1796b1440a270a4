//! How long it takes: visitors written from `../shared/research/timelines-2026-12.md` (section 0
//! and the Visa Bulletin table, §2.3), before looking at what the widget returns. Each names its
//! line. Their expectations are the research's numbers and dates, never the set's own texts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use mt_requirements::{plan, Answers, Confidence, Formatting, Plan, PlannedStep, Value};

/// The research's own date: every dated fact in it is months old by then.
const RESEARCH_DAY: &str = "2026-12-04";

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(question, answer)| {
            let value = match answer.parse() {
                Ok(number) => Value::Number(number),
                Err(_) => Value::Choice((*answer).into()),
            };
            (*question, value)
        })
        .collect()
}

/// A visitor who studied outside the U.S., is not certified yet, and needs a work visa from
/// abroad, with these answers on top.
fn abroad(more: &[(&str, &str)]) -> Answers {
    let mut all = vec![
        ("degree-level", "bachelor"),
        ("degree-field", "mls"),
        ("degree-years", "four"),
        ("experience-months", "24"),
        ("certification", "not-yet"),
        ("study-country", "outside"),
        ("training", "internship"),
        ("specialty", "generalist"),
    ];
    all.extend_from_slice(more);
    answers(&all)
}

fn plan_in(language: &str, answers: &Answers, today: &str) -> Plan {
    let set = common::load_in("mt-agency", language);
    plan(&set, answers, &Formatting::default(), today).expect("the agency's set has a path")
}

fn step<'a>(plan: &'a Plan, id: &str) -> &'a PlannedStep {
    plan.groups
        .iter()
        .flat_map(|group| &group.steps)
        .find(|step| step.id == id)
        .unwrap_or_else(|| panic!("no step {id} in {:?}", plan.step_ids()))
}

fn timing<'a>(plan: &'a Plan, id: &str) -> &'a str {
    &step(plan, id)
        .timing
        .as_ref()
        .unwrap_or_else(|| panic!("{id} has no timing"))
        .text
}

fn notices(plan: &Plan) -> Vec<&str> {
    plan.notices
        .iter()
        .map(|notice| notice.id.as_str())
        .collect()
}

/// Maria: a Filipino MLS graduate in Manila who wants a California job and a green card.
/// §0: ASCP "within 2–3 weeks"; WES "about 7 business days"; California "90 days on average, up to 150 days"; VisaScreen "within 10
/// business days" with expedited review; PERM "about 16–17 months". §2.3: EB-3 Philippines held
/// at 01 AUG 2023 in the July 2026 bulletin, "nearly 3 years" behind. §0: the $100,000 H-1B
/// payment for people outside the U.S. and the 75-country pause (the Philippines not on it).
#[test]
fn maria_from_the_philippines_sees_each_steps_usual_time_her_line_and_the_notices() {
    let maria = abroad(&[
        ("work-state", "ca"),
        ("visa", "abroad"),
        ("citizenship", "neither"),
        ("english-school", "yes"),
        ("birth-country", "philippines"),
    ]);
    let plan = plan_in("en", &maria, RESEARCH_DAY);
    assert!(timing(&plan, "exam-ascpi").contains("within 2 to 3 weeks"));
    assert!(timing(&plan, "evaluation-foreign").contains("about 7 business days"));
    let california = timing(&plan, "license-ca");
    assert!(california.contains("90 days") && california.contains("150 days"));
    assert!(timing(&plan, "visascreen").contains("10 business days"));
    let perm = timing(&plan, "green-card");
    assert!(
        perm.contains("16 to 17 months") && perm.contains("without an audit"),
        "{perm}"
    );
    // The exam comes after the evaluation; the evaluation, VisaScreen and the license can overlap.
    let exam_step = step(&plan, "exam-ascpi").timing.as_ref().unwrap();
    assert_eq!(exam_step.after, ["Your degree"]);
    for id in ["evaluation-foreign", "visascreen", "license-ca"] {
        assert!(
            step(&plan, id).timing.as_ref().unwrap().after.is_empty(),
            "{id}"
        );
    }

    let line = step(&plan, "green-card").line.as_ref().expect("her line");
    assert_eq!(line.category, "EB-3");
    assert_eq!(line.country, "the Philippines");
    assert_eq!(
        (line.month.as_str(), line.date.as_str()),
        ("2026-07", "2023-08-01")
    );
    assert_eq!(
        line.months_behind, 35,
        "August 2023 to July 2026: nearly 3 years"
    );
    assert!(line.current.url.starts_with("https://travel.state.gov/"));

    assert_eq!(notices(&plan), ["h1b-fee", "visa-pause"]);
    assert!(
        plan.notices.iter().all(|notice| notice.stale),
        "months old by December 2026"
    );
}

/// Arjun: born in India, in the U.S. on H-1B, wants a green card. §2.3: EB-3 India at 15 DEC 2013
/// in the June 2026 bulletin, "about 12½ years". The May 2026 memo on adjustment of status is for
/// people inside the U.S.; the $100,000 payment and the 75-country pause are for people abroad.
#[test]
fn arjun_from_india_inside_the_us_sees_a_long_line_and_the_adjustment_memo() {
    let arjun = abroad(&[
        ("work-state", "tx"),
        ("visa", "in-us"),
        ("citizenship", "neither"),
        ("english-school", "yes"),
        ("birth-country", "india"),
    ]);
    let plan = plan_in("en", &arjun, RESEARCH_DAY);
    let line = step(&plan, "green-card").line.as_ref().expect("his line");
    assert_eq!(
        (line.month.as_str(), line.date.as_str()),
        ("2026-06", "2013-12-15")
    );
    assert_eq!(line.months_behind, 149, "about 12½ years");
    assert_eq!(notices(&plan), ["adjustment-memo"]);
}

/// Lucía: a Mexican citizen born in Mexico, abroad, bound for New York. §0: New York licence time
/// not found, "check with NYSED"; TN for Mexicans: wait time 🔴. §2.3: Mexico at 01 JUN 2024 in
/// May 2026. The pause list leaves Mexico out, so she sees only the H-1B payment notice.
#[test]
fn lucia_from_mexico_is_told_whom_to_ask_where_no_time_is_known() {
    let lucia = abroad(&[
        ("work-state", "ny"),
        ("visa", "abroad"),
        ("citizenship", "mexico"),
        ("english-school", "no"),
        ("birth-country", "mexico"),
    ]);
    let plan = plan_in("en", &lucia, RESEARCH_DAY);
    for id in ["license-ny", "tn-mexico"] {
        let said = step(&plan, id).timing.as_ref().unwrap();
        assert_eq!(said.confidence, Confidence::Unverified, "{id}");
        assert!(said.text.contains("Check with"), "{id}: {}", said.text);
        assert!(
            !said.text.chars().any(|c| c.is_ascii_digit()),
            "{id}: no number"
        );
    }
    let line = step(&plan, "green-card").line.as_ref().unwrap();
    assert_eq!((line.month.as_str(), line.months_behind), ("2026-05", 23));
    assert_eq!(notices(&plan), ["h1b-fee"]);
}

/// Who skips the country of birth sees no line, and the rest of the path as before.
#[test]
fn the_country_of_birth_is_optional() {
    let skipped = abroad(&[
        ("work-state", "ca"),
        ("visa", "abroad"),
        ("citizenship", "neither"),
    ]);
    let plan = plan_in("en", &skipped, RESEARCH_DAY);
    assert_eq!(step(&plan, "green-card").line, None);
    assert!(step(&plan, "green-card").timing.is_some());
}

/// A fixed clock: the 75-country pause is as of 2026-01-27 and the set says 90 days. The line for
/// the Philippines is the July 2026 bulletin's, counted from July 1.
#[test]
fn a_date_turns_old_one_day_after_the_sets_fresh_days() {
    let visitor = abroad(&[
        ("work-state", "ca"),
        ("visa", "abroad"),
        ("citizenship", "neither"),
        ("birth-country", "philippines"),
    ]);
    let pause = |today: &str| {
        let plan = plan_in("en", &visitor, today);
        assert_eq!(plan.fresh_days, 90);
        let notice = plan.notices.iter().find(|n| n.id == "visa-pause").cloned();
        notice.expect("the pause applies").stale
    };
    assert!(!pause("2026-01-27"), "fresh on its day");
    assert!(!pause("2026-04-27"), "90 days on: just fresh");
    assert!(pause("2026-04-28"), "91 days on: may be out of date");
    assert!(
        pause("not a date"),
        "a clock that cannot be read calls every date old"
    );
    let line = |today: &str| {
        let plan = plan_in("en", &visitor, today);
        step(&plan, "green-card").line.clone().unwrap().stale
    };
    assert!(!line("2026-07-01"));
    assert!(!line("2026-09-29"));
    assert!(line("2026-09-30"));
}

/// The same visitor in Spanish: the same steps, line and notices, in Spanish words.
#[test]
fn in_spanish_the_same_times_line_and_notices() {
    let maria = abroad(&[
        ("work-state", "ca"),
        ("visa", "abroad"),
        ("citizenship", "neither"),
        ("birth-country", "philippines"),
    ]);
    let english = plan_in("en", &maria, RESEARCH_DAY);
    let spanish = plan_in("es", &maria, RESEARCH_DAY);
    assert_eq!(english.step_ids(), spanish.step_ids());
    assert_eq!(notices(&english), notices(&spanish));
    let line = step(&spanish, "green-card").line.as_ref().unwrap();
    assert_eq!(
        (line.country.as_str(), line.months_behind),
        ("Filipinas", 35)
    );
    assert!(timing(&spanish, "license-ca").contains("90 días"));
    assert!(spanish.notices[0].text[0].contains("100 000 dólares"));
}

/// No timing promises a total: none adds steps up, in either language.
#[test]
fn no_timing_promises_a_total() {
    for language in ["en", "es"] {
        let set = common::load_in("mt-agency", language);
        let path = set.path.unwrap();
        for step in &path.steps {
            let Some(timing) = &step.timing else { continue };
            let text = timing.text.to_lowercase();
            for promise in [
                "in total",
                "altogether",
                "en total",
                "guarantee",
                "garantiza",
            ] {
                assert!(!text.contains(promise), "{}: {}", step.id, timing.text);
            }
        }
    }
}

//! Honest when it depends: for every combination of the check's answers, a case the facts leave
//! open is never turned into "not yet met" (nor into "met"). The cases are written here from the
//! facts file and the timelines file, not read from the sets.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use mt_requirements::{
    evaluate, Answers, Formatting, Outcome, QuestionKind, RequirementSet, Value,
};

/// Every combination of answers to the set's check questions (each may be unanswered); numbers
/// take a few telling values.
fn every_answer(set: &RequirementSet) -> Vec<Answers> {
    let mut all = vec![Answers::default()];
    for question in set
        .questions
        .iter()
        .filter(|question| question.part == mt_requirements::Part::Check)
    {
        let values: Vec<Value> = match &question.kind {
            QuestionKind::Choice(options) => options
                .iter()
                .map(|option| Value::Choice(option.id.clone()))
                .collect(),
            QuestionKind::WholeNumber { .. } => [0, 11, 12, 40].map(Value::Number).to_vec(),
        };
        all = all
            .into_iter()
            .flat_map(|answers| {
                let mut with = vec![answers.clone()];
                for value in &values {
                    let mut more = answers.clone();
                    more.set(question.id.clone(), value.clone());
                    with.push(more);
                }
                with
            })
            .collect();
    }
    all
}

fn is(answers: &Answers, question: &str, options: &[&str]) -> bool {
    matches!(answers.get(question), Some(Value::Choice(chosen)) if options.contains(&chosen.as_str()))
}

fn outcome(set: &RequirementSet, answers: &Answers, requirement: &str) -> Outcome {
    evaluate(set, answers, &Formatting::default())
        .findings
        .into_iter()
        .find(|finding| finding.requirement == requirement)
        .unwrap()
        .outcome
}

#[test]
fn the_agency_set_asks_where_the_facts_say_it_depends() {
    let set = common::load("mt-agency");
    let mut failures = Vec::new();
    let all = every_answer(&set);
    for answers in &all {
        let bachelor = is(
            answers,
            "degree-level",
            &["bachelor", "master", "doctorate"],
        );
        let no_bachelor = is(answers, "degree-level", &["associate", "diploma", "none"]);
        let education = outcome(&set, answers, "education");
        let certification = outcome(&set, answers, "certification");
        let mut fail = |why: &str| {
            if failures.len() < 10 {
                failures.push(format!("{why}: {answers:?}"));
            }
        };
        // A nearby science: the licensure team decides (issue 21; facts §7 AG-DEG-1).
        if bachelor
            && is(answers, "degree-field", &["related"])
            && education != ask("licensure-team")
        {
            fail("a nearby science is the licensure team's call");
        }
        // A three-year bachelor's in a fitting field, alone or with a higher degree: an evaluation
        // decides (facts changelog 4; timelines §3, correction 7).
        if bachelor
            && is(answers, "degree-years", &["three"])
            && is(
                answers,
                "degree-field",
                &["mls", "medtech", "biology", "chemistry"],
            )
            && education != ask("evaluation")
        {
            fail("a three-year degree is an evaluation's call");
        }
        // A one-area credential: ask our licensure team (facts changelog 5).
        if is(answers, "certification", &["one-area"]) && certification != ask("licensure-team") {
            fail("a one-area credential is the licensure team's call");
        }
        // MT(AMT) from before AMT asked for a bachelor's (facts changelog 11, secondary).
        if is(answers, "certification", &["mls-amt"])
            && no_bachelor
            && certification != ask("licensure-team")
        {
            fail("MT(AMT) without a bachelor's is the licensure team's call");
        }
        if is(answers, "certification", &["mls-amt"]) && bachelor && certification != Outcome::Met {
            fail("MLS(AMT) with a bachelor's meets the bar (facts §7 AG-CERT-1)");
        }
        // The certain cases stay certain.
        if is(answers, "degree-field", &["other"]) && bachelor && education != Outcome::NotMet {
            fail("a degree in another field is not one of the four (facts §7 AG-DEG-1)");
        }
        if no_bachelor && education != Outcome::NotMet {
            fail("no bachelor's is a gap (facts §7 AG-DEG-1)");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(all.len() > 2_000, "checked {} combinations", all.len());
}

#[test]
fn the_technician_set_asks_where_the_routes_are_not_confirmed() {
    let set = common::load("mlt");
    for answers in every_answer(&set) {
        // MLT(ASCPi) may start from a two-year diploma; some routes take experience instead of a
        // program (facts §3.3, secondary): the board decides.
        if is(&answers, "degree-level", &["diploma"]) {
            assert_eq!(
                outcome(&set, &answers, "education"),
                ask("board"),
                "{answers:?}"
            );
        }
        if is(&answers, "mlt-program", &["no"]) {
            assert_eq!(
                outcome(&set, &answers, "training"),
                ask("board"),
                "{answers:?}"
            );
        }
    }
}

/// A rule the facts leave unverified (🔴) is never stated as met: whoever can confirm it decides.
#[test]
fn no_unverified_requirement_is_ever_met() {
    for name in common::NAMES {
        let set = common::load(name);
        for answers in every_answer(&set) {
            for finding in evaluate(&set, &answers, &Formatting::default()).findings {
                let requirement = set
                    .requirements
                    .iter()
                    .find(|requirement| requirement.id == finding.requirement)
                    .unwrap();
                if requirement.confidence == mt_requirements::Confidence::Unverified {
                    assert_ne!(
                        finding.outcome,
                        Outcome::Met,
                        "{name}: {} for {answers:?}",
                        requirement.id
                    );
                }
            }
        }
    }
}

/// The outcome "ask", with who decides named as the format writes it.
fn ask(decides: &str) -> Outcome {
    use mt_requirements::Decider;
    let decider = [Decider::LicensureTeam, Decider::Evaluation, Decider::Board]
        .into_iter()
        .find(|decider| decider.kind() == decides)
        .unwrap();
    Outcome::Ask(decider)
}

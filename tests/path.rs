//! The path's steps are coherent for every combination of answers: no two steps of an
//! exclusive group, and no step that contradicts another.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use mt_eligibility::domain::{
    plan, read_text, shipped, Answers, QuestionKind, RequirementSet, Value,
};

fn default_set() -> RequirementSet {
    read_text(shipped("mt-agency").unwrap()).unwrap()
}

/// Every option of a choice question, and "not answered".
fn choices(set: &RequirementSet, question: &str) -> Vec<Option<String>> {
    let QuestionKind::Choice(options) = &set.question(question).unwrap().kind else {
        panic!("{question} is not a choice");
    };
    std::iter::once(None)
        .chain(options.iter().map(|option| Some(option.id.clone())))
        .collect()
}

fn check(set: &RequirementSet, answers: &Answers) -> Result<(), String> {
    let plan = plan(set, answers).expect("the default set has a path");
    let path = set.path.as_ref().unwrap();
    let steps: BTreeSet<&str> = plan.step_ids().into_iter().collect();
    let has = |id: &str| steps.contains(id);
    let answered = |question: &str| answers.get(question).is_some();
    for group in path.groups.iter().filter(|group| group.exclusive) {
        let in_group: Vec<&str> = path
            .steps
            .iter()
            .filter(|step| step.group == group.id && has(&step.id))
            .map(|step| step.id.as_str())
            .collect();
        if in_group.len() > 1 {
            return Err(format!("exclusive group {} has {in_group:?}", group.id));
        }
    }
    let count = |prefix: &str| steps.iter().filter(|id| id.starts_with(prefix)).count();
    if answered("work-state") != (count("licence-") == 1) {
        return Err("one licence step exactly when a state is chosen".into());
    }
    let certified =
        matches!(answers.get("certification"), Some(Value::Choice(c)) if c == "ascp" || c == "amt");
    // Whether to take an exam depends on not being certified: unknown until that is answered.
    let exam_known = certified || (answered("certification") && answered("study-country"));
    let exam_steps = [
        "keep-certification",
        "exam-ascpi",
        "exam-ascp-us",
        "exam-canada",
    ]
    .iter()
    .filter(|id| has(id))
    .count();
    if exam_known != (exam_steps == 1) {
        return Err(format!(
            "one certification step exactly when it can be known, got {exam_steps}"
        ));
    }
    if (has("english-exempt") || has("english-test")) && !has("visascreen") {
        return Err("an English test step without VisaScreen".into());
    }
    if has("no-visa") && (has("visascreen") || has("visascreen-specialist") || has("green-card")) {
        return Err("no visa, yet visa steps".into());
    }
    if (has("route-internship") || has("route-experience")) && !has("exam-ascpi") {
        return Err("an ASCPi route without the ASCPi exam".into());
    }
    if certified && (has("amt-option") || count("route-") > 0) {
        return Err("exam advice for someone already certified".into());
    }
    for group in &plan.groups {
        for step in &group.steps {
            if step.title.contains('?')
                || step
                    .text
                    .iter()
                    .any(|text| text.contains("{") || text.contains(" ? "))
            {
                return Err(format!("{} has an unfilled placeholder", step.id));
            }
        }
    }
    Ok(())
}

#[test]
fn every_combination_of_answers_gives_a_coherent_path() {
    let set = default_set();
    let dimensions = [
        "certification",
        "study-country",
        "internship",
        "specialty",
        "visa",
        "english-school",
    ];
    let options: Vec<Vec<Option<String>>> = dimensions
        .iter()
        .map(|question| choices(&set, question))
        .collect();
    let states = choices(&set, "work-state");
    let mut checked = 0;
    let mut combination = vec![0usize; dimensions.len()];
    loop {
        // Every state with the first combination; three kinds of state with all the others.
        let state_choices: Vec<&Option<String>> = if checked == 0 {
            states.iter().collect()
        } else {
            ["ca", "tx", "ri"]
                .iter()
                .map(|id| {
                    states
                        .iter()
                        .find(|state| state.as_deref() == Some(*id))
                        .unwrap()
                })
                .collect()
        };
        for state in state_choices {
            let mut answers = Answers::default();
            for (index, question) in dimensions.iter().enumerate() {
                if let Some(option) = &options[index][combination[index]] {
                    answers.set(*question, Value::Choice(option.clone()));
                }
            }
            if let Some(state) = state {
                answers.set("work-state", Value::Choice(state.clone()));
            }
            check(&set, &answers).unwrap_or_else(|problem| panic!("{problem} for {answers:?}"));
            checked += 1;
        }
        // Next combination, like an odometer.
        let mut position = 0;
        loop {
            if position == dimensions.len() {
                assert!(checked > 5_000, "checked {checked} combinations");
                return;
            }
            combination[position] += 1;
            if combination[position] < options[position].len() {
                break;
            }
            combination[position] = 0;
            position += 1;
        }
    }
}

#[test]
fn the_checklist_text_carries_every_step_and_its_source() {
    let set = default_set();
    let answers: Answers = [
        ("certification", Value::Choice("not-yet".into())),
        ("study-country", Value::Choice("outside".into())),
        ("internship", Value::Choice("yes".into())),
        ("work-state", Value::Choice("ca".into())),
    ]
    .into_iter()
    .collect();
    let plan = plan(&set, &answers).unwrap();
    let text = plan.as_text("Your path to a U.S. job", "Guidance, not a decision.");
    assert!(
        text.starts_with("Your path to a U.S. job\nGuidance, not a decision.\n"),
        "{text}"
    );
    assert!(
        text.contains("[ ] Take ASCP's international exam, MLS(ASCPi)"),
        "{text}"
    );
    assert!(
        text.contains("[ ] Apply for a California Clinical Laboratory Scientist licence"),
        "{text}"
    );
    assert!(text.contains("Source: California Department of Public Health: Clinical Laboratory Scientist https://www.cdph.ca.gov/"), "{text}");
    assert_eq!(text.matches("[ ] ").count(), plan.step_ids().len());
}

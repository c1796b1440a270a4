//! The path never contradicts the visitor's own answers, for every combination of them: each
//! exam and route it recommends has its stated requirements (from the facts file's route tables,
//! written out here, not read from the set) unbroken by what the visitor said, in the check and
//! in the path alike. Exclusive groups hold at most one step, and the steps agree with each other.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

mod common;

/// A fixed visitor date for the path: timings and notices do not change what applies.
const TODAY: &str = "2026-12-04";

use mt_requirements::{plan, Answers, Formatting, Plan, QuestionKind, RequirementSet, Value};

fn default_set() -> RequirementSet {
    common::load("mt-agency")
}

/// Every option of a choice question, and "not answered".
fn choices(set: &RequirementSet, question: &str) -> Vec<Option<Value>> {
    let QuestionKind::Choice(options) = &set.question(question).unwrap().kind else {
        panic!("{question} is not a choice");
    };
    std::iter::once(None)
        .chain(
            options
                .iter()
                .map(|option| Some(Value::Choice(option.id.clone()))),
        )
        .collect()
}

/// Calls `each` with every combination of the given answers (`None`: not answered).
fn every_combination(dimensions: &[(&str, Vec<Option<Value>>)], mut each: impl FnMut(&Answers)) {
    let mut at = vec![0usize; dimensions.len()];
    loop {
        let mut answers = Answers::default();
        for ((question, values), &index) in dimensions.iter().zip(&at) {
            if let Some(value) = &values[index] {
                answers.set(*question, value.clone());
            }
        }
        each(&answers);
        // Next combination, like an odometer.
        let mut position = 0;
        loop {
            if position == dimensions.len() {
                return;
            }
            at[position] += 1;
            if at[position] < dimensions[position].1.len() {
                break;
            }
            at[position] = 0;
            position += 1;
        }
    }
}

/// What the visitor said, as the facts' route tables need it.
struct Said<'a>(&'a Answers);

impl Said<'_> {
    fn is(&self, question: &str, options: &[&str]) -> bool {
        matches!(self.0.get(question), Some(Value::Choice(chosen)) if options.contains(&chosen.as_str()))
    }
    fn answered(&self, question: &str) -> bool {
        self.0.get(question).is_some()
    }
    fn months(&self) -> Option<i64> {
        match self.0.get("experience-months") {
            Some(Value::Number(n)) => Some(*n),
            _ => None,
        }
    }
    /// MLS(ASCP)/MLS(ASCPi) or MLS(AMT)/MT(AMT): the level the agency asks for.
    fn mls_certified(&self) -> bool {
        self.is("certification", &["mls-ascp", "mls-amt"])
    }
    /// Said they have no bachelor's degree (every MLS route asks for one: facts §3.1, §3.2).
    fn no_bachelor(&self) -> bool {
        self.is("degree-level", &["associate", "diploma", "none"])
    }
    fn bachelor(&self) -> bool {
        self.is("degree-level", &["bachelor", "master", "doctorate"])
    }
    /// Said the bachelor's took 3 years and was not found equal to a U.S. four-year degree
    /// (facts changelog 4).
    fn three_year(&self) -> bool {
        self.bachelor() && self.is("degree-years", &["three"])
    }
    /// Said their training and work are in one area of the lab only.
    fn one_area(&self) -> bool {
        self.is("specialty", &["one-area"])
    }
}

/// What each exam route the path can call "yours" asks for, written from the facts' route
/// tables (facts §3.2 for MLS(ASCPi) routes 1 to 4, §3.1 for MLS(ASCP) route 2), not read from
/// the set. Every route covers the main areas of the lab (blood banking, chemistry, hematology,
/// microbiology), so each asks for a generalist.
struct Route {
    id: &'static str,
    /// Where the education and training took place.
    studied: &'static [&'static str],
    /// Degree fields the route names (empty: any).
    fields: &'static [&'static str],
    /// The clinical training it builds on (empty: any).
    training: &'static [&'static str],
    /// Months of experience: at least (`Some(n)`), or fewer than (`short`).
    months: Option<i64>,
    /// The route is named as the one to take once the months are reached.
    short: bool,
    /// The certification it builds on (empty: any not at MLS level).
    holds: &'static [&'static str],
}

const ROUTES: [Route; 8] = [
    Route {
        id: "route-1",
        studied: &["outside"],
        fields: &["mls", "medtech", "biology", "chemistry"],
        training: &["internship"],
        months: None,
        short: false,
        holds: &[],
    },
    Route {
        id: "route-2",
        studied: &["outside"],
        fields: &["mls", "medtech"],
        training: &[],
        months: Some(36),
        short: false,
        holds: &[],
    },
    Route {
        id: "route-2-short",
        studied: &["outside"],
        fields: &["mls", "medtech"],
        training: &[],
        months: Some(36),
        short: true,
        holds: &[],
    },
    Route {
        id: "route-3",
        studied: &["outside"],
        fields: &[],
        training: &["two-year-program"],
        months: None,
        short: false,
        holds: &[],
    },
    Route {
        id: "route-4",
        studied: &["outside"],
        fields: &["biology", "chemistry"],
        training: &[],
        months: Some(60),
        short: false,
        holds: &[],
    },
    Route {
        id: "route-4-short",
        studied: &["outside"],
        fields: &["biology", "chemistry"],
        training: &[],
        months: Some(60),
        short: true,
        holds: &[],
    },
    Route {
        id: "route-us-mlt",
        studied: &["us"],
        fields: &[],
        training: &[],
        months: None,
        short: false,
        holds: &["mlt"],
    },
    // Not a route of the tables: it only points to ASCP, so it asks for no field of its own.
    Route {
        id: "route-other-field",
        studied: &["outside"],
        fields: &["related", "other"],
        training: &[],
        months: None,
        short: false,
        holds: &[],
    },
];

/// Every condition of the route that the visitor's answers do not make true: a route is
/// "yours" only when each of them holds on what the visitor said, not when it is merely open.
fn unmet(route: &Route, said: &Said) -> Vec<&'static str> {
    let mut unmet = Vec::new();
    if !said.bachelor() || !said.is("degree-years", &["four", "three-equivalent"]) {
        unmet.push("a bachelor's equal to a U.S. four-year degree");
    }
    if !said.is("study-country", route.studied) {
        unmet.push("where the visitor studied");
    }
    if !route.fields.is_empty() && !said.is("degree-field", route.fields) {
        unmet.push("the degree field");
    }
    if !route.training.is_empty() && !said.is("training", route.training) {
        unmet.push("the clinical training");
    }
    if !said.is("specialty", &["generalist"]) {
        unmet.push("training in all main areas of the lab");
    }
    if let Some(needed) = route.months {
        match said.months() {
            Some(months) if (months >= needed) != route.short => {}
            _ => unmet.push("the months of experience"),
        }
    }
    let holds_ok = if route.holds.is_empty() {
        said.is("certification", &["mlt", "one-area", "not-yet"])
    } else {
        said.is("certification", route.holds)
    };
    if !holds_ok {
        unmet.push("the certification it starts from");
    }
    unmet
}

fn steps(plan: &Plan) -> BTreeSet<&str> {
    plan.step_ids().into_iter().collect()
}

/// Every way a recommended exam or route contradicts what the visitor said.
fn contradictions(set: &RequirementSet, answers: &Answers) -> Vec<String> {
    let plan =
        plan(set, answers, &Formatting::default(), TODAY).expect("the default set has a path");
    let path = set.path.as_ref().unwrap();
    let has_steps = steps(&plan);
    let has = |id: &str| has_steps.contains(id);
    let said = Said(answers);
    let mut found = Vec::new();
    let mut fail = |why: &str| found.push(why.to_owned());

    for group in path.groups.iter().filter(|group| group.exclusive) {
        let in_group = path
            .steps
            .iter()
            .filter(|step| step.group == group.id && has(&step.id))
            .count();
        if in_group > 1 {
            fail(&format!(
                "exclusive group {} has {in_group} steps",
                group.id
            ));
        }
    }

    let routes: Vec<&str> = has_steps
        .iter()
        .copied()
        .filter(|id| id.starts_with("route-"))
        .collect();
    for route in &ROUTES {
        if has(route.id) {
            let unmet = unmet(route, &said);
            if !unmet.is_empty() {
                fail(&format!("{} is called yours, but not {unmet:?}", route.id));
            }
        }
    }
    assert!(
        routes
            .iter()
            .all(|id| ROUTES.iter().any(|route| route.id == *id)),
        "a route the facts table does not know: {routes:?}"
    );

    let recommends_mls_exam = has("exam-ascpi")
        || has("exam-ascp-us")
        || has("exam-canada")
        || has("amt-option")
        || !routes.is_empty();
    if recommends_mls_exam && said.mls_certified() {
        fail("recommends an MLS exam to someone who already holds MLS");
    }
    if recommends_mls_exam && said.no_bachelor() {
        fail("recommends an MLS exam without a bachelor's degree");
    }
    // The MLS exams and routes ask for training across the main areas (facts §3.2; changelog 5).
    if recommends_mls_exam && said.one_area() {
        fail("recommends an MLS exam or route to someone trained in one area only");
    }
    if has("exam-one-area") != (said.one_area() && exam_open(&said) && !said.three_year()) {
        fail("the one-area exam advice exactly for one-area training with a fitting degree");
    }
    let ascpi = has("exam-ascpi") || routes.iter().any(|id| !id.starts_with("route-us-"));
    if ascpi && said.is("study-country", &["us", "canada"]) {
        fail("recommends MLS(ASCPi) for education in the U.S. or Canada");
    }
    if (ascpi || has("exam-ascp-us") || has("exam-canada")) && said.three_year() {
        fail("recommends an ASCP MLS exam or route for a three-year degree");
    }
    if has("route-1")
        && (!said.is("training", &["internship"]) || said.is("degree-field", &["related", "other"]))
    {
        fail("route 1 needs clinical training and one of the four fields");
    }
    if has("route-3") && !said.is("training", &["two-year-program"]) {
        fail("route 3 needs a two-year program");
    }
    for (route, fields, years) in [
        ("route-2", &["mls", "medtech"][..], 3),
        ("route-4", &["biology", "chemistry"][..], 5),
    ] {
        let needed = years * 12;
        let months = said.months();
        if has(route) && (!said.is("degree-field", fields) || months.is_none_or(|m| m < needed)) {
            fail(&format!(
                "{route} needs {years} years and its fields, got {months:?}"
            ));
        }
        let short = format!("{route}-short");
        if has(&short) {
            let Some(months) = months.filter(|m| *m < needed) else {
                fail(&format!("{short} for {months:?} months"));
                continue;
            };
            let count = |n: i64| format!("{n} month{}", if n == 1 { "" } else { "s" });
            let expected = format!(
                "You have {}, so you need {} more.",
                count(months),
                count(needed - months)
            );
            let text = step_text(&plan, &short);
            if !said.is("degree-field", fields) || !text.contains(&expected) {
                fail(&format!("{short} should say {expected:?}: {text}"));
            }
        }
    }
    if has("route-us-mlt") && !said.is("certification", &["mlt"]) {
        fail("MLS(ASCP) route 2 is for MLT holders");
    }
    if has("exam-needs-bachelor") && !said.no_bachelor() {
        fail("says the exams need a bachelor's to someone who has one");
    }
    if has("keep-certification") != said.mls_certified() {
        fail("keep-certification exactly for MLS holders");
    }

    // The certification step is there as soon as enough is answered to choose it.
    let exam_steps = [
        "keep-certification",
        "exam-ascpi",
        "exam-three-year",
        "exam-canada-three-year",
        "exam-ascp-us",
        "exam-canada",
        "exam-needs-bachelor",
        "exam-one-area",
    ]
    .iter()
    .filter(|id| has(id))
    .count();
    let decidable = said.mls_certified()
        || (said.answered("certification") && said.no_bachelor())
        || (said.answered("certification")
            && said.three_year()
            && said.is("study-country", &["outside", "canada"]))
        || (exam_open(&said) && said.one_area())
        || (exam_open(&said)
            && said.is("specialty", &["generalist"])
            && said.answered("study-country"));
    if decidable && exam_steps != 1 {
        fail(&format!(
            "one certification step once it can be chosen, got {exam_steps}"
        ));
    }
    let route_decidable = said.is("certification", &["mlt", "one-area", "not-yet"])
        && said.is("specialty", &["generalist"])
        && said.bachelor()
        && said.is("degree-years", &["four", "three-equivalent"])
        && said.is("study-country", &["outside"])
        && said.answered("training")
        && said.answered("degree-field")
        && said.months().is_some();
    if route_decidable && routes.len() != 1 {
        fail(&format!("one route once it can be chosen, got {routes:?}"));
    }

    for group in &plan.groups {
        for step in &group.steps {
            if step.title.contains('?')
                || step
                    .text
                    .iter()
                    .any(|text| text.contains('{') || text.contains(" ? "))
            {
                fail(&format!("{} has an unfilled placeholder", step.id));
            }
        }
    }
    found
}

/// Not yet MLS-certified, with a bachelor's equal to a U.S. four-year degree: an exam is open.
fn exam_open(said: &Said) -> bool {
    said.is("certification", &["mlt", "one-area", "not-yet"])
        && said.bachelor()
        && said.is("degree-years", &["four", "three-equivalent"])
}

fn step_text(plan: &Plan, id: &str) -> String {
    plan.groups
        .iter()
        .flat_map(|group| group.steps.iter())
        .filter(|step| step.id == id)
        .flat_map(|step| step.text.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_exam_or_route_contradicts_the_visitors_answers() {
    let set = default_set();
    let months = [
        None,
        Some(0),
        Some(1),
        Some(20),
        Some(35),
        Some(36),
        Some(59),
        Some(60),
        Some(600),
    ]
    .map(|months| months.map(Value::Number))
    .to_vec();
    let dimensions = [
        ("degree-level", choices(&set, "degree-level")),
        ("degree-field", choices(&set, "degree-field")),
        ("degree-years", choices(&set, "degree-years")),
        ("experience-months", months),
        ("certification", choices(&set, "certification")),
        ("study-country", choices(&set, "study-country")),
        ("training", choices(&set, "training")),
        ("specialty", choices(&set, "specialty")),
    ];
    let mut checked = 0;
    let mut failures = Vec::new();
    every_combination(&dimensions, |answers| {
        checked += 1;
        for problem in contradictions(&set, answers) {
            if failures.len() < 20 {
                failures.push(format!("{problem} for {answers:?}"));
            }
        }
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 500_000, "checked {checked} combinations");
}

/// The states the facts file (§5) lists as licensing laboratory staff, Georgia repealed.
const LICENSING: [&str; 12] = [
    "ca", "fl", "hi", "la", "mt", "nv", "ny", "nd", "wv", "pr", "tn", "ri",
];

#[test]
fn immigration_and_license_steps_fit_the_visitors_situation() {
    let set = default_set();
    let dimensions = [
        ("certification", choices(&set, "certification")),
        ("specialty", choices(&set, "specialty")),
        ("visa", choices(&set, "visa")),
        ("english-school", choices(&set, "english-school")),
        ("citizenship", choices(&set, "citizenship")),
        ("work-state", choices(&set, "work-state")),
    ];
    let mut checked = 0;
    let mut failures = Vec::new();
    every_combination(&dimensions, |answers| {
        checked += 1;
        let plan = plan(&set, answers, &Formatting::default(), TODAY).unwrap();
        let has_steps = steps(&plan);
        let has = |id: &str| has_steps.contains(id);
        let said = Said(answers);
        let mut fail = |why: &str| {
            if failures.len() < 20 {
                failures.push(format!("{why} for {answers:?}"));
            }
        };
        let visascreen = has("visascreen") || has("visascreen-status");
        if said.is("visa", &["no"])
            && (visascreen || has("green-card") || has("visascreen-specialist"))
        {
            fail("visa steps for a citizen or green card holder");
        }
        if (has("english-exempt") || has("english-test")) && !visascreen {
            fail("an English test step without VisaScreen");
        }
        if said.is("specialty", &["one-area"]) && visascreen {
            fail("VisaScreen for a one-area specialist, who falls outside it");
        }
        // A change or extension of status needs the certificate too (facts changelog 2).
        if said.is("visa", &["in-us"])
            && said.is("specialty", &["generalist"])
            && !has("visascreen-status")
        {
            fail("no VisaScreen step for a change of status");
        }
        // TN is for citizens of Canada and Mexico who need a work visa (facts changelog 10).
        let needs_visa = said.is("visa", &["abroad", "in-us"]);
        for (step, country) in [("tn-canada", "canada"), ("tn-mexico", "mexico")] {
            if has(step) != (needs_visa && said.is("citizenship", &[country])) {
                fail(&format!(
                    "{step} exactly for citizens of {country} who need a visa"
                ));
            }
        }
        let licenses: Vec<&str> = has_steps
            .iter()
            .copied()
            .filter(|id| id.starts_with("license-"))
            .collect();
        match answers.get("work-state") {
            None if !licenses.is_empty() => fail("a license step before a state is chosen"),
            Some(_) if licenses.len() != 1 => fail("not exactly one license step"),
            Some(Value::Choice(state)) => {
                let expected = match state.as_str() {
                    "ca" | "ny" | "fl" | "tn" | "ri" | "ga" => format!("license-{state}"),
                    "dc" | "gu" | "vi" | "as" | "mp" => "license-dc-territories".into(),
                    "not-sure" => "license-unsure".into(),
                    other if LICENSING.contains(&other) => "license-listed".into(),
                    _ => "license-none".into(),
                };
                if licenses != [expected.as_str()] {
                    fail(&format!("{state}: {licenses:?}, expected {expected}"));
                }
            }
            _ => {}
        }
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 40_000, "checked {checked} combinations");
}

/// "Not sure yet" gets the whole picture (facts §5, §0 item 6): every state and territory that
/// licenses laboratory staff, Tennessee's exemption, Georgia's repeal, the dispute over Rhode
/// Island, and a check with the state's board before accepting a job.
#[test]
fn not_sure_of_the_state_names_every_licensing_state() {
    let set = default_set();
    let answers: Answers = [("work-state", Value::Choice("not-sure".into()))]
        .into_iter()
        .collect();
    let plan = plan(&set, &answers, &Formatting::default(), TODAY).unwrap();
    assert_eq!(plan.step_ids(), ["license-unsure"]);
    let text = step_text(&plan, "license-unsure");
    for name in [
        "California",
        "Florida",
        "Hawaii",
        "Louisiana",
        "Montana",
        "Nevada",
        "New York",
        "North Dakota",
        "West Virginia",
        "Puerto Rico",
        "Tennessee exempts hospital and independent labs",
        "Georgia ended its license in 2021",
        "Rhode Island",
        "licensing board",
        "Before you accept a job",
    ] {
        assert!(text.contains(name), "{name} is missing from: {text}");
    }
}

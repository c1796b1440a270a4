//! Example applicants as data: a persona file names a set and lists visitors, each with answers
//! and what they must get (outcomes, summary, sentences, path steps). The tests run every file in
//! `crates/requirements/tests/personas/`, and the studio runs the ones the licensure team loads;
//! both use [`check`], so a persona passes in one exactly when it passes in the other.

use crate::engine::{asked, evaluate, plan, Answers, Formatting, RequirementSet, Value};
use crate::format::{Fields, FromJson, Json, Location, Number, Problem};

/// A persona file: the set it is for, and its personas.
#[derive(Clone, Debug)]
pub struct PersonaFile {
    /// The `name` of the set.
    pub set: String,
    /// The example applicants.
    pub personas: Vec<Persona>,
}

/// One example applicant: answers in, expected results out.
#[derive(Clone, Debug)]
pub struct Persona {
    /// Who they are, in words.
    pub persona: String,
    /// Question id → option id or number.
    pub answers: Answers,
    /// Requirement id → `met`, `not-met`, `ask` or `not-answered`.
    pub expect: Vec<(String, String)>,
    /// `nothing-answered`, `so-far`, `all-met`, `ask` or `gaps`.
    pub summary: String,
    /// Sentences the visitor must read in the guidance.
    pub says: Vec<String>,
    /// Sentences the visitor must not read: advice that does not apply to them.
    pub never_says: Vec<String>,
    /// The ids of the path's steps the visitor gets, in order, when the file says.
    pub path: Option<Vec<String>>,
    /// Words the path's titles and texts must contain.
    pub path_says: Vec<String>,
}

/// A JSON object's members as (name, value) pairs, each read by `read`.
fn members<T>(
    value: &Json,
    at: &Location,
    read: impl Fn(&Json, &Location) -> Result<T, Problem>,
) -> Result<Vec<(String, T)>, Problem> {
    let Json::Object(members) = value else {
        return Err(at.problem(format!("expected an object, found {}", value.kind())));
    };
    members
        .iter()
        .map(|(name, value)| Ok((name.clone(), read(value, &Location::Member(at, name))?)))
        .collect()
}

impl FromJson for Persona {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &[
                "persona",
                "answers",
                "expect",
                "summary",
                "says",
                "never_says",
                "path",
                "path_says",
            ],
        )?;
        let member = |name: &str| match value {
            Json::Object(all) => all
                .iter()
                .find(|(member, _)| member == name)
                .map(|(_, value)| value),
            _ => None,
        };
        let answers_at = Location::Member(at, "answers");
        let answers = members(
            member("answers").unwrap_or(&Json::Object(Vec::new())),
            &answers_at,
            |value, at| match value {
                Json::Number(Number::Whole(n)) => Ok(Value::Number(*n)),
                Json::String(option) => Ok(Value::Choice(option.clone())),
                other => Err(at.problem(format!(
                    "an answer is an option id or a whole number, not {}",
                    other.kind()
                ))),
            },
        )?;
        let expect_at = Location::Member(at, "expect");
        let expect = match member("expect") {
            Some(expect) => members(expect, &expect_at, String::from_json)?,
            None => return Err(at.problem("missing field `expect`".into())),
        };
        Ok(Persona {
            persona: fields.required("persona")?,
            answers: answers.into_iter().collect(),
            expect,
            summary: fields.required("summary")?,
            says: fields.or_default("says")?,
            never_says: fields.or_default("never_says")?,
            path: fields.optional("path")?,
            path_says: fields.or_default("path_says")?,
        })
    }
}

/// Reads a persona file's text.
pub fn read_personas(text: &str) -> Result<PersonaFile, Problem> {
    let json = Json::parse(text)?;
    let fields = Fields::of(&json, &Location::Root, &["set", "personas"])?;
    Ok(PersonaFile {
        set: fields.required("set")?,
        personas: fields.required("personas")?,
    })
}

/// What `persona` gets from `set` that the file does not expect, each failure in a sentence; an
/// outcome that differs carries the rule trace that decided it. Empty when the persona passes.
pub fn check(set: &RequirementSet, persona: &Persona) -> Vec<String> {
    let mut failures = Vec::new();
    let verdict = evaluate(set, &persona.answers, &Formatting::default());
    let mut got: Vec<(String, String)> = verdict
        .findings
        .iter()
        .map(|finding| {
            (
                finding.requirement.clone(),
                finding.outcome.kind().to_owned(),
            )
        })
        .collect();
    let mut expected = persona.expect.clone();
    got.sort();
    expected.sort();
    if got != expected {
        let counted = asked(set, &persona.answers);
        let traces: String = set
            .requirements
            .iter()
            .map(|requirement| {
                let trace = requirement.condition.trace(counted.answers());
                format!("{}:\n{trace}", requirement.id)
            })
            .collect();
        failures.push(format!("expected {expected:?}, got {got:?}\n{traces}"));
    }
    if verdict.summary().kind() != persona.summary {
        failures.push(format!(
            "summary {}, expected {}",
            verdict.summary().kind(),
            persona.summary
        ));
    }
    let guidance = verdict
        .findings
        .iter()
        .flat_map(|finding| finding.guidance.iter())
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
    for sentence in &persona.says {
        if !guidance.contains(sentence.as_str()) {
            failures.push(format!("does not say {sentence:?}; says:\n{guidance}"));
        }
    }
    for sentence in &persona.never_says {
        if guidance.contains(sentence.as_str()) {
            failures.push(format!("should not say {sentence:?}"));
        }
    }
    if let Some(expected) = &persona.path {
        let planned = plan(
            set,
            &persona.answers,
            &Formatting::default(),
            &set.effective,
        )
        .unwrap_or_default();
        let got = planned.step_ids();
        if got != *expected {
            failures.push(format!("path {got:?}, expected {expected:?}"));
        }
        let written: String = planned
            .groups
            .iter()
            .flat_map(|group| group.steps.iter())
            .flat_map(|step| std::iter::once(step.title.clone()).chain(step.text.iter().cloned()))
            .collect::<Vec<_>>()
            .join("\n");
        for words in &persona.path_says {
            if !written.contains(words.as_str()) {
                failures.push(format!("the path does not say {words:?}"));
            }
        }
    }
    failures
}

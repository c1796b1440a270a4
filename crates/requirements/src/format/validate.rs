use std::collections::HashSet;
use std::fmt;

use super::document::{
    ConditionDocument, PathDocument, QuestionDocument, RequirementDocument, SetDocument,
};
use super::fields::{FromJson, Location};
use super::json::Json;
use super::template::{placeholders, Placeholder};
use super::{
    ChoiceOption, Condition, Confidence, Criterion, GapRule, Group, Part, Path, Question,
    QuestionKind, Requirement, RequirementSet, Source, Step, Unit,
};

/// The format tag every requirement-set document carries.
pub const FORMAT: &str = "mt-eligibility/requirements@1";
/// The largest document accepted, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;
/// The most requirements a set may hold.
pub const MAX_REQUIREMENTS: usize = 200;

/// One thing wrong with a document, at a JSON path such as `$.requirements[1].condition.answer`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Parses, reads and checks a document's text: what the widget does with every set it is given.
/// A field of the wrong shape is reported at its JSON path, like every other problem.
pub fn read_text(text: &str) -> Result<RequirementSet, Vec<Problem>> {
    if let Some(problem) = too_large(text.len()) {
        return Err(vec![problem]);
    }
    let json = Json::parse(text).map_err(|problem| vec![problem])?;
    let document =
        SetDocument::from_json(&json, &Location::Root).map_err(|problem| vec![problem])?;
    validate(&document)
}

/// A problem if a document of `bytes` bytes is larger than a set may be; checked before parsing.
pub fn too_large(bytes: usize) -> Option<Problem> {
    (bytes > MAX_BYTES).then(|| Problem {
        path: "$".into(),
        message: format!("the document is {bytes} bytes; at most {MAX_BYTES} are allowed"),
    })
}

/// Checks a document against every rule of the format. Either all of it is usable, or nothing is:
/// a set with a problem is never half-used.
pub fn validate(document: &SetDocument) -> Result<RequirementSet, Vec<Problem>> {
    let mut check = Checker::default();
    check.equal("$.format", &document.format, FORMAT);
    check.slug("$.name", &document.name);
    for (path, text) in [
        ("$.title", &document.title),
        ("$.version", &document.version),
        ("$.heading", &document.heading),
        ("$.intro", &document.intro),
    ] {
        check.present(path, text);
    }
    check.date("$.effective", &document.effective);

    check.non_empty("$.questions", document.questions.len());
    // The check's questions and the path's share one namespace: conditions may use either.
    let question_documents: Vec<(String, &QuestionDocument, Part)> = document
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| (format!("$.questions[{index}]"), question, Part::Check))
        .chain(document.path.iter().flat_map(|path| {
            path.questions.iter().enumerate().map(|(index, question)| {
                (format!("$.path.questions[{index}]"), question, Part::Path)
            })
        }))
        .collect();
    let mut question_ids = HashSet::new();
    for (path, question, _) in &question_documents {
        if !question_ids.insert(question.id.as_str()) {
            check.problem(
                format!("{path}.id"),
                format!("duplicate id {:?}", question.id),
            );
        }
    }
    let questions: Vec<Question> = question_documents
        .iter()
        .filter_map(|(path, question, part)| {
            let mut checked = check.question(path, question)?;
            checked.part = *part;
            Some(checked)
        })
        .collect();
    let partial = RequirementSet {
        name: document.name.clone(),
        title: document.title.clone(),
        version: document.version.clone(),
        effective: document.effective.clone(),
        heading: document.heading.clone(),
        intro: document.intro.clone(),
        questions,
        requirements: Vec::new(),
        path: None,
    };
    // Conditions inside questions can only be checked once every question is known. An
    // `ask_when` may look only at questions asked before its own: the widget decides what is
    // asked in one pass, in order.
    let questions: Vec<Question> = question_documents
        .iter()
        .enumerate()
        .filter_map(|(index, (path, question, _))| {
            let mut checked = partial.question(&question.id)?.clone();
            checked.ask_when = match &question.ask_when {
                Some(condition) => {
                    let at = format!("{path}.ask_when");
                    let condition = check.condition(&at, condition, &partial)?;
                    for looked_at in condition.questions() {
                        let earlier = question_documents[..index]
                            .iter()
                            .any(|(_, earlier, _)| earlier.id == looked_at);
                        if !earlier {
                            let which = if looked_at == question.id {
                                "itself"
                            } else {
                                "a question asked after it"
                            };
                            check.problem(
                                at.clone(),
                                format!("a question may only depend on questions asked before it; {looked_at:?} is {which}"),
                            );
                        }
                    }
                    Some(condition)
                }
                None => None,
            };
            Some(checked)
        })
        .collect();
    let path = document
        .path
        .as_ref()
        .and_then(|path| check.path(path, &partial));

    check.non_empty("$.requirements", document.requirements.len());
    if document.requirements.len() > MAX_REQUIREMENTS {
        check.problem(
            "$.requirements".into(),
            format!(
                "{} requirements; at most {MAX_REQUIREMENTS} are allowed",
                document.requirements.len()
            ),
        );
    }
    let mut requirement_ids = HashSet::new();
    let requirements: Vec<Requirement> = document
        .requirements
        .iter()
        .enumerate()
        .filter_map(|(index, requirement)| {
            let path = format!("$.requirements[{index}]");
            if !requirement_ids.insert(requirement.id.as_str()) {
                check.problem(
                    format!("{path}.id"),
                    format!("duplicate id {:?}", requirement.id),
                );
            }
            check.requirement(&path, requirement, &partial)
        })
        .collect();

    if check.problems.is_empty() {
        Ok(RequirementSet {
            questions,
            requirements,
            path,
            ..partial
        })
    } else {
        Err(check.problems)
    }
}

/// Collects problems while converting, so the author sees all of them at once.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, path: String, message: String) {
        self.problems.push(Problem { path, message });
    }

    fn present(&mut self, path: &str, text: &str) -> bool {
        let present = !text.trim().is_empty();
        if !present {
            self.problem(path.into(), "must not be empty".into());
        }
        present
    }

    fn equal(&mut self, path: &str, text: &str, expected: &str) {
        if text != expected {
            self.problem(path.into(), format!("must be {expected:?}, not {text:?}"));
        }
    }

    fn non_empty(&mut self, path: &str, len: usize) {
        if len == 0 {
            self.problem(path.into(), "must not be empty".into());
        }
    }

    fn slug(&mut self, path: &str, id: &str) -> bool {
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            self.problem(
                path.into(),
                format!("{id:?} must be lower-case letters, digits and hyphens"),
            );
        }
        valid
    }

    fn date(&mut self, path: &str, date: &str) {
        let bytes = date.as_bytes();
        let shape = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        let number = |range: std::ops::Range<usize>| {
            date.get(range)
                .and_then(|part| part.parse::<u32>().ok())
                .unwrap_or(0)
        };
        if !shape || !(1..=12).contains(&number(5..7)) || !(1..=31).contains(&number(8..10)) {
            self.problem(
                path.into(),
                format!("{date:?} is not a date written YYYY-MM-DD"),
            );
        }
    }

    fn url(&mut self, path: &str, url: &str) {
        let lower = url.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        let valid = rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
            && !url.chars().any(|c| c.is_whitespace() || c.is_control());
        if !valid {
            self.problem(path.into(), format!("{url:?} is not an http(s) link"));
        }
    }

    fn question(&mut self, path: &str, question: &QuestionDocument) -> Option<Question> {
        let id_ok = self.slug(&format!("{path}.id"), &question.id);
        let label_ok = self.present(&format!("{path}.label"), &question.label);
        let kind = match question.kind.as_str() {
            "choice" => {
                self.non_empty(&format!("{path}.options"), question.options.len());
                let mut ids = HashSet::new();
                let options = question
                    .options
                    .iter()
                    .enumerate()
                    .map(|(index, option)| {
                        let at = format!("{path}.options[{index}]");
                        self.slug(&format!("{at}.id"), &option.id);
                        self.present(&format!("{at}.label"), &option.label);
                        if !ids.insert(option.id.as_str()) {
                            self.problem(
                                format!("{at}.id"),
                                format!("duplicate option id {:?}", option.id),
                            );
                        }
                        ChoiceOption {
                            id: option.id.clone(),
                            label: option.label.clone(),
                            phrase: option
                                .phrase
                                .clone()
                                .unwrap_or_else(|| option.label.clone()),
                        }
                    })
                    .collect();
                self.only_for(path, "choice", question, &["min", "max", "unit"]);
                Some(QuestionKind::Choice(options))
            }
            "yes-no" => {
                self.only_for(path, "yes-no", question, &["options", "min", "max", "unit"]);
                Some(QuestionKind::Choice(
                    [("yes", "Yes"), ("no", "No")]
                        .map(|(id, label)| ChoiceOption {
                            id: id.into(),
                            label: label.into(),
                            phrase: id.into(),
                        })
                        .into(),
                ))
            }
            "whole-number" => {
                self.only_for(path, "whole-number", question, &["options"]);
                match (question.min, question.max) {
                    (Some(min), Some(max)) if min > max => {
                        self.problem(
                            format!("{path}.min"),
                            format!(
                                "the bounds are the wrong way round: min {min} is above max {max}"
                            ),
                        );
                        None
                    }
                    (Some(min), Some(max)) => Some(QuestionKind::WholeNumber {
                        min,
                        max,
                        unit: question
                            .unit
                            .as_ref()
                            .map(|unit| Unit {
                                one: unit.one.clone(),
                                other: unit.other.clone(),
                            })
                            .unwrap_or_default(),
                    }),
                    _ => {
                        self.problem(
                            path.into(),
                            "a whole-number question needs both min and max".into(),
                        );
                        None
                    }
                }
            }
            other => {
                self.problem(
                    format!("{path}.kind"),
                    format!("{other:?} is not one of choice, yes-no, whole-number"),
                );
                None
            }
        };
        let kind = kind?;
        (id_ok && label_ok).then(|| Question {
            id: question.id.clone(),
            label: question.label.clone(),
            help: question.help.clone(),
            kind,
            ask_when: None,
            part: Part::Check,
        })
    }

    /// Reports fields that make no sense for this kind of question.
    fn only_for(
        &mut self,
        path: &str,
        kind: &str,
        question: &QuestionDocument,
        unexpected: &[&str],
    ) {
        for field in unexpected {
            let present = match *field {
                "options" => !question.options.is_empty(),
                "min" => question.min.is_some(),
                "max" => question.max.is_some(),
                _ => question.unit.is_some(),
            };
            if present {
                self.problem(
                    format!("{path}.{field}"),
                    format!("a {kind} question has no {field}"),
                );
            }
        }
    }

    fn condition(
        &mut self,
        path: &str,
        condition: &ConditionDocument,
        set: &RequirementSet,
    ) -> Option<Condition> {
        let ConditionDocument {
            all,
            any,
            not,
            answer,
            one_of,
            at_least,
            at_most,
        } = condition;
        let forms = [
            all.is_some(),
            any.is_some(),
            not.is_some(),
            answer.is_some(),
        ]
        .iter()
        .filter(|form| **form)
        .count();
        if forms != 1 {
            self.problem(
                path.into(),
                "a condition has exactly one of: all, any, not, answer".into(),
            );
            return None;
        }
        let list = |check: &mut Checker,
                    key: &str,
                    parts: &[ConditionDocument]|
         -> Option<Vec<Condition>> {
            if parts.is_empty() {
                check.problem(format!("{path}.{key}"), "must not be empty".into());
            }
            let parts: Vec<Option<Condition>> = parts
                .iter()
                .enumerate()
                .map(|(index, part)| check.condition(&format!("{path}.{key}[{index}]"), part, set))
                .collect();
            parts.into_iter().collect()
        };
        if let Some(parts) = all {
            return list(self, "all", parts).map(Condition::All);
        }
        if let Some(parts) = any {
            return list(self, "any", parts).map(Condition::Any);
        }
        if let Some(inner) = not {
            return self
                .condition(&format!("{path}.not"), inner, set)
                .map(|inner| Condition::Not(Box::new(inner)));
        }
        let question_id = answer.as_deref().unwrap_or_default();
        let Some(question) = set.question(question_id) else {
            self.problem(
                format!("{path}.answer"),
                format!("unknown question id {question_id:?}"),
            );
            return None;
        };
        let comparisons = [one_of.is_some(), at_least.is_some(), at_most.is_some()]
            .iter()
            .filter(|c| **c)
            .count();
        if comparisons != 1 {
            self.problem(
                path.into(),
                "an answer condition has exactly one of: in, at_least, at_most".into(),
            );
            return None;
        }
        match (&question.kind, one_of, at_least, at_most) {
            (QuestionKind::Choice(options), Some(wanted), _, _) => {
                if wanted.is_empty() {
                    self.problem(format!("{path}.in"), "must not be empty".into());
                }
                let mut known = true;
                for (index, id) in wanted.iter().enumerate() {
                    if !options.iter().any(|option| option.id == *id) {
                        self.problem(
                            format!("{path}.in[{index}]"),
                            format!("{question_id:?} has no option {id:?}"),
                        );
                        known = false;
                    }
                }
                known.then(|| Condition::In {
                    question: question_id.into(),
                    options: wanted.clone(),
                })
            }
            (QuestionKind::WholeNumber { min, max, .. }, None, Some(value), None) => self
                .within(&format!("{path}.at_least"), *value, *min, *max)
                .then(|| Condition::AtLeast {
                    question: question_id.into(),
                    value: *value,
                }),
            (QuestionKind::WholeNumber { min, max, .. }, None, None, Some(value)) => self
                .within(&format!("{path}.at_most"), *value, *min, *max)
                .then(|| Condition::AtMost {
                    question: question_id.into(),
                    value: *value,
                }),
            (QuestionKind::Choice(_), ..) => {
                self.problem(
                    path.into(),
                    format!("{question_id:?} is a choice: compare it with in, not a number"),
                );
                None
            }
            (QuestionKind::WholeNumber { .. }, ..) => {
                self.problem(
                    path.into(),
                    format!(
                        "{question_id:?} is a number: compare it with at_least or at_most, not in"
                    ),
                );
                None
            }
        }
    }

    fn requirement(
        &mut self,
        path: &str,
        requirement: &RequirementDocument,
        set: &RequirementSet,
    ) -> Option<Requirement> {
        self.slug(&format!("{path}.id"), &requirement.id);
        self.present(&format!("{path}.title"), &requirement.title);
        self.present(&format!("{path}.rule"), &requirement.rule);
        self.present(&format!("{path}.met"), &requirement.met);
        self.present(&format!("{path}.unanswered"), &requirement.unanswered);
        self.non_empty(&format!("{path}.not_met"), requirement.not_met.len());
        self.present(&format!("{path}.source.title"), &requirement.source.title);
        self.url(&format!("{path}.source.url"), &requirement.source.url);
        self.date(&format!("{path}.verified"), &requirement.verified);
        let criterion = match requirement.criterion.as_str() {
            "agency" => Some(Criterion::Agency),
            "external" => Some(Criterion::External),
            other => {
                self.problem(
                    format!("{path}.criterion"),
                    format!("{other:?} is not one of agency, external"),
                );
                None
            }
        };
        let confidence = self.confidence(&format!("{path}.confidence"), &requirement.confidence);
        // Unverified facts are never stated as fact: the rule itself says whom to check with.
        if confidence == Some(Confidence::Unverified)
            && !requirement.rule.to_ascii_lowercase().contains("check with")
        {
            self.problem(
                format!("{path}.rule"),
                "an unverified rule must be worded as \"check with …\"".into(),
            );
        }
        let condition = self.condition(&format!("{path}.condition"), &requirement.condition, set);
        let gaps: Vec<Option<GapRule>> = requirement
            .gaps
            .iter()
            .enumerate()
            .map(|(index, gap)| {
                let at = format!("{path}.gaps[{index}]");
                self.non_empty(&format!("{at}.advice"), gap.advice.len());
                for (line, advice) in gap.advice.iter().enumerate() {
                    self.texts(&format!("{at}.advice[{line}]"), advice, set);
                }
                let when = self.condition(&format!("{at}.when"), &gap.when, set)?;
                Some(GapRule {
                    when,
                    advice: gap.advice.clone(),
                })
            })
            .collect();
        self.texts(&format!("{path}.met"), &requirement.met, set);
        for (line, advice) in requirement.not_met.iter().enumerate() {
            self.texts(&format!("{path}.not_met[{line}]"), advice, set);
        }
        Some(Requirement {
            id: requirement.id.clone(),
            title: requirement.title.clone(),
            description: requirement.description.clone(),
            criterion: criterion?,
            confidence: confidence?,
            condition: condition?,
            rule: requirement.rule.clone(),
            met: requirement.met.clone(),
            unanswered: requirement.unanswered.clone(),
            not_met: requirement.not_met.clone(),
            gaps: gaps.into_iter().collect::<Option<Vec<_>>>()?,
            source: Source {
                title: requirement.source.title.clone(),
                url: requirement.source.url.clone(),
            },
            verified: requirement.verified.clone(),
        })
    }

    fn path(&mut self, path: &PathDocument, set: &RequirementSet) -> Option<Path> {
        self.present("$.path.heading", &path.heading);
        self.present("$.path.intro", &path.intro);
        self.non_empty("$.path.questions", path.questions.len());
        self.non_empty("$.path.steps", path.steps.len());
        let mut group_ids = HashSet::new();
        let groups: Vec<Group> = path
            .groups
            .iter()
            .enumerate()
            .map(|(index, group)| {
                let at = format!("$.path.groups[{index}]");
                self.slug(&format!("{at}.id"), &group.id);
                self.present(&format!("{at}.title"), &group.title);
                if !group_ids.insert(group.id.as_str()) {
                    self.problem(format!("{at}.id"), format!("duplicate id {:?}", group.id));
                }
                Group {
                    id: group.id.clone(),
                    title: group.title.clone(),
                    exclusive: group.exclusive,
                }
            })
            .collect();
        let mut step_ids = HashSet::new();
        let steps: Vec<Option<Step>> = path
            .steps
            .iter()
            .enumerate()
            .map(|(index, step)| {
                let at = format!("$.path.steps[{index}]");
                self.slug(&format!("{at}.id"), &step.id);
                if !step_ids.insert(step.id.as_str()) {
                    self.problem(format!("{at}.id"), format!("duplicate id {:?}", step.id));
                }
                if !group_ids.contains(step.group.as_str()) {
                    self.problem(
                        format!("{at}.group"),
                        format!("unknown group {:?}", step.group),
                    );
                }
                self.present(&format!("{at}.title"), &step.title);
                self.texts(&format!("{at}.title"), &step.title, set);
                self.non_empty(&format!("{at}.text"), step.text.len());
                for (line, text) in step.text.iter().enumerate() {
                    self.texts(&format!("{at}.text[{line}]"), text, set);
                }
                self.present(&format!("{at}.source.title"), &step.source.title);
                self.url(&format!("{at}.source.url"), &step.source.url);
                self.date(&format!("{at}.verified"), &step.verified);
                let confidence = self.confidence(&format!("{at}.confidence"), &step.confidence);
                if confidence == Some(Confidence::Unverified)
                    && !step
                        .text
                        .iter()
                        .any(|text| text.to_ascii_lowercase().contains("check with"))
                {
                    self.problem(
                        format!("{at}.text"),
                        "an unverified step must be worded as \"check with …\"".into(),
                    );
                }
                let when = self.condition(&format!("{at}.when"), &step.when, set);
                Some(Step {
                    id: step.id.clone(),
                    group: step.group.clone(),
                    title: step.title.clone(),
                    when: when?,
                    text: step.text.clone(),
                    confidence: confidence?,
                    source: Source {
                        title: step.source.title.clone(),
                        url: step.source.url.clone(),
                    },
                    verified: step.verified.clone(),
                })
            })
            .collect();
        Some(Path {
            heading: path.heading.clone(),
            intro: path.intro.clone(),
            groups,
            steps: steps.into_iter().collect::<Option<Vec<_>>>()?,
        })
    }

    /// Whether a bound lies within its question's range; a bound outside it decides nothing
    /// the range has not decided already, so it is a mistake.
    fn within(&mut self, path: &str, value: i64, min: i64, max: i64) -> bool {
        let inside = (min..=max).contains(&value);
        if !inside {
            self.problem(
                path.into(),
                format!("{value} is outside the question's range, {min} to {max}"),
            );
        }
        inside
    }

    fn confidence(&mut self, path: &str, confidence: &str) -> Option<Confidence> {
        match confidence {
            "primary" => Some(Confidence::Primary),
            "secondary" => Some(Confidence::Secondary),
            "unverified" => Some(Confidence::Unverified),
            other => {
                self.problem(
                    path.into(),
                    format!("{other:?} is not one of primary, secondary, unverified"),
                );
                None
            }
        }
    }

    /// Every placeholder names a question, and `{missing:…}` a whole-number one.
    fn texts(&mut self, path: &str, text: &str, set: &RequirementSet) {
        for placeholder in placeholders(text) {
            let (question_id, needs_number) = match placeholder {
                Placeholder::Answer(question) => (question, false),
                Placeholder::Missing(question) => (question, true),
            };
            match set.question(question_id).map(|question| &question.kind) {
                None => self.problem(path.into(), format!("{{{question_id}}} names no question")),
                Some(QuestionKind::Choice(_)) if needs_number => self.problem(
                    path.into(),
                    format!("{{missing:{question_id}}} needs a whole-number question"),
                ),
                Some(_) => {}
            }
        }
    }
}

use std::fmt;

use super::document::{
    BulletinDocument, ConditionDocument, KindDocument, NoticeDocument, PathDocument,
    QuestionDocument, RequirementDocument, SetDocument, SourceDocument, TimingDocument,
};
use super::fields::{FromJson, Location};
use super::json::Json;
use super::template::{placeholders, Placeholder};
use super::{
    AskRule, Bulletin, ChoiceOption, Condition, Confidence, GapRule, Group, Line, Notice, Part,
    Path, Question, QuestionKind, Requirement, RequirementSet, Source, Step, Timing, Unit,
};
use crate::engine::calendar::{day, is_month, months_behind};

/// The most days a set may call a date fresh: ten years.
const MAX_FRESH_DAYS: i64 = 3650;

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

impl std::error::Error for Problem {}

/// Parses, reads and checks a document's text: what the widget does with every set it is given.
/// A field of the wrong shape is reported at its JSON path, like every other problem.
pub fn read_text(text: &str) -> Result<RequirementSet, Vec<Problem>> {
    if let Some(problem) = too_large(text.len()) {
        return Err(vec![problem]);
    }
    let json = Json::parse(text).map_err(|problem| vec![problem])?;
    let document =
        SetDocument::from_json(&json, &Location::Root).map_err(|problem| vec![problem])?;
    validate(document)
}

/// A problem if a document of `bytes` bytes is larger than a set may be; checked before parsing.
pub(super) fn too_large(bytes: usize) -> Option<Problem> {
    (bytes > MAX_BYTES).then(|| Problem {
        path: "$".into(),
        message: format!("the document is {bytes} bytes; at most {MAX_BYTES} are allowed"),
    })
}

/// Checks a document against every rule of the format, and turns it into the set the engine
/// runs, its texts moved rather than copied. Either all of it is usable, or nothing is: a set
/// with a problem is never half-used.
pub fn validate(document: SetDocument) -> Result<RequirementSet, Vec<Problem>> {
    let SetDocument {
        schema: _,
        format,
        name,
        title,
        version,
        effective,
        language,
        translations,
        heading,
        intro,
        questions,
        requirements,
        path,
    } = document;
    let mut check = Checker::default();
    check.equal("$.format", &format, FORMAT);
    check.slug("$.name", &name);
    for (at, text) in [
        ("$.title", &title),
        ("$.version", &version),
        ("$.heading", &heading),
        ("$.intro", &intro),
    ] {
        check.present(at, text);
    }
    check.date("$.effective", &effective);
    let language = language.unwrap_or_else(|| "en".into());
    check.language("$.language", &language);
    check.check_with = CHECK_WITH
        .iter()
        .find(|(tag, _)| *tag == language)
        .map_or(&[], |(_, phrases)| phrases);
    for (index, other) in translations.iter().enumerate() {
        let at = format!("$.translations[{index}]");
        if check.language(&at, other)
            && (*other == language || translations[..index].contains(other))
        {
            check.problem(at, format!("\"{other}\" is listed twice"));
        }
    }
    check.non_empty("$.questions", questions.len());

    // The check's questions and the path's share one namespace, in one order: conditions may use
    // either. Their ask_when conditions are set aside until every question is known.
    let (path, path_questions) = match path {
        Some(mut path) => {
            let questions = std::mem::take(&mut path.questions);
            (Some(path), questions)
        }
        None => (None, Vec::new()),
    };
    let path_question_count = path_questions.len();
    let mut question_ids = Vec::new();
    let mut asks = Vec::new();
    let mut checked = Vec::new();
    let parts = [
        ("$.questions", questions, Part::Check),
        ("$.path.questions", path_questions, Part::Path),
    ];
    for (list, questions, part) in parts {
        for (index, mut question) in questions.into_iter().enumerate() {
            let at = format!("{list}[{index}]");
            check.unique(&at, "id", &question.id, &mut question_ids, "id");
            asks.push((at.clone(), question.id.clone(), question.ask_when.take()));
            if let Some(mut question) = check.question(&at, question) {
                question.part = part;
                checked.push(question);
            }
        }
    }
    let mut set = RequirementSet {
        name,
        title,
        version,
        effective,
        heading,
        intro,
        questions: checked,
        requirements: Vec::new(),
        path: None,
        language,
        translations,
        unreviewed: 0,
    };
    // An `ask_when` may look only at questions asked before its own: the widget decides what
    // is asked in one pass, in order.
    for (index, (at, id, ask_when)) in asks.iter().enumerate() {
        let Some(ask_when) = ask_when else { continue };
        let at = format!("{at}.ask_when");
        let Some(condition) = check.condition(&at, ask_when, &set) else {
            continue;
        };
        for looked_at in condition.questions() {
            if !asks[..index]
                .iter()
                .any(|(_, earlier, _)| earlier == looked_at)
            {
                let which = if looked_at == id {
                    "itself"
                } else {
                    "a question asked after it"
                };
                check.problem(
                    at.clone(),
                    format!("a question may only depend on questions asked before it; \"{looked_at}\" is {which}"),
                );
            }
        }
        if let Some(question) = set.questions.iter_mut().find(|question| question.id == *id) {
            question.ask_when = Some(condition);
        }
    }

    let path = path.and_then(|path| check.path(path, path_question_count, &set));
    check.non_empty("$.requirements", requirements.len());
    if requirements.len() > MAX_REQUIREMENTS {
        check.problem(
            "$.requirements".into(),
            format!(
                "{} requirements; at most {MAX_REQUIREMENTS} are allowed",
                requirements.len()
            ),
        );
    }
    let mut requirement_ids = Vec::new();
    let mut read = Vec::with_capacity(requirements.len());
    for (index, requirement) in requirements.into_iter().enumerate() {
        let at = format!("$.requirements[{index}]");
        check.unique(&at, "id", &requirement.id, &mut requirement_ids, "id");
        read.extend(check.requirement(&at, requirement, &set));
    }
    let requirements = read;

    if check.problems.is_empty() {
        Ok(RequirementSet {
            requirements,
            path,
            ..set
        })
    } else {
        Err(check.problems)
    }
}

/// How each language says whom to check with, which unverified texts must do. A language not
/// listed here cannot be held to it, so its sets are refused until it is added.
const CHECK_WITH: [(&str, &[&str]); 2] = [
    ("en", &["check with"]),
    ("es", &["consulte con", "confirme con"]),
];

/// Collects problems while converting, so the author sees all of them at once.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// The phrases of the set's language from [`CHECK_WITH`].
    check_with: &'static [&'static str],
}

impl Checker {
    fn says_check_with(&self, text: &str) -> bool {
        // A plain scan, not `str::contains`: its two-way searcher costs the widget 2 KB of code.
        let text = text.to_ascii_lowercase();
        self.check_with.iter().any(|phrase| {
            let phrase = phrase.as_bytes();
            text.as_bytes()
                .windows(phrase.len().max(1))
                .any(|window| window == phrase)
        })
    }

    fn check_with_message(&self, what: &str) -> String {
        match self.check_with.first() {
            Some(phrase) => format!("{what} must be worded as \"{phrase} …\""),
            None => format!("{what} must say whom to check with, and this language has no such phrase on record yet"),
        }
    }

    fn problem(&mut self, path: String, message: String) {
        self.problems.push(Problem { path, message });
    }

    /// Records the `field` `value` among those `seen`; a second one is a problem at `{at}.{field}`.
    /// A list, not a hash set: a set has tens of ids, and the widget's download would carry a
    /// hash table's code.
    fn unique(&mut self, at: &str, field: &str, value: &str, seen: &mut Vec<String>, what: &str) {
        if seen.iter().any(|known| known == value) {
            self.problem(
                format!("{at}.{field}"),
                format!("duplicate {what} \"{value}\""),
            );
        } else {
            seen.push(value.to_owned());
        }
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
            self.problem(
                path.into(),
                format!("must be \"{expected}\", not \"{text}\""),
            );
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
                format!("\"{id}\" must be lower-case letters, digits and hyphens"),
            );
        }
        valid
    }

    /// A plain language tag, two or three lower-case letters (`es`, not `es-PR`): regions use
    /// their language's text.
    fn language(&mut self, path: &str, tag: &str) -> bool {
        let valid = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
        if !valid {
            self.problem(
                path.into(),
                format!(
                    "\"{tag}\" is not a language: two or three lower-case letters, such as \"es\""
                ),
            );
        }
        valid
    }

    fn date(&mut self, path: &str, date: &str) {
        if day(date).is_none() {
            self.problem(
                path.into(),
                format!("\"{date}\" is not a date written YYYY-MM-DD"),
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
            self.problem(path.into(), format!("\"{url}\" is not an http(s) link"));
        }
    }

    fn source(&mut self, path: &str, source: SourceDocument) -> Source {
        self.present(&format!("{path}.title"), &source.title);
        self.url(&format!("{path}.url"), &source.url);
        Source {
            title: source.title,
            url: source.url,
        }
    }

    fn question(&mut self, path: &str, question: QuestionDocument) -> Option<Question> {
        let id_ok = self.slug(&format!("{path}.id"), &question.id);
        let label_ok = self.present(&format!("{path}.label"), &question.label);
        let QuestionDocument {
            id,
            label,
            help,
            kind,
            options,
            min,
            max,
            unit,
            ask_when: _,
        } = question;
        let unexpected = |check: &mut Checker, name: &str, present: bool| {
            if present {
                let kind = match kind {
                    KindDocument::Choice => "choice",
                    KindDocument::YesNo => "yes-no",
                    KindDocument::WholeNumber => "whole-number",
                };
                check.problem(
                    format!("{path}.{name}"),
                    format!("a {kind} question has no {name}"),
                );
            }
        };
        let kind = match kind {
            KindDocument::Choice => {
                self.non_empty(&format!("{path}.options"), options.len());
                let mut ids = Vec::new();
                let mut read = Vec::with_capacity(options.len());
                for (index, option) in options.into_iter().enumerate() {
                    let at = format!("{path}.options[{index}]");
                    self.slug(&format!("{at}.id"), &option.id);
                    self.present(&format!("{at}.label"), &option.label);
                    self.unique(&at, "id", &option.id, &mut ids, "option id");
                    read.push(ChoiceOption {
                        phrase: option.phrase.unwrap_or_else(|| option.label.clone()),
                        id: option.id,
                        label: option.label,
                    });
                }
                let options = read;
                unexpected(self, "min", min.is_some());
                unexpected(self, "max", max.is_some());
                unexpected(self, "unit", unit.is_some());
                Some(QuestionKind::Choice(options))
            }
            KindDocument::YesNo => {
                unexpected(self, "options", !options.is_empty());
                unexpected(self, "min", min.is_some());
                unexpected(self, "max", max.is_some());
                unexpected(self, "unit", unit.is_some());
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
            KindDocument::WholeNumber => {
                unexpected(self, "options", !options.is_empty());
                match (min, max) {
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
                        unit: unit
                            .map(|unit| Unit {
                                one: unit.one,
                                other: unit.other,
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
        };
        let kind = kind?;
        (id_ok && label_ok).then_some(Question {
            id,
            label,
            help,
            kind,
            ask_when: None,
            part: Part::Check,
        })
    }

    fn condition(
        &mut self,
        path: &str,
        condition: &ConditionDocument,
        set: &RequirementSet,
    ) -> Option<Condition> {
        let list = |check: &mut Checker, key: &str, parts: &[ConditionDocument]| {
            if parts.is_empty() {
                check.problem(format!("{path}.{key}"), "must not be empty".into());
            }
            let mut read = Some(Vec::with_capacity(parts.len()));
            for (index, part) in parts.iter().enumerate() {
                let part = check.condition(&format!("{path}.{key}[{index}]"), part, set);
                match (part, read.as_mut()) {
                    (Some(part), Some(read)) => read.push(part),
                    _ => read = None,
                }
            }
            read
        };
        let (question_id, comparison) = match condition {
            ConditionDocument::All(parts) => return list(self, "all", parts).map(Condition::All),
            ConditionDocument::Any(parts) => return list(self, "any", parts).map(Condition::Any),
            ConditionDocument::Not(inner) => {
                return self
                    .condition(&format!("{path}.not"), inner, set)
                    .map(|inner| Condition::Not(Box::new(inner)))
            }
            ConditionDocument::In { answer, .. }
            | ConditionDocument::AtLeast { answer, .. }
            | ConditionDocument::AtMost { answer, .. } => (answer.as_str(), condition),
        };
        let Some(question) = set.question(question_id) else {
            self.problem(
                format!("{path}.answer"),
                format!("unknown question id \"{question_id}\""),
            );
            return None;
        };
        match (&question.kind, comparison) {
            (
                QuestionKind::Choice(options),
                ConditionDocument::In {
                    options: wanted, ..
                },
            ) => {
                if wanted.is_empty() {
                    self.problem(format!("{path}.in"), "must not be empty".into());
                }
                let mut known = true;
                for (index, id) in wanted.iter().enumerate() {
                    if !options.iter().any(|option| option.id == *id) {
                        self.problem(
                            format!("{path}.in[{index}]"),
                            format!("\"{question_id}\" has no option \"{id}\""),
                        );
                        known = false;
                    }
                }
                known.then(|| Condition::In {
                    question: question_id.into(),
                    options: wanted.clone(),
                })
            }
            (
                QuestionKind::WholeNumber { min, max, .. },
                ConditionDocument::AtLeast { value, .. },
            ) => self
                .within(&format!("{path}.at_least"), *value, *min, *max)
                .then(|| Condition::AtLeast {
                    question: question_id.into(),
                    value: *value,
                }),
            (
                QuestionKind::WholeNumber { min, max, .. },
                ConditionDocument::AtMost { value, .. },
            ) => self
                .within(&format!("{path}.at_most"), *value, *min, *max)
                .then(|| Condition::AtMost {
                    question: question_id.into(),
                    value: *value,
                }),
            (QuestionKind::Choice(_), _) => {
                self.problem(
                    path.into(),
                    format!("\"{question_id}\" is a choice: compare it with in, not a number"),
                );
                None
            }
            (QuestionKind::WholeNumber { .. }, _) => {
                self.problem(
                    path.into(),
                    format!(
                        "\"{question_id}\" is a number: compare it with at_least or at_most, not in"
                    ),
                );
                None
            }
        }
    }

    /// A gap's or an ask case's condition and advice, at `at`: the condition, if it is usable.
    fn case(
        &mut self,
        at: &str,
        when: &ConditionDocument,
        advice: &[String],
        set: &RequirementSet,
    ) -> Option<Condition> {
        self.non_empty(&format!("{at}.advice"), advice.len());
        for (line, text) in advice.iter().enumerate() {
            self.texts(&format!("{at}.advice[{line}]"), text, set);
        }
        self.condition(&format!("{at}.when"), when, set)
    }

    fn requirement(
        &mut self,
        path: &str,
        requirement: RequirementDocument,
        set: &RequirementSet,
    ) -> Option<Requirement> {
        self.slug(&format!("{path}.id"), &requirement.id);
        self.present(&format!("{path}.title"), &requirement.title);
        self.present(&format!("{path}.rule"), &requirement.rule);
        self.present(&format!("{path}.met"), &requirement.met);
        self.present(&format!("{path}.unanswered"), &requirement.unanswered);
        self.non_empty(&format!("{path}.not_met"), requirement.not_met.len());
        self.date(&format!("{path}.verified"), &requirement.verified);
        // Unverified facts are never stated as fact: the rule itself says whom to check with.
        if requirement.confidence == Confidence::Unverified
            && !self.says_check_with(&requirement.rule)
        {
            let message = self.check_with_message("an unverified rule");
            self.problem(format!("{path}.rule"), message);
        }
        let condition = self.condition(&format!("{path}.condition"), &requirement.condition, set);
        // Plain loops, not iterator chains collected into a `Vec<Option<_>>`: every item is
        // still checked after a bad one, and each chain cost the widget about a kilobyte.
        let mut gaps = Some(Vec::new());
        for (index, gap) in requirement.gaps.into_iter().enumerate() {
            let at = format!("{path}.gaps[{index}]");
            match (self.case(&at, &gap.when, &gap.advice, set), gaps.as_mut()) {
                (Some(when), Some(gaps)) => gaps.push(GapRule {
                    when,
                    advice: gap.advice,
                }),
                _ => gaps = None,
            }
        }
        let mut ask = Some(Vec::new());
        for (index, case) in requirement.ask.into_iter().enumerate() {
            let at = format!("{path}.ask[{index}]");
            match (self.case(&at, &case.when, &case.advice, set), ask.as_mut()) {
                (Some(when), Some(ask)) => ask.push(AskRule {
                    when,
                    decides: case.decides,
                    advice: case.advice,
                }),
                _ => ask = None,
            }
        }
        self.texts(&format!("{path}.met"), &requirement.met, set);
        for (line, advice) in requirement.not_met.iter().enumerate() {
            self.texts(&format!("{path}.not_met[{line}]"), advice, set);
        }
        let source = self.source(&format!("{path}.source"), requirement.source);
        Some(Requirement {
            id: requirement.id,
            title: requirement.title,
            description: requirement.description,
            criterion: requirement.criterion,
            confidence: requirement.confidence,
            condition: condition?,
            rule: requirement.rule,
            met: requirement.met,
            unanswered: requirement.unanswered,
            not_met: requirement.not_met,
            gaps: gaps?,
            ask: ask?,
            source,
            verified: requirement.verified,
        })
    }

    /// The path, whose `questions` (there were `question_count`) were checked with the set's.
    fn path(
        &mut self,
        path: PathDocument,
        question_count: usize,
        set: &RequirementSet,
    ) -> Option<Path> {
        self.present("$.path.heading", &path.heading);
        self.present("$.path.intro", &path.intro);
        self.non_empty("$.path.questions", question_count);
        self.non_empty("$.path.steps", path.steps.len());
        let mut group_ids = Vec::new();
        let mut group_titles: Vec<String> = Vec::new();
        let mut groups = Vec::with_capacity(path.groups.len());
        for (index, group) in path.groups.into_iter().enumerate() {
            let at = format!("$.path.groups[{index}]");
            self.slug(&format!("{at}.id"), &group.id);
            self.present(&format!("{at}.title"), &group.title);
            self.unique(&at, "id", &group.id, &mut group_ids, "id");
            // Two groups under one heading would read as one to the visitor.
            self.unique(&at, "title", &group.title, &mut group_titles, "group title");
            groups.push(Group {
                id: group.id,
                title: group.title,
                exclusive: group.exclusive,
            });
        }
        let mut step_ids = Vec::new();
        let mut steps = Some(Vec::new());
        for (index, step) in path.steps.into_iter().enumerate() {
            let at = format!("$.path.steps[{index}]");
            self.slug(&format!("{at}.id"), &step.id);
            self.unique(&at, "id", &step.id, &mut step_ids, "id");
            if !group_ids.contains(&step.group) {
                self.problem(
                    format!("{at}.group"),
                    format!("unknown group \"{}\"", step.group),
                );
            }
            self.present(&format!("{at}.title"), &step.title);
            self.texts(&format!("{at}.title"), &step.title, set);
            self.non_empty(&format!("{at}.text"), step.text.len());
            for (line, text) in step.text.iter().enumerate() {
                self.texts(&format!("{at}.text[{line}]"), text, set);
            }
            self.date(&format!("{at}.verified"), &step.verified);
            if step.confidence == Confidence::Unverified
                && !step.text.iter().any(|text| self.says_check_with(text))
            {
                let message = self.check_with_message("an unverified step");
                self.problem(format!("{at}.text"), message);
            }
            let when = self.condition(&format!("{at}.when"), &step.when, set);
            let source = self.source(&format!("{at}.source"), step.source);
            let timing = step.timing.map(|timing| {
                self.timing(
                    &format!("{at}.timing"),
                    timing,
                    &step.group,
                    &group_ids,
                    set,
                )
            });
            match (when, steps.as_mut()) {
                (Some(when), Some(steps)) => steps.push(Step {
                    id: step.id,
                    group: step.group,
                    title: step.title,
                    when,
                    text: step.text,
                    confidence: step.confidence,
                    source,
                    verified: step.verified,
                    timing,
                }),
                _ => steps = None,
            }
        }
        let mut notice_ids = Vec::new();
        let mut notices = Some(Vec::new());
        for (index, notice) in path.notices.into_iter().enumerate() {
            let at = format!("$.path.notices[{index}]");
            self.unique(&at, "id", &notice.id, &mut notice_ids, "id");
            match (self.notice(&at, notice, set), notices.as_mut()) {
                (Some(notice), Some(notices)) => notices.push(notice),
                _ => notices = None,
            }
        }
        let bulletin = path
            .bulletin
            .map(|bulletin| self.bulletin(bulletin, &step_ids, set));
        // The age at which a date turns old is the set's to say whenever it has dated facts.
        let fresh_days = match path.fresh_days {
            Some(days) if (1..=MAX_FRESH_DAYS).contains(&days) => days as u32,
            Some(days) => {
                self.problem(
                    "$.path.fresh_days".into(),
                    format!("{days} days: it must be from 1 to {MAX_FRESH_DAYS}"),
                );
                0
            }
            None if !notice_ids.is_empty() || bulletin.is_some() => {
                self.problem(
                    "$.path.fresh_days".into(),
                    "missing: say after how many days a notice or bulletin date may be out of date (90 is a good start)".into(),
                );
                0
            }
            None => 0,
        };
        Some(Path {
            heading: path.heading,
            intro: path.intro,
            groups,
            steps: steps?,
            notices: notices?,
            bulletin: bulletin.flatten(),
            fresh_days,
        })
    }

    /// A step's timing: dated, sourced, and never a number where it is unverified.
    fn timing(
        &mut self,
        at: &str,
        timing: TimingDocument,
        own_group: &str,
        group_ids: &[String],
        set: &RequirementSet,
    ) -> Timing {
        self.present(&format!("{at}.text"), &timing.text);
        self.texts(&format!("{at}.text"), &timing.text, set);
        self.date(&format!("{at}.checked"), &timing.checked);
        if timing.confidence == Confidence::Unverified {
            if !self.says_check_with(&timing.text) {
                let message = self.check_with_message("an unverified timing");
                self.problem(format!("{at}.text"), message);
            }
            // An unverified number is never shown, even as "about".
            if timing.text.bytes().any(|byte| byte.is_ascii_digit()) {
                self.problem(
                    format!("{at}.text"),
                    "an unverified timing may not show a number: say whom to check with".into(),
                );
            }
        }
        for (index, group) in timing.after.iter().enumerate() {
            let path = format!("{at}.after[{index}]");
            if !group_ids.contains(group) {
                self.problem(path, format!("unknown group \"{group}\""));
            } else if group == own_group {
                self.problem(path, "a step cannot come after its own group".into());
            }
        }
        Timing {
            text: timing.text,
            confidence: timing.confidence,
            source: self.source(&format!("{at}.source"), timing.source),
            checked: timing.checked,
            after: timing.after,
        }
    }

    /// A notice: it must carry its source and the date it is true as of.
    fn notice(&mut self, at: &str, notice: NoticeDocument, set: &RequirementSet) -> Option<Notice> {
        self.slug(&format!("{at}.id"), &notice.id);
        self.present(&format!("{at}.title"), &notice.title);
        self.non_empty(&format!("{at}.text"), notice.text.len());
        for (line, text) in notice.text.iter().enumerate() {
            self.texts(&format!("{at}.text[{line}]"), text, set);
        }
        self.date(&format!("{at}.as_of"), &notice.as_of);
        if notice.confidence == Confidence::Unverified
            && !notice.text.iter().any(|text| self.says_check_with(text))
        {
            let message = self.check_with_message("an unverified notice");
            self.problem(format!("{at}.text"), message);
        }
        let source = self.source(&format!("{at}.source"), notice.source);
        let when = self.condition(&format!("{at}.when"), &notice.when, set)?;
        Some(Notice {
            id: notice.id,
            title: notice.title,
            text: notice.text,
            when,
            confidence: notice.confidence,
            source,
            as_of: notice.as_of,
        })
    }

    /// The bulletin: a path choice question, a known step, and one dated, sourced line per option
    /// at most, each date no later than its bulletin's month.
    fn bulletin(
        &mut self,
        bulletin: BulletinDocument,
        step_ids: &[String],
        set: &RequirementSet,
    ) -> Option<Bulletin> {
        let at = "$.path.bulletin";
        let options = match set.question(&bulletin.question) {
            Some(Question {
                kind: QuestionKind::Choice(options),
                part: Part::Path,
                ..
            }) => Some(options),
            _ => {
                self.problem(
                    format!("{at}.question"),
                    format!(
                        "\"{}\" is not a choice question of the path",
                        bulletin.question
                    ),
                );
                None
            }
        };
        if !step_ids.contains(&bulletin.step) {
            self.problem(
                format!("{at}.step"),
                format!("unknown step \"{}\"", bulletin.step),
            );
        }
        self.present(&format!("{at}.category"), &bulletin.category);
        let current = self.source(&format!("{at}.current"), bulletin.current);
        let mut seen = Vec::new();
        let mut lines = Vec::with_capacity(bulletin.lines.len());
        for (index, line) in bulletin.lines.into_iter().enumerate() {
            let line_at = format!("{at}.lines[{index}]");
            self.unique(&line_at, "option", &line.option, &mut seen, "option");
            if let Some(options) = options {
                if !options.iter().any(|option| option.id == line.option) {
                    self.problem(
                        format!("{line_at}.option"),
                        format!(
                            "\"{}\" is not an option of \"{}\"",
                            line.option, bulletin.question
                        ),
                    );
                }
            }
            if !is_month(&line.month) {
                self.problem(
                    format!("{line_at}.month"),
                    format!("\"{}\" is not a month written YYYY-MM", line.month),
                );
            }
            self.date(&format!("{line_at}.date"), &line.date);
            if is_month(&line.month) && months_behind(&line.month, &line.date).is_none() {
                self.problem(
                    format!("{line_at}.date"),
                    format!(
                        "{} is later than the bulletin's month, {}",
                        line.date, line.month
                    ),
                );
            }
            lines.push(Line {
                option: line.option,
                month: line.month,
                date: line.date,
                source: self.source(&format!("{line_at}.source"), line.source),
            });
        }
        self.non_empty(&format!("{at}.lines"), lines.len());
        options?;
        Some(Bulletin {
            question: bulletin.question,
            step: bulletin.step,
            category: bulletin.category,
            current,
            lines,
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

//! The JSON shape of a requirement-set document, exactly as authors write it.

use super::fields::{Fields, FromJson, Location};
use super::json::Json;
use super::Problem;
use crate::engine::{Confidence, Criterion, Decider};

/// A requirement-set document as people write it (`requirements/*.json`); [`super::validate`] checks it.
///
/// Every field is spelled out and unknown ones are refused, so a typo is an error, not a silent default.
#[derive(Clone, Debug)]
pub struct SetDocument {
    /// Editors' hint to the schema file; ignored.
    pub schema: Option<String>,
    /// Must be [`super::FORMAT`].
    pub format: String,
    /// A short name to choose the set by, such as `mt-agency`.
    pub name: String,
    /// What the set is for, in words.
    pub title: String,
    /// The set's own version, such as `1.0.0`.
    pub version: String,
    /// The date from which the set applies, `YYYY-MM-DD`.
    pub effective: String,
    /// The language its texts are written in, a BCP 47 language such as `en` (the default).
    pub language: Option<String>,
    /// The other languages it comes in: each has a translation file beside it, `NAME.LANG.json`.
    pub translations: Vec<String>,
    /// The widget's heading.
    pub heading: String,
    /// The sentence under the heading.
    pub intro: String,
    /// The questions, in the order they are asked.
    pub questions: Vec<QuestionDocument>,
    /// The requirements, in the order they are shown.
    pub requirements: Vec<RequirementDocument>,
    /// An optional second part: more questions, and the visitor's next steps.
    pub path: Option<PathDocument>,
}

/// The optional second part: a few more questions and the steps that follow from them.
#[derive(Clone, Debug)]
pub struct PathDocument {
    /// The part's heading, which is also what opens it.
    pub heading: String,
    /// The sentence under the heading: that this is guidance, not a decision.
    pub intro: String,
    /// The part's questions, asked after the agency's.
    pub questions: Vec<QuestionDocument>,
    /// The groups steps are shown in, in order.
    pub groups: Vec<GroupDocument>,
    /// The steps; each shows when its condition is true.
    pub steps: Vec<StepDocument>,
    /// Time-sensitive policy: each shows, with its date, where its condition is true.
    pub notices: Vec<NoticeDocument>,
    /// The green-card line by country of birth, from the Visa Bulletin.
    pub bulletin: Option<BulletinDocument>,
    /// After how many days a notice or bulletin date tells the visitor it may be out of date.
    pub fresh_days: Option<i64>,
}

/// How long a step usually takes.
#[derive(Clone, Debug)]
pub struct TimingDocument {
    /// "Usually …" or "About …"; an unverified timing says whom to check with and has no number.
    pub text: String,
    /// How sure it is.
    pub confidence: Confidence,
    /// The live page it comes from.
    pub source: SourceDocument,
    /// When the source was last checked, `YYYY-MM-DD`.
    pub checked: String,
    /// The ids of the groups whose steps must come first.
    pub after: Vec<String>,
}

/// A time-sensitive policy, as of a date.
#[derive(Clone, Debug)]
pub struct NoticeDocument {
    /// Unique among the notices.
    pub id: String,
    /// A short heading.
    pub title: String,
    /// What it says, one paragraph per item.
    pub text: Vec<String>,
    /// When it applies.
    pub when: ConditionDocument,
    /// How sure it is.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: SourceDocument,
    /// The date it is true as of, `YYYY-MM-DD`.
    pub as_of: String,
}

/// The green-card line by country of birth.
#[derive(Clone, Debug)]
pub struct BulletinDocument {
    /// The path's choice question that asks the country of birth.
    pub question: String,
    /// The step that shows the line.
    pub step: String,
    /// The category, such as `EB-3`.
    pub category: String,
    /// The current bulletin's page.
    pub current: SourceDocument,
    /// One per option that has a date.
    pub lines: Vec<LineDocument>,
}

/// One country group's final action date in one month's bulletin.
#[derive(Clone, Debug)]
pub struct LineDocument {
    /// The option of the bulletin's question.
    pub option: String,
    /// The bulletin's month, `YYYY-MM`.
    pub month: String,
    /// The final action date, `YYYY-MM-DD`.
    pub date: String,
    /// Where the date was read.
    pub source: SourceDocument,
}

/// A group of steps, such as "Certification" or "Immigration".
#[derive(Clone, Debug)]
pub struct GroupDocument {
    /// Unique within the path.
    pub id: String,
    /// Its heading.
    pub title: String,
    /// At most one of its steps may apply to any visitor; the tests hold the data to it.
    pub exclusive: bool,
}

/// One step of a visitor's path.
#[derive(Clone, Debug)]
pub struct StepDocument {
    /// Unique within the path.
    pub id: String,
    /// The group it belongs to.
    pub group: String,
    /// What to do, in a few words; the checklist line.
    pub title: String,
    /// When it applies.
    pub when: ConditionDocument,
    /// The explanation, one paragraph per item; may use `{question-id}`.
    pub text: Vec<String>,
    /// How sure its facts are.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: SourceDocument,
    /// When its text was last reviewed against the notes on its source, `YYYY-MM-DD`.
    pub verified: String,
    /// How long it usually takes.
    pub timing: Option<TimingDocument>,
}

/// One question.
#[derive(Clone, Debug)]
pub struct QuestionDocument {
    /// Unique within the set; conditions and templates refer to it.
    pub id: String,
    /// The question as the visitor reads it.
    pub label: String,
    /// A hint under the question.
    pub help: Option<String>,
    /// What kind of answer it takes.
    pub kind: KindDocument,
    /// The options of a `choice` question.
    pub options: Vec<OptionDocument>,
    /// The smallest number a `whole-number` question accepts.
    pub min: Option<i64>,
    /// The largest number a `whole-number` question accepts.
    pub max: Option<i64>,
    /// What a `whole-number` question counts, singular and plural.
    pub unit: Option<UnitDocument>,
    /// Ask this question only while this condition is not false.
    pub ask_when: Option<ConditionDocument>,
}

/// What kind of answer a question takes, as written: `choice`, `yes-no` or `whole-number`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindDocument {
    /// One of the question's `options`.
    Choice,
    /// The options `yes` and `no`.
    YesNo,
    /// A whole number between `min` and `max`.
    WholeNumber,
}

/// One option of a choice question.
#[derive(Clone, Debug)]
pub struct OptionDocument {
    /// Unique within the question; conditions refer to it.
    pub id: String,
    /// What the visitor reads.
    pub label: String,
    /// How the answer reads inside a sentence ("master's degree"); the label if absent.
    pub phrase: Option<String>,
}

/// The unit a number counts.
#[derive(Clone, Debug)]
pub struct UnitDocument {
    /// For 1: "month".
    pub one: String,
    /// For any other number: "months".
    pub other: String,
}

/// A condition over the answers, in exactly one of its forms: `{"all": […]}`, `{"any": […]}`,
/// `{"not": {…}}`, `{"answer": "q", "in": ["a", "b"]}`, `{"answer": "q", "at_least": 12}` or
/// `{"answer": "q", "at_most": 600}`. An object with two forms, or none, is refused as it is read.
#[derive(Clone, Debug)]
pub enum ConditionDocument {
    /// All of these.
    All(Vec<ConditionDocument>),
    /// At least one of these.
    Any(Vec<ConditionDocument>),
    /// Not this.
    Not(Box<ConditionDocument>),
    /// The answer to `answer` is one of these options.
    In {
        /// The question.
        answer: String,
        /// The option ids.
        options: Vec<String>,
    },
    /// The answer to `answer` is this number or more.
    AtLeast {
        /// The question.
        answer: String,
        /// The bound.
        value: i64,
    },
    /// The answer to `answer` is this number or less.
    AtMost {
        /// The question.
        answer: String,
        /// The bound.
        value: i64,
    },
}

/// One requirement.
#[derive(Clone, Debug)]
pub struct RequirementDocument {
    /// Unique within the set; analytics events report it.
    pub id: String,
    /// A short title.
    pub title: String,
    /// The requirement in full.
    pub description: Option<String>,
    /// `agency` (the agency's own hiring criterion) or `external` (a rule of a board, a state, a law).
    pub criterion: Criterion,
    /// `primary`, `secondary` or `unverified`, as marked in the facts it comes from.
    pub confidence: Confidence,
    /// When the requirement is met.
    pub condition: ConditionDocument,
    /// The rule in plain words, for the "Why?" detail.
    pub rule: String,
    /// Shown when met; may name answers as `{question-id}`.
    pub met: String,
    /// Shown while not enough is answered.
    pub unanswered: String,
    /// Shown when not met and no gap below applies.
    pub not_met: Vec<String>,
    /// Precise advice for particular gaps: each applies when its condition is true.
    pub gaps: Vec<GapDocument>,
    /// Cases the facts leave open ("it depends"), exceptions to the condition: when one holds,
    /// the outcome is "ask", neither met nor a gap.
    pub ask: Vec<AskDocument>,
    /// Where the rule comes from.
    pub source: SourceDocument,
    /// When the rule was last checked against its source, `YYYY-MM-DD`.
    pub verified: String,
}

/// Advice for one particular gap.
#[derive(Clone, Debug)]
pub struct GapDocument {
    /// When this advice applies.
    pub when: ConditionDocument,
    /// The advice, one paragraph per item; may use `{question-id}` and `{missing:question-id}`.
    pub advice: Vec<String>,
}

/// A case the facts leave open, and who decides it.
#[derive(Clone, Debug)]
pub struct AskDocument {
    /// When this case applies.
    pub when: ConditionDocument,
    /// `licensure-team`, `evaluation` or `board`.
    pub decides: Decider,
    /// The advice, one paragraph per item; may use `{question-id}`.
    pub advice: Vec<String>,
}

/// A citation.
#[derive(Clone, Debug)]
pub struct SourceDocument {
    /// The source's title.
    pub title: String,
    /// An http(s) link to it.
    pub url: String,
}

/// What stands in for a field that could not be read, until its problem is returned: never seen.
trait Placeholder {
    fn placeholder() -> Self;
}

impl<T: Default> Placeholder for T {
    fn placeholder() -> Self {
        T::default()
    }
}

impl Placeholder for Confidence {
    fn placeholder() -> Self {
        Confidence::Unverified
    }
}

impl Placeholder for Criterion {
    fn placeholder() -> Self {
        Criterion::Agency
    }
}

impl Placeholder for Decider {
    fn placeholder() -> Self {
        Decider::LicensureTeam
    }
}

impl Placeholder for KindDocument {
    fn placeholder() -> Self {
        KindDocument::Choice
    }
}

impl Placeholder for ConditionDocument {
    fn placeholder() -> Self {
        ConditionDocument::All(Vec::new())
    }
}

impl Placeholder for SourceDocument {
    fn placeholder() -> Self {
        SourceDocument {
            title: String::new(),
            url: String::new(),
        }
    }
}

/// The value read, or its placeholder, with the problem kept in `first` if it is the first.
/// One function per type, not per field: a closure for each field would be its own copy.
fn keep<T: Placeholder>(read: Result<T, Problem>, first: &mut Option<Problem>) -> T {
    match read {
        Ok(value) => value,
        Err(problem) => {
            first.get_or_insert(problem);
            T::placeholder()
        }
    }
}

/// Reads a document type from a JSON object, naming each field once: how it is read (`required`,
/// `optional`, or `or_default` when left out), and its JSON name if that is not the Rust one.
/// Members that are not listed are refused. The first problem, in field order, is the answer;
/// the fields after it are still read (into empty values) rather than returned from early, as
/// each early return drops the fields read so far its own way, which costs kilobytes of wasm.
macro_rules! read_fields {
    ($type:ident { $($field:ident $(as $name:literal)?: $how:ident),* $(,)? }) => {
        impl FromJson for $type {
            fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
                let fields = Fields::of(value, at, &[$(read_fields!(@name $field $($name)?)),*])?;
                let mut first = None;
                let read = $type {
                    $($field: keep(fields.$how(read_fields!(@name $field $($name)?)), &mut first),)*
                };
                match first {
                    None => Ok(read),
                    Some(problem) => Err(problem),
                }
            }
        }
    };
    (@name $field:ident $name:literal) => { $name };
    (@name $field:ident) => { stringify!($field) };
}

read_fields!(SetDocument {
    schema as "$schema": optional,
    format: required,
    name: required,
    title: required,
    version: required,
    effective: required,
    language: optional,
    translations: or_default,
    heading: required,
    intro: required,
    questions: required,
    requirements: required,
    path: optional,
});

read_fields!(PathDocument {
    heading: required,
    intro: required,
    questions: required,
    groups: required,
    steps: required,
    notices: or_default,
    bulletin: optional,
    fresh_days: optional,
});

read_fields!(TimingDocument {
    text: required,
    confidence: required,
    source: required,
    checked: required,
    after: or_default,
});

read_fields!(NoticeDocument {
    id: required,
    title: required,
    text: required,
    when: required,
    confidence: required,
    source: required,
    as_of: required,
});

read_fields!(BulletinDocument {
    question: required,
    step: required,
    category: required,
    current: required,
    lines: required,
});

read_fields!(LineDocument {
    option: required,
    month: required,
    date: required,
    source: required,
});

read_fields!(GroupDocument {
    id: required,
    title: required,
    exclusive: or_default,
});

read_fields!(StepDocument {
    id: required,
    group: required,
    title: required,
    when: required,
    text: required,
    confidence: required,
    source: required,
    verified: required,
    timing: optional,
});

read_fields!(QuestionDocument {
    id: required,
    label: required,
    help: optional,
    kind: required,
    options: or_default,
    min: optional,
    max: optional,
    unit: optional,
    ask_when: optional,
});

read_fields!(OptionDocument {
    id: required,
    label: required,
    phrase: optional,
});

read_fields!(UnitDocument {
    one: required,
    other: required,
});

impl FromJson for ConditionDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &["all", "any", "not", "answer", "in", "at_least", "at_most"],
        )?;
        let all = fields.optional("all")?;
        let any = fields.optional("any")?;
        let not = fields.optional("not")?;
        let answer: Option<String> = fields.optional("answer")?;
        let one_of = fields.optional("in")?;
        let at_least = fields.optional("at_least")?;
        let at_most = fields.optional("at_most")?;
        let comparisons = [one_of.is_some(), at_least.is_some(), at_most.is_some()];
        match (all, any, not, answer) {
            (Some(parts), None, None, None) if comparisons == [false; 3] => {
                Ok(ConditionDocument::All(parts))
            }
            (None, Some(parts), None, None) if comparisons == [false; 3] => {
                Ok(ConditionDocument::Any(parts))
            }
            (None, None, Some(inner), None) if comparisons == [false; 3] => {
                Ok(ConditionDocument::Not(inner))
            }
            (None, None, None, Some(answer)) => match (one_of, at_least, at_most) {
                (Some(options), None, None) => Ok(ConditionDocument::In { answer, options }),
                (None, Some(value), None) => Ok(ConditionDocument::AtLeast { answer, value }),
                (None, None, Some(value)) => Ok(ConditionDocument::AtMost { answer, value }),
                _ => Err(at.problem(
                    "an answer condition has exactly one of: in, at_least, at_most".into(),
                )),
            },
            _ => Err(at.problem(
                "a condition has exactly one of: all, any, not, answer (in, at_least and at_most go with answer)"
                    .into(),
            )),
        }
    }
}

/// Reads a string that must be one of `names`, as its value.
fn one_of<T: Copy>(value: &Json, at: &Location, names: &[(&str, T)]) -> Result<T, Problem> {
    let text = String::from_json(value, at)?;
    names
        .iter()
        .find(|(name, _)| *name == text)
        .map(|(_, known)| *known)
        .ok_or_else(|| {
            let listed: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
            at.problem(format!("\"{text}\" is not one of {}", listed.join(", ")))
        })
}

impl FromJson for KindDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        one_of(
            value,
            at,
            &[
                ("choice", KindDocument::Choice),
                ("yes-no", KindDocument::YesNo),
                ("whole-number", KindDocument::WholeNumber),
            ],
        )
    }
}

impl FromJson for Criterion {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        one_of(
            value,
            at,
            &[
                ("agency", Criterion::Agency),
                ("external", Criterion::External),
            ],
        )
    }
}

impl FromJson for Decider {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        one_of(
            value,
            at,
            &[
                ("licensure-team", Decider::LicensureTeam),
                ("evaluation", Decider::Evaluation),
                ("board", Decider::Board),
            ],
        )
    }
}

impl FromJson for Confidence {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        one_of(
            value,
            at,
            &[
                ("primary", Confidence::Primary),
                ("secondary", Confidence::Secondary),
                ("unverified", Confidence::Unverified),
            ],
        )
    }
}

read_fields!(RequirementDocument {
    id: required,
    title: required,
    description: optional,
    criterion: required,
    confidence: required,
    condition: required,
    rule: required,
    met: required,
    unanswered: required,
    not_met: required,
    gaps: or_default,
    ask: or_default,
    source: required,
    verified: required,
});

read_fields!(GapDocument {
    when: required,
    advice: required,
});

read_fields!(AskDocument {
    when: required,
    decides: required,
    advice: required,
});

read_fields!(SourceDocument {
    title: required,
    url: required,
});

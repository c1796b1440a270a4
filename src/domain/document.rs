//! The JSON shape of a requirement-set document, exactly as authors write it.

use super::fields::{Fields, FromJson, Location};
use super::json::Json;
use super::Problem;

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
    /// `primary`, `secondary` or `unverified`.
    pub confidence: String,
    /// Where it comes from.
    pub source: SourceDocument,
    /// When it was last checked, `YYYY-MM-DD`.
    pub verified: String,
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
    /// `choice`, `yes-no` or `whole-number`.
    pub kind: String,
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

/// A condition over the answers. Exactly one form per object:
/// `{"all": […]}`, `{"any": […]}`, `{"not": {…}}`, `{"answer": "q", "in": ["a", "b"]}`,
/// `{"answer": "q", "at_least": 12}` or `{"answer": "q", "at_most": 600}`.
#[derive(Clone, Debug, Default)]
pub struct ConditionDocument {
    /// All of these.
    pub all: Option<Vec<ConditionDocument>>,
    /// At least one of these.
    pub any: Option<Vec<ConditionDocument>>,
    /// Not this.
    pub not: Option<Box<ConditionDocument>>,
    /// The question a comparison looks at.
    pub answer: Option<String>,
    /// The answer is one of these options.
    pub one_of: Option<Vec<String>>,
    /// The answer is this number or more.
    pub at_least: Option<i64>,
    /// The answer is this number or less.
    pub at_most: Option<i64>,
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
    pub criterion: String,
    /// `primary`, `secondary` or `unverified`, as marked in the facts it comes from.
    pub confidence: String,
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

/// A citation.
#[derive(Clone, Debug)]
pub struct SourceDocument {
    /// The source's title.
    pub title: String,
    /// An http(s) link to it.
    pub url: String,
}

impl FromJson for SetDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &[
                "$schema",
                "format",
                "name",
                "title",
                "version",
                "effective",
                "heading",
                "intro",
                "questions",
                "requirements",
                "path",
            ],
        )?;
        Ok(SetDocument {
            schema: fields.optional("$schema")?,
            format: fields.required("format")?,
            name: fields.required("name")?,
            title: fields.required("title")?,
            version: fields.required("version")?,
            effective: fields.required("effective")?,
            heading: fields.required("heading")?,
            intro: fields.required("intro")?,
            questions: fields.required("questions")?,
            requirements: fields.required("requirements")?,
            path: fields.optional("path")?,
        })
    }
}

impl FromJson for PathDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &["heading", "intro", "questions", "groups", "steps"],
        )?;
        Ok(PathDocument {
            heading: fields.required("heading")?,
            intro: fields.required("intro")?,
            questions: fields.required("questions")?,
            groups: fields.required("groups")?,
            steps: fields.required("steps")?,
        })
    }
}

impl FromJson for GroupDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(value, at, &["id", "title", "exclusive"])?;
        Ok(GroupDocument {
            id: fields.required("id")?,
            title: fields.required("title")?,
            exclusive: fields.optional("exclusive")?.unwrap_or_default(),
        })
    }
}

impl FromJson for StepDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &[
                "id",
                "group",
                "title",
                "when",
                "text",
                "confidence",
                "source",
                "verified",
            ],
        )?;
        Ok(StepDocument {
            id: fields.required("id")?,
            group: fields.required("group")?,
            title: fields.required("title")?,
            when: fields.required("when")?,
            text: fields.required("text")?,
            confidence: fields.required("confidence")?,
            source: fields.required("source")?,
            verified: fields.required("verified")?,
        })
    }
}

impl FromJson for QuestionDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &[
                "id", "label", "help", "kind", "options", "min", "max", "unit", "ask_when",
            ],
        )?;
        Ok(QuestionDocument {
            id: fields.required("id")?,
            label: fields.required("label")?,
            help: fields.optional("help")?,
            kind: fields.required("kind")?,
            options: fields.optional("options")?.unwrap_or_default(),
            min: fields.optional("min")?,
            max: fields.optional("max")?,
            unit: fields.optional("unit")?,
            ask_when: fields.optional("ask_when")?,
        })
    }
}

impl FromJson for OptionDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(value, at, &["id", "label", "phrase"])?;
        Ok(OptionDocument {
            id: fields.required("id")?,
            label: fields.required("label")?,
            phrase: fields.optional("phrase")?,
        })
    }
}

impl FromJson for UnitDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(value, at, &["one", "other"])?;
        Ok(UnitDocument {
            one: fields.required("one")?,
            other: fields.required("other")?,
        })
    }
}

impl FromJson for ConditionDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &["all", "any", "not", "answer", "in", "at_least", "at_most"],
        )?;
        Ok(ConditionDocument {
            all: fields.optional("all")?,
            any: fields.optional("any")?,
            not: fields.optional("not")?,
            answer: fields.optional("answer")?,
            one_of: fields.optional("in")?,
            at_least: fields.optional("at_least")?,
            at_most: fields.optional("at_most")?,
        })
    }
}

impl FromJson for RequirementDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &[
                "id",
                "title",
                "description",
                "criterion",
                "confidence",
                "condition",
                "rule",
                "met",
                "unanswered",
                "not_met",
                "gaps",
                "source",
                "verified",
            ],
        )?;
        Ok(RequirementDocument {
            id: fields.required("id")?,
            title: fields.required("title")?,
            description: fields.optional("description")?,
            criterion: fields.required("criterion")?,
            confidence: fields.required("confidence")?,
            condition: fields.required("condition")?,
            rule: fields.required("rule")?,
            met: fields.required("met")?,
            unanswered: fields.required("unanswered")?,
            not_met: fields.required("not_met")?,
            gaps: fields.optional("gaps")?.unwrap_or_default(),
            source: fields.required("source")?,
            verified: fields.required("verified")?,
        })
    }
}

impl FromJson for GapDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(value, at, &["when", "advice"])?;
        Ok(GapDocument {
            when: fields.required("when")?,
            advice: fields.required("advice")?,
        })
    }
}

impl FromJson for SourceDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(value, at, &["title", "url"])?;
        Ok(SourceDocument {
            title: fields.required("title")?,
            url: fields.required("url")?,
        })
    }
}

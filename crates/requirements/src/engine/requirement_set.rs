use super::Condition;

/// A checked requirement set: every reference resolves, so evaluating it cannot fail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequirementSet {
    /// The short name it is chosen by.
    pub name: String,
    /// What it is for.
    pub title: String,
    /// Its version.
    pub version: String,
    /// The date from which it applies.
    pub effective: String,
    /// The widget's heading.
    pub heading: String,
    /// The sentence under the heading.
    pub intro: String,
    /// The questions, in order: the check's, then the path's.
    pub questions: Vec<Question>,
    /// The requirements, in order.
    pub requirements: Vec<Requirement>,
    /// The optional second part.
    pub path: Option<Path>,
    /// The language its texts are in, such as `en` or `es`.
    pub language: String,
    /// The other languages it has a complete translation in (its `translations`).
    pub translations: Vec<String>,
    /// How many of its texts are translations no person has reviewed yet (0 for an original).
    pub unreviewed: usize,
}

/// The optional second part: more questions (in [`RequirementSet::questions`], marked
/// [`Part::Path`]) and the steps that follow from the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    /// Its heading.
    pub heading: String,
    /// That this is guidance, not a decision.
    pub intro: String,
    /// The groups of steps, in order.
    pub groups: Vec<Group>,
    /// The steps.
    pub steps: Vec<Step>,
    /// Time-sensitive policy, each shown with its date where its condition holds.
    pub notices: Vec<Notice>,
    /// The green-card line by country of birth, from the Visa Bulletin.
    pub bulletin: Option<Bulletin>,
    /// After how many days a notice or a bulletin date may be out of date.
    pub fresh_days: u32,
}

/// How long a step usually takes, from a dated source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timing {
    /// "Usually …" or "About …"; for an unverified timing, whom to check with and no number.
    pub text: String,
    /// How sure it is.
    pub confidence: Confidence,
    /// Where it comes from: the live page.
    pub source: Source,
    /// When the source was last checked, `YYYY-MM-DD`.
    pub checked: String,
    /// The groups whose steps come first; the others can run at the same time.
    pub after: Vec<String>,
}

/// A time-sensitive policy, as of a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Its id.
    pub id: String,
    /// A short heading.
    pub title: String,
    /// What it says, one paragraph per item.
    pub text: Vec<String>,
    /// When it applies.
    pub when: Condition,
    /// How sure it is.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: Source,
    /// The date it is true as of, `YYYY-MM-DD`.
    pub as_of: String,
}

/// Where the employment green-card line stood, by country of birth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bulletin {
    /// The choice question that asks the country of birth.
    pub question: String,
    /// The step that shows the line.
    pub step: String,
    /// The category, such as `EB-3`.
    pub category: String,
    /// The current bulletin, to check the live dates.
    pub current: Source,
    /// One line per option of the question that has a date.
    pub lines: Vec<Line>,
}

/// The final action date for one country group in one month's bulletin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The option of the bulletin's question.
    pub option: String,
    /// The bulletin's month, `YYYY-MM`.
    pub month: String,
    /// Its final action date, `YYYY-MM-DD`.
    pub date: String,
    /// Where the date was read.
    pub source: Source,
}

/// A group of steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Its id.
    pub id: String,
    /// Its heading.
    pub title: String,
    /// At most one of its steps may apply at once.
    pub exclusive: bool,
}

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Its id.
    pub id: String,
    /// Its group's id.
    pub group: String,
    /// The checklist line.
    pub title: String,
    /// When it applies.
    pub when: Condition,
    /// The explanation.
    pub text: Vec<String>,
    /// How sure its facts are.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: Source,
    /// When its text was last reviewed against the notes on its source.
    pub verified: String,
    /// How long it usually takes.
    pub timing: Option<Timing>,
}

/// Which part of the widget a question belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Part {
    /// The agency's check.
    #[default]
    Check,
    /// The optional path.
    Path,
}

/// A question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Its id.
    pub id: String,
    /// The question as the visitor reads it.
    pub label: String,
    /// A hint under it.
    pub help: Option<String>,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// It is asked only while this is not false.
    pub ask_when: Option<Condition>,
    /// The part it is asked in.
    pub part: Part,
}

/// What kind of answer a question takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// One of a list of options (yes-no questions are two options, `yes` and `no`).
    Choice(Vec<ChoiceOption>),
    /// A whole number within bounds.
    WholeNumber {
        /// The smallest accepted.
        min: i64,
        /// The largest accepted.
        max: i64,
        /// What it counts.
        unit: Unit,
    },
}

/// An option of a choice question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceOption {
    /// Its id.
    pub id: String,
    /// What the visitor reads.
    pub label: String,
    /// How it reads inside a sentence.
    pub phrase: String,
}

/// What a number counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unit {
    /// Singular.
    pub one: String,
    /// Plural.
    pub other: String,
}

/// A requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// Its id.
    pub id: String,
    /// A short title.
    pub title: String,
    /// The requirement in full.
    pub description: Option<String>,
    /// Whose rule it is.
    pub criterion: Criterion,
    /// How sure its facts are.
    pub confidence: Confidence,
    /// When it is met.
    pub condition: Condition,
    /// The rule in plain words.
    pub rule: String,
    /// Shown when met.
    pub met: String,
    /// Shown while not enough is answered.
    pub unanswered: String,
    /// Shown when not met and no gap applies.
    pub not_met: Vec<String>,
    /// Advice for particular gaps.
    pub gaps: Vec<GapRule>,
    /// Where the facts say "it depends": exceptions to the condition. When one holds, someone else
    /// decides, whatever the condition says.
    pub ask: Vec<AskRule>,
    /// Where the rule comes from.
    pub source: Source,
    /// When its text was last reviewed against the notes on its source, `YYYY-MM-DD`.
    pub verified: String,
}

/// Whose rule a requirement is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    /// The agency's own hiring criterion.
    Agency,
    /// A rule of a certifying board, a state or a law.
    External,
}

/// How sure the facts behind a requirement are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// From the certifying body, agency or law itself.
    Primary,
    /// From a secondary source.
    Secondary,
    /// Not verified: worded as "check with …".
    Unverified,
}

/// Advice that applies when its condition is true.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapRule {
    /// When it applies.
    pub when: Condition,
    /// The advice, one paragraph per item.
    pub advice: Vec<String>,
}

/// A case the facts leave open: who decides it, and what to tell the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskRule {
    /// When it applies.
    pub when: Condition,
    /// Who decides.
    pub decides: Decider,
    /// The advice, one paragraph per item.
    pub advice: Vec<String>,
}

/// Who decides a case the facts leave open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decider {
    /// The agency's licensure team.
    LicensureTeam,
    /// A credential evaluation service.
    Evaluation,
    /// A certifying board or a state board.
    Board,
}

impl Decider {
    /// A stable name, as the format writes it: `licensure-team`, `evaluation` or `board`.
    pub fn kind(self) -> &'static str {
        match self {
            Decider::LicensureTeam => "licensure-team",
            Decider::Evaluation => "evaluation",
            Decider::Board => "board",
        }
    }
}

/// A citation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Its title.
    pub title: String,
    /// An http(s) link.
    pub url: String,
}

impl RequirementSet {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }
}

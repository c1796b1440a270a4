//! The rules engine: a checked [`RequirementSet`] and the visitor's [`Answers`] in, a
//! [`Verdict`] (one [`Finding`] per requirement) and a [`Plan`] of next steps out. Conditions are
//! three-valued ([`Truth`]): what is not answered yet is unknown, not false.

mod answers;
pub(crate) mod calendar;
mod condition;
mod evaluate;
mod formatting;
mod plan;
mod requirement_set;
pub(crate) mod template;
mod verdict;
mod whole_number;

pub use answers::{Answers, Value};
pub use condition::{Condition, Trace, Truth};
pub use evaluate::{asked, evaluate, explain, Asked};
pub use formatting::{Formatting, Locale, PlainLocale};
pub use plan::{plan, Plan, PlannedGroup, PlannedLine, PlannedNotice, PlannedStep, PlannedTiming};
pub use requirement_set::{
    AskRule, Bulletin, ChoiceOption, Confidence, Criterion, Decider, GapRule, Group, Line, Notice,
    Part, Path, Question, QuestionKind, Requirement, RequirementSet, Source, Step, Timing, Unit,
};
pub use verdict::{Finding, Outcome, Summary, Verdict, Why};
pub use whole_number::{parse_whole_number, NumberError};

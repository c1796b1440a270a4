//! The eligibility rules: a requirement set (data) and a visitor's answers in, a verdict out.
//! Pure Rust, no browser: a requirement-set document is parsed ([`Json`]), read ([`FromJson`])
//! and checked ([`validate`]) here, in the browser and in tools alike.

mod answers;
mod condition;
pub mod document;
mod evaluate;
mod fields;
mod json;
mod plan;
mod requirement_set;
mod shipped;
mod template;
mod validate;
mod verdict;
mod whole_number;

pub use answers::{Answers, Value};
pub use condition::{Condition, Trace, Truth};
pub use evaluate::{asked, evaluate, Asked};
pub use fields::{FromJson, Location};
pub use json::{Json, Number, MAX_DEPTH};
pub use plan::{plan, Plan, PlannedGroup, PlannedStep};
pub use requirement_set::{
    ChoiceOption, Confidence, Criterion, GapRule, Group, Part, Path, Question, QuestionKind,
    Requirement, RequirementSet, Source, Step, Unit,
};
pub use shipped::{shipped, DEFAULT_SET, SHIPPED};
pub use validate::{read_text, too_large, validate, Problem, FORMAT, MAX_BYTES, MAX_REQUIREMENTS};
pub use verdict::{Finding, Outcome, Summary, Verdict, Why};
pub use whole_number::{parse_whole_number, NumberError};

//! The eligibility rules: a requirement set (data) and a visitor's answers in, a verdict out.
//! Pure Rust, no browser: documents are parsed by the caller (the browser's `JSON.parse`, or
//! `serde_json` in tests and tools) into [`Json`], then read and checked here.

mod answers;
mod condition;
pub mod document;
mod evaluate;
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
pub use evaluate::{evaluate, is_asked};
pub use json::{too_deep, FromJson, Json, MAX_DEPTH};
pub use plan::{plan, Plan, PlannedGroup, PlannedStep};
pub use requirement_set::{
    ChoiceOption, Confidence, Criterion, GapRule, Group, Part, Path, Question, QuestionKind,
    Requirement, RequirementSet, Source, Step, Unit,
};
pub use shipped::{shipped, DEFAULT_SET, SHIPPED};
#[cfg(not(target_arch = "wasm32"))]
pub use validate::read_text;
pub use validate::{read, too_large, validate, Problem, FORMAT, MAX_BYTES, MAX_REQUIREMENTS};
pub use verdict::{Finding, Outcome, Summary, Verdict, Why};
pub use whole_number::{parse_whole_number, NumberError};

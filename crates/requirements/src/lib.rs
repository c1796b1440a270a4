//! The eligibility rules, as data: a requirement-set document is read and checked
//! ([`format`]), and a visitor's answers go in, a verdict and a path of next steps come out
//! ([`engine`]). A set in another language is the set and its translation file, read together
//! by [`read_translated`]; how numbers, counts and dates read is a [`Locale`] the caller gives.
//! Pure Rust with no dependencies and no browser: the widget, the validator and the tests use the
//! same code.
//!
//! ```
//! use mt_requirements::{evaluate, read_text, Answers, Formatting, Outcome, Value};
//!
//! let set = read_text(r#"{
//!   "format": "mt-eligibility/requirements@1", "name": "demo", "title": "t", "version": "1",
//!   "effective": "2026-12-01", "heading": "h", "intro": "i",
//!   "questions": [{ "id": "months", "label": "Months?", "kind": "whole-number",
//!                   "min": 0, "max": 600, "unit": { "one": "month", "other": "months" } }],
//!   "requirements": [{ "id": "experience", "title": "A year", "criterion": "agency",
//!     "confidence": "primary", "condition": { "answer": "months", "at_least": 12 },
//!     "rule": "12 months.", "met": "Met.", "unanswered": "Answer.",
//!     "not_met": ["You need {missing:months} more."],
//!     "source": { "title": "s", "url": "https://example.org/" }, "verified": "2026-12-01" }]
//! }"#).unwrap();
//! let answers: Answers = [("months", Value::Number(9))].into_iter().collect();
//! let verdict = evaluate(&set, &answers, &Formatting::default());
//! assert_eq!(verdict.findings[0].outcome, Outcome::NotMet);
//! assert_eq!(verdict.findings[0].guidance, ["You need 3 months more."]);
//! ```

#![warn(missing_docs)]

pub mod compiled;
pub mod engine;
pub mod format;
pub mod link;
pub mod persona;

pub use engine::{
    asked, evaluate, explain, parse_whole_number, plan, Answers, AskRule, Asked, Bulletin,
    ChoiceOption, Condition, Confidence, Criterion, Decider, Finding, Formatting, GapRule, Group,
    Line, Locale, Notice, NumberError, Outcome, Part, Path, PlainLocale, Plan, PlannedGroup,
    PlannedLine, PlannedNotice, PlannedStep, PlannedTiming, Question, QuestionKind, Requirement,
    RequirementSet, Source, Step, Summary, Timing, Trace, Truth, Unit, Value, Verdict, Why,
};
pub use format::{
    read_text, read_translated, validate, Problem, FORMAT, MAX_BYTES, MAX_REQUIREMENTS,
    TRANSLATION_FORMAT,
};

//! The eligibility rules: a visitor's answers in, a verdict out. Pure Rust, no browser.

mod answers;
mod certification;
mod choice;
mod degree;
mod evaluate;
mod experience;
mod gap;
mod requirement;
mod verdict;

pub use answers::Answers;
pub use certification::Certification;
pub use choice::Choice;
pub use degree::{DegreeField, DegreeLevel};
pub use evaluate::evaluate;
pub use experience::{Months, MonthsError};
pub use gap::Gap;
pub use requirement::Requirement;
pub use verdict::{Finding, Outcome, Summary, Verdict};

use mt_requirements::{Answers, Verdict};

/// Something the visitor did that a host page may want to count; the glue decides what to publish.
#[derive(Clone, Debug, PartialEq)]
pub enum VisitorEvent {
    /// The first answer of this visit, to the question with this id.
    Started {
        /// The question answered first.
        question: String,
    },
    /// An answer changed where the visitor stands on some requirement.
    ResultChanged {
        /// The answers now.
        answers: Answers,
        /// The verdict now.
        verdict: Verdict,
    },
    /// The visitor followed the Apply link.
    ApplyClicked {
        /// The answers at that moment.
        answers: Answers,
        /// The verdict at that moment.
        verdict: Verdict,
    },
}

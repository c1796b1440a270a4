use super::{Confidence, Criterion, Decider, Source};

/// Where the visitor stands on one requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not enough has been answered to tell.
    NotAnswered,
    /// The requirement is met.
    Met,
    /// The requirement is not met yet.
    NotMet,
    /// It depends, and someone else decides: neither met nor a gap.
    Ask(Decider),
}

impl Outcome {
    /// A stable name for the outcome, for markup and analytics: `met`, `not-met`, `ask` or
    /// `not-answered`.
    pub fn kind(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::NotMet => "not-met",
            Outcome::Ask(_) => "ask",
            Outcome::NotAnswered => "not-answered",
        }
    }
}

/// The outcome for one requirement, and what to do about it. Why it came out so is built only
/// when asked for, by [`super::explain`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The requirement's id.
    pub requirement: String,
    /// Its title.
    pub title: String,
    /// The requirement in full.
    pub description: Option<String>,
    /// Where the visitor stands.
    pub outcome: Outcome,
    /// Plain-English sentences for the visitor: what this means and what to do next.
    pub guidance: Vec<String>,
}

/// Why a requirement came out as it did: the rule, the visitor's answers, and the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Why {
    /// The rule in plain words.
    pub rule: String,
    /// Each question the rule looks at, with the visitor's answer (`None`: not answered).
    pub answers: Vec<(String, Option<String>)>,
    /// Where the rule comes from.
    pub source: Source,
    /// When its text was last reviewed against the notes on its source.
    pub verified: String,
    /// Whose rule it is.
    pub criterion: Criterion,
    /// How sure its facts are.
    pub confidence: Confidence,
}

/// The result of checking every requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// One finding per requirement, in the set's order.
    pub findings: Vec<Finding>,
}

/// The overall picture, in the words the visitor reads first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Summary {
    /// Nothing answered: nothing is judged.
    NothingAnswered,
    /// Nothing missing so far, but some requirements are not answered.
    SoFarSoGood {
        /// Requirements met.
        met: usize,
        /// Requirements someone else decides.
        ask: usize,
        /// Requirements in all.
        total: usize,
    },
    /// Every requirement is met.
    AllMet {
        /// Requirements in all.
        total: usize,
    },
    /// Everything is answered and nothing is missing, but someone else decides on at least one.
    Ask {
        /// Requirements met.
        met: usize,
        /// Requirements someone else decides.
        ask: usize,
        /// Requirements in all.
        total: usize,
        /// Who decides, when it is the same for every such requirement.
        decides: Option<Decider>,
    },
    /// At least one requirement is not met yet.
    Gaps {
        /// Requirements met.
        met: usize,
        /// Requirements someone else decides.
        ask: usize,
        /// Requirements in all.
        total: usize,
        /// Requirements not answered yet.
        unanswered: usize,
    },
}

impl Verdict {
    /// The ids of the requirements whose outcome has this kind (see [`Outcome::kind`]).
    pub fn ids_where(&self, kind: &str) -> Vec<&str> {
        let mut ids = Vec::new();
        for finding in &self.findings {
            if finding.outcome.kind() == kind {
                ids.push(finding.requirement.as_str());
            }
        }
        ids
    }

    /// The overall picture across all findings.
    pub fn summary(&self) -> Summary {
        let count = |wanted: Outcome| {
            self.findings
                .iter()
                .filter(|finding| finding.outcome == wanted)
                .count()
        };
        let total = self.findings.len();
        let met = count(Outcome::Met);
        let unanswered = count(Outcome::NotAnswered);
        // How many someone else decides, and who, when it is the same one for all of them.
        let (mut ask, mut decides) = (0, None);
        for finding in &self.findings {
            if let Outcome::Ask(decider) = finding.outcome {
                decides = if ask == 0 || decides == Some(decider) {
                    Some(decider)
                } else {
                    None
                };
                ask += 1;
            }
        }
        if unanswered == total {
            Summary::NothingAnswered
        } else if met == total {
            Summary::AllMet { total }
        } else if met + ask + unanswered < total {
            Summary::Gaps {
                met,
                ask,
                total,
                unanswered,
            }
        } else if unanswered > 0 {
            Summary::SoFarSoGood { met, ask, total }
        } else {
            Summary::Ask {
                met,
                ask,
                total,
                decides,
            }
        }
    }
}

impl Summary {
    /// A stable name for this kind of summary, for markup and analytics.
    pub fn kind(self) -> &'static str {
        match self {
            Summary::NothingAnswered => "nothing-answered",
            Summary::SoFarSoGood { .. } => "so-far",
            Summary::AllMet { .. } => "all-met",
            Summary::Ask { .. } => "ask",
            Summary::Gaps { .. } => "gaps",
        }
    }
}

use super::{Confidence, Criterion, Source};

/// Where the visitor stands on one requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not enough has been answered to tell.
    NotAnswered,
    /// The requirement is met.
    Met,
    /// The requirement is not met yet.
    NotMet,
}

impl Outcome {
    /// A stable name for the outcome, for markup and analytics: `met`, `not-met` or `not-answered`.
    pub fn kind(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::NotMet => "not-met",
            Outcome::NotAnswered => "not-answered",
        }
    }
}

/// The outcome for one requirement, what to do about it, and why.
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
    /// The "Why?" detail.
    pub why: Why,
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
        /// Requirements in all.
        total: usize,
    },
    /// Every requirement is met.
    AllMet {
        /// Requirements in all.
        total: usize,
    },
    /// At least one requirement is not met yet.
    Gaps {
        /// Requirements met.
        met: usize,
        /// Requirements in all.
        total: usize,
        /// Requirements not answered yet.
        unanswered: usize,
    },
}

impl Verdict {
    /// The ids of the requirements whose outcome has this kind (see [`Outcome::kind`]).
    pub fn ids_where(&self, kind: &str) -> Vec<&str> {
        self.findings
            .iter()
            .filter(|finding| finding.outcome.kind() == kind)
            .map(|finding| finding.requirement.as_str())
            .collect()
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
        if unanswered == total {
            Summary::NothingAnswered
        } else if met == total {
            Summary::AllMet { total }
        } else if met + unanswered == total {
            Summary::SoFarSoGood { met, total }
        } else {
            Summary::Gaps {
                met,
                total,
                unanswered,
            }
        }
    }
}

impl Summary {
    /// The first sentence the visitor reads, worded for any number of requirements.
    pub fn headline(self) -> String {
        let of = |met: usize, total: usize| {
            let noun = if total == 1 {
                "requirement"
            } else {
                "requirements"
            };
            format!("{met} of {total} {noun}")
        };
        let these = |total: usize| {
            if total == 1 {
                "this requirement"
            } else {
                "these requirements"
            }
        };
        match self {
            Summary::NothingAnswered => "Answer the questions to see where you stand.".into(),
            Summary::SoFarSoGood { met, total } => {
                format!(
                    "So far you meet {}. Answer the other questions to see the full picture.",
                    of(met, total)
                )
            }
            Summary::AllMet { total: 1 } => "You meet the requirement.".into(),
            Summary::AllMet { total } => format!("You meet all {total} requirements."),
            Summary::Gaps {
                met: 0,
                unanswered: 0,
                total,
            } => format!("You do not meet {} yet.", these(total)),
            Summary::Gaps { met: 0, total, .. } => {
                format!(
                    "You do not meet {} yet, and some questions are still open.",
                    these(total)
                )
            }
            Summary::Gaps {
                met,
                total,
                unanswered: 0,
            } => format!("You meet {}.", of(met, total)),
            Summary::Gaps { met, total, .. } => {
                format!(
                    "You meet {} so far, and some questions are still open.",
                    of(met, total)
                )
            }
        }
    }

    /// What to do next, pointing to the set's path (by its heading), once there is a verdict to
    /// act on: a visitor who meets everything still has steps ahead, and so does one with gaps.
    pub fn next_step(self, path_heading: &str) -> Option<String> {
        match self {
            Summary::NothingAnswered | Summary::SoFarSoGood { .. } => None,
            Summary::AllMet { .. } => Some(format!(
                "Next: apply, and open “{path_heading}” below. It lists your next steps and the papers to prepare."
            )),
            Summary::Gaps { .. } => Some(format!(
                "Open “{path_heading}” below to see the steps that can close each gap, and how long they take."
            )),
        }
    }

    /// A stable name for this kind of summary, for markup and analytics.
    pub fn kind(self) -> &'static str {
        match self {
            Summary::NothingAnswered => "nothing-answered",
            Summary::SoFarSoGood { .. } => "so-far",
            Summary::AllMet { .. } => "all-met",
            Summary::Gaps { .. } => "gaps",
        }
    }

    /// The sentence next to the Apply link: it always invites the visitor to apply.
    pub fn invitation(self) -> &'static str {
        match self {
            Summary::NothingAnswered | Summary::SoFarSoGood { .. } => "You can apply at any time.",
            Summary::AllMet { .. } => "Apply today. Our licensure team confirms the details with you.",
            Summary::Gaps { .. } => "You can still apply. Our licensure team guides applicants who are still working on a requirement.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_judge_nothing_before_anything_is_answered() {
        assert_eq!(
            Summary::NothingAnswered.headline(),
            "Answer the questions to see where you stand."
        );
        assert_eq!(
            Summary::AllMet { total: 3 }.headline(),
            "You meet all 3 requirements."
        );
        assert_eq!(
            Summary::Gaps {
                met: 2,
                total: 3,
                unanswered: 0
            }
            .headline(),
            "You meet 2 of 3 requirements."
        );
        assert!(Summary::Gaps {
            met: 0,
            total: 3,
            unanswered: 2
        }
        .headline()
        .contains("some questions are still open"));
    }

    #[test]
    fn headlines_read_right_for_any_number_of_requirements() {
        assert_eq!(
            Summary::AllMet { total: 1 }.headline(),
            "You meet the requirement."
        );
        assert_eq!(
            Summary::Gaps {
                met: 0,
                total: 1,
                unanswered: 0
            }
            .headline(),
            "You do not meet this requirement yet."
        );
        assert_eq!(
            Summary::Gaps {
                met: 1,
                total: 2,
                unanswered: 1
            }
            .headline(),
            "You meet 1 of 2 requirements so far, and some questions are still open."
        );
        for total in 1..=12 {
            let summaries = [
                Summary::AllMet { total },
                Summary::SoFarSoGood { met: 1, total },
                Summary::Gaps {
                    met: 0,
                    total,
                    unanswered: 0,
                },
                Summary::Gaps {
                    met: 1,
                    total,
                    unanswered: total - 1,
                },
            ];
            for summary in summaries {
                let headline = summary.headline();
                assert!(!headline.contains(" 1 requirements"), "{headline}");
                assert!(!headline.contains("all 1 "), "{headline}");
                assert!(!headline.contains(" of 1 requirements"), "{headline}");
            }
        }
    }

    #[test]
    fn every_summary_invites_the_visitor_to_apply() {
        for summary in [
            Summary::NothingAnswered,
            Summary::SoFarSoGood { met: 1, total: 3 },
            Summary::AllMet { total: 3 },
            Summary::Gaps {
                met: 0,
                total: 3,
                unanswered: 0,
            },
        ] {
            assert!(
                summary.invitation().to_lowercase().contains("apply"),
                "{summary:?}"
            );
        }
        assert!(Summary::Gaps {
            met: 1,
            total: 3,
            unanswered: 0
        }
        .invitation()
        .starts_with("You can still apply."));
    }
}

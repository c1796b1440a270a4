use super::{Gap, Requirement};

/// Where the visitor stands on one requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not enough has been answered to tell.
    NotAnswered,
    /// The requirement is met.
    Met,
    /// The requirement is not met yet, for these reasons (never empty).
    NotMet(Vec<Gap>),
}

impl Outcome {
    /// A stable name for the outcome, for markup and analytics: `met`, `not-met` or `not-answered`.
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::NotMet(_) => "not-met",
            Outcome::NotAnswered => "not-answered",
        }
    }
}

/// The outcome for one requirement, with the sentences that explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The requirement checked.
    pub requirement: Requirement,
    /// Where the visitor stands on it.
    pub outcome: Outcome,
    /// Plain-English sentences for the visitor: why, and what to do next.
    pub guidance: Vec<String>,
}

/// The result of checking every requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// One finding per requirement, in [`Requirement::ALL`] order.
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
    pub fn ids_where(&self, kind: &str) -> Vec<&'static str> {
        self.findings
            .iter()
            .filter(|finding| finding.outcome.kind() == kind)
            .map(|finding| finding.requirement.id())
            .collect()
    }

    /// The overall picture across all findings.
    pub fn summary(&self) -> Summary {
        let count = |wanted: fn(&Outcome) -> bool| {
            self.findings
                .iter()
                .filter(|finding| wanted(&finding.outcome))
                .count()
        };
        let total = self.findings.len();
        let met = count(|outcome| *outcome == Outcome::Met);
        let unanswered = count(|outcome| *outcome == Outcome::NotAnswered);
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
    /// The first sentence the visitor reads.
    pub fn headline(self) -> String {
        match self {
            Summary::NothingAnswered => "Answer the questions to see where you stand.".into(),
            Summary::SoFarSoGood { met, total } => {
                format!("So far you meet {met} of {total} requirements. Answer the other questions to see the full picture.")
            }
            Summary::AllMet { total } => format!("You meet all {total} requirements."),
            Summary::Gaps {
                met: 0,
                unanswered: 0,
                ..
            } => "You do not meet these requirements yet.".into(),
            Summary::Gaps { met: 0, .. } => {
                "You do not meet these requirements yet, and some questions are still open.".into()
            }
            Summary::Gaps {
                met,
                total,
                unanswered: 0,
            } => format!("You meet {met} of {total} requirements."),
            Summary::Gaps { met, total, .. } => {
                format!("You meet {met} of {total} requirements so far, and some questions are still open.")
            }
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
    use crate::domain::{evaluate, Answers, Certification, DegreeField, DegreeLevel, Months};

    fn summary(answers: Answers) -> Summary {
        evaluate(&answers).summary()
    }

    const ALL_MET: Answers = Answers {
        degree_level: Some(DegreeLevel::Bachelor),
        degree_field: Some(DegreeField::MedicalLaboratoryScience),
        experience: None,
        certification: Some(Certification::Ascp),
    };

    #[test]
    fn nothing_is_judged_before_anything_is_answered() {
        assert_eq!(summary(Answers::default()), Summary::NothingAnswered);
        assert_eq!(
            Summary::NothingAnswered.headline(),
            "Answer the questions to see where you stand."
        );
    }

    #[test]
    fn counts_what_is_met_so_far() {
        let answers = Answers {
            experience: None,
            ..ALL_MET
        };
        assert_eq!(summary(answers), Summary::SoFarSoGood { met: 2, total: 3 });
        let answers = Answers {
            experience: Months::new(12),
            ..ALL_MET
        };
        assert_eq!(summary(answers), Summary::AllMet { total: 3 });
        assert_eq!(
            Summary::AllMet { total: 3 }.headline(),
            "You meet all 3 requirements."
        );
    }

    #[test]
    fn any_gap_makes_the_summary_about_gaps() {
        let short = Answers {
            experience: Months::new(11),
            ..ALL_MET
        };
        assert_eq!(
            summary(short),
            Summary::Gaps {
                met: 2,
                total: 3,
                unanswered: 0
            }
        );
        assert_eq!(summary(short).headline(), "You meet 2 of 3 requirements.");

        let only_gap = Answers {
            certification: Some(Certification::NotYet),
            ..Answers::default()
        };
        assert_eq!(
            summary(only_gap),
            Summary::Gaps {
                met: 0,
                total: 3,
                unanswered: 2
            }
        );
        assert!(summary(only_gap)
            .headline()
            .contains("some questions are still open"));
    }

    #[test]
    fn sorts_requirement_ids_by_outcome() {
        let verdict = evaluate(&Answers {
            experience: Months::new(3),
            certification: None,
            ..ALL_MET
        });
        assert_eq!(verdict.ids_where("met"), ["education"]);
        assert_eq!(verdict.ids_where("not-met"), ["experience"]);
        assert_eq!(verdict.ids_where("not-answered"), ["certification"]);
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
                summary.invitation().contains("apply") || summary.invitation().contains("Apply"),
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

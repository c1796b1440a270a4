use super::{
    Answers, Certification, Choice, DegreeField, DegreeLevel, Finding, Gap, Months, Outcome,
    Requirement, Verdict,
};

/// Checks the answers against every requirement.
pub fn evaluate(answers: &Answers) -> Verdict {
    Verdict {
        findings: Requirement::ALL
            .into_iter()
            .map(|requirement| {
                let judgement = match requirement {
                    Requirement::Education => education(answers.degree_level, answers.degree_field),
                    Requirement::Experience => experience(answers.experience),
                    Requirement::Certification => certification(answers.certification),
                };
                let (outcome, guidance) = match judgement {
                    Judgement::NotAnswered => (
                        Outcome::NotAnswered,
                        vec![requirement.how_to_answer().to_owned()],
                    ),
                    Judgement::Met(why) => (Outcome::Met, vec![why]),
                    Judgement::NotMet(gaps) => {
                        let advice = gaps.iter().flat_map(|gap| gap.advice()).collect();
                        (Outcome::NotMet(gaps), advice)
                    }
                };
                Finding {
                    requirement,
                    outcome,
                    guidance,
                }
            })
            .collect(),
    }
}

/// One rule's result; a met rule says why in the words of the answers that met it.
enum Judgement {
    NotAnswered,
    Met(String),
    NotMet(Vec<Gap>),
}

/// A gap known from one answer decides the outcome even while the other is open.
fn education(level: Option<DegreeLevel>, field: Option<DegreeField>) -> Judgement {
    if level == Some(DegreeLevel::NoDegree) {
        // With no degree, its field does not matter.
        return Judgement::NotMet(vec![Gap::NoDegree]);
    }
    let mut gaps = Vec::new();
    if level.is_some_and(|level| !level.is_bachelor_or_higher()) {
        gaps.push(Gap::BelowBachelor);
    }
    if field.is_some_and(|field| !field.is_accepted()) {
        gaps.push(Gap::FieldNotListed);
    }
    match (level, field) {
        _ if !gaps.is_empty() => Judgement::NotMet(gaps),
        (Some(level), Some(field)) => Judgement::Met(format!(
            "Your {} in {} meets this.",
            level.in_sentence(),
            field.label()
        )),
        _ => Judgement::NotAnswered,
    }
}

fn experience(months: Option<Months>) -> Judgement {
    let Some(have) = months else {
        return Judgement::NotAnswered;
    };
    match have.short_of(Requirement::REQUIRED_MONTHS) {
        Some(missing) => Judgement::NotMet(vec![Gap::ShortOfExperience { have, missing }]),
        None => Judgement::Met(format!(
            "Your {have} of work as an MT meet the {} months we ask for.",
            Requirement::REQUIRED_MONTHS
        )),
    }
}

fn certification(certification: Option<Certification>) -> Judgement {
    match certification {
        None => Judgement::NotAnswered,
        Some(Certification::Ascp) => Judgement::Met("Your ASCP certification meets this.".into()),
        Some(Certification::Amt) => Judgement::Met("Your AMT certification meets this.".into()),
        Some(Certification::NotYet) => Judgement::NotMet(vec![Gap::NotCertified]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(value: u16) -> Option<Months> {
        Months::new(value)
    }

    fn outcome(answers: &Answers, requirement: Requirement) -> Outcome {
        evaluate(answers)
            .findings
            .into_iter()
            .find(|finding| finding.requirement == requirement)
            .map(|finding| finding.outcome)
            .expect("every requirement has a finding")
    }

    #[test]
    fn every_degree_level_and_field() {
        use DegreeField::*;
        use DegreeLevel::*;
        let met = Outcome::Met;
        let gaps = |gaps: &[Gap]| Outcome::NotMet(gaps.to_vec());
        let table = [
            (NoDegree, MedicalLaboratoryScience, gaps(&[Gap::NoDegree])),
            (NoDegree, Other, gaps(&[Gap::NoDegree])),
            (
                Associate,
                MedicalLaboratoryScience,
                gaps(&[Gap::BelowBachelor]),
            ),
            (Associate, Chemistry, gaps(&[Gap::BelowBachelor])),
            (
                Associate,
                Other,
                gaps(&[Gap::BelowBachelor, Gap::FieldNotListed]),
            ),
            (Bachelor, MedicalLaboratoryScience, met.clone()),
            (Bachelor, MedicalTechnology, met.clone()),
            (Bachelor, BiologicalScience, met.clone()),
            (Bachelor, Chemistry, met.clone()),
            (Bachelor, Other, gaps(&[Gap::FieldNotListed])),
            (Master, MedicalTechnology, met.clone()),
            (Master, Other, gaps(&[Gap::FieldNotListed])),
            (Doctorate, Chemistry, met.clone()),
            (Doctorate, Other, gaps(&[Gap::FieldNotListed])),
        ];
        for (level, field, expected) in &table {
            let answers = Answers {
                degree_level: Some(*level),
                degree_field: Some(*field),
                ..Answers::default()
            };
            assert_eq!(
                outcome(&answers, Requirement::Education),
                *expected,
                "{level:?} in {field:?}"
            );
        }
        // The table covers every level and every field, so a new option cannot slip past it.
        assert!(DegreeLevel::ALL
            .iter()
            .all(|level| table.iter().any(|row| row.0 == *level)));
        assert!(DegreeField::ALL
            .iter()
            .all(|field| table.iter().any(|row| row.1 == *field)));
    }

    #[test]
    fn a_half_answered_degree_is_judged_only_when_one_answer_already_decides() {
        let with = |level, field| Answers {
            degree_level: level,
            degree_field: field,
            ..Answers::default()
        };
        let table = [
            (None, None, Outcome::NotAnswered),
            (Some(DegreeLevel::Bachelor), None, Outcome::NotAnswered),
            (Some(DegreeLevel::Doctorate), None, Outcome::NotAnswered),
            (None, Some(DegreeField::Chemistry), Outcome::NotAnswered),
            (
                Some(DegreeLevel::NoDegree),
                None,
                Outcome::NotMet(vec![Gap::NoDegree]),
            ),
            (
                Some(DegreeLevel::Associate),
                None,
                Outcome::NotMet(vec![Gap::BelowBachelor]),
            ),
            (
                None,
                Some(DegreeField::Other),
                Outcome::NotMet(vec![Gap::FieldNotListed]),
            ),
        ];
        for (level, field, expected) in table {
            assert_eq!(
                outcome(&with(level, field), Requirement::Education),
                expected,
                "{level:?} {field:?}"
            );
        }
    }

    #[test]
    fn experience_boundaries() {
        let gap = |have: u16, missing: u16| {
            Outcome::NotMet(vec![Gap::ShortOfExperience {
                have: Months::new(have).unwrap(),
                missing: Months::new(missing).unwrap(),
            }])
        };
        let table = [
            (None, Outcome::NotAnswered),
            (months(0), gap(0, 12)),
            (months(1), gap(1, 11)),
            (months(11), gap(11, 1)),
            (months(12), Outcome::Met),
            (months(13), Outcome::Met),
            (months(600), Outcome::Met),
        ];
        for (experience, expected) in table {
            let answers = Answers {
                experience,
                ..Answers::default()
            };
            assert_eq!(
                outcome(&answers, Requirement::Experience),
                expected,
                "{experience:?}"
            );
        }
    }

    #[test]
    fn every_certification() {
        let table = [
            (
                None,
                Outcome::NotAnswered,
                Requirement::Certification.how_to_answer(),
            ),
            (
                Some(Certification::Ascp),
                Outcome::Met,
                "Your ASCP certification meets this.",
            ),
            (
                Some(Certification::Amt),
                Outcome::Met,
                "Your AMT certification meets this.",
            ),
            (
                Some(Certification::NotYet),
                Outcome::NotMet(vec![Gap::NotCertified]),
                "We ask for certification by ASCP or AMT.",
            ),
        ];
        for (certification, expected, says) in table {
            let answers = Answers {
                certification,
                ..Answers::default()
            };
            let finding = evaluate(&answers).findings.remove(2);
            assert_eq!(finding.requirement, Requirement::Certification);
            assert_eq!(finding.outcome, expected, "{certification:?}");
            assert!(
                finding.guidance[0].starts_with(says),
                "{certification:?}: {:?}",
                finding.guidance
            );
        }
    }

    #[test]
    fn requirements_are_judged_independently() {
        let answers = Answers {
            certification: Some(Certification::NotYet),
            ..Answers::default()
        };
        assert_eq!(
            outcome(&answers, Requirement::Education),
            Outcome::NotAnswered
        );
        assert_eq!(
            outcome(&answers, Requirement::Experience),
            Outcome::NotAnswered
        );
    }

    #[test]
    fn guidance_explains_each_outcome() {
        let answers = Answers {
            degree_level: Some(DegreeLevel::Master),
            degree_field: Some(DegreeField::Chemistry),
            experience: months(11),
            certification: None,
        };
        let verdict = evaluate(&answers);
        let guidance: Vec<String> = verdict
            .findings
            .iter()
            .map(|finding| finding.guidance.join(" "))
            .collect();
        assert_eq!(guidance[0], "Your master's degree in Chemistry meets this.");
        assert!(guidance[1].starts_with("You have 11 months of work as an MT. We ask for 12 months, so you need 1 month more."), "{}", guidance[1]);
        assert_eq!(guidance[2], Requirement::Certification.how_to_answer());
    }

    #[test]
    fn missing_months_read_correctly() {
        let advice = |have| {
            Gap::ShortOfExperience {
                have: Months::new(have).unwrap(),
                missing: Months::new(12 - have).unwrap(),
            }
            .advice()
            .join(" ")
        };
        assert!(
            advice(11).contains("you need 1 month more"),
            "{}",
            advice(11)
        );
        assert!(
            advice(0).contains("You have 0 months of work as an MT"),
            "{}",
            advice(0)
        );
        assert!(
            advice(0).contains("you need 12 months more"),
            "{}",
            advice(0)
        );
    }

    #[test]
    fn gap_advice_names_the_way_forward() {
        let advice = |gap: Gap| gap.advice().join(" ");
        assert!(advice(Gap::NotCertified)
            .contains("Both boards accept graduates of programs outside the U.S."));
        assert!(advice(Gap::FieldNotListed).contains("licensure team"));
        assert!(advice(Gap::BelowBachelor).contains("bachelor's degree"));
        assert!(advice(Gap::NoDegree).contains("licensure team"));
        assert!(advice(Gap::ShortOfExperience {
            have: Months::new(2).unwrap(),
            missing: Months::new(10).unwrap()
        })
        .contains("Check the current routes with ASCP."));
    }
}

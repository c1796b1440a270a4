use super::{Months, Requirement};

/// A precise reason a requirement is not met yet; each carries its own advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// The visitor has no degree yet.
    NoDegree,
    /// The visitor's degree is below a bachelor's (an associate degree).
    BelowBachelor,
    /// The degree is in a field the agency does not name.
    FieldNotListed,
    /// Fewer months of MT work than the agency asks for.
    ShortOfExperience {
        /// Months worked so far.
        have: Months,
        /// Months still to go.
        missing: Months,
    },
    /// Not certified by ASCP or AMT yet.
    NotCertified,
}

impl Gap {
    /// Plain-English advice, one paragraph per item. Facts come from `research/domain-facts.md`, sections 1, 2, 3.2 and 4.
    pub fn advice(self) -> Vec<String> {
        match self {
            Gap::NoDegree => vec![
                "We ask for a bachelor's degree. Talk with our licensure team about your education and the options that fit you.".into(),
            ],
            Gap::BelowBachelor => vec![
                "We ask for a bachelor's degree. An associate degree is the level of a Medical Laboratory Technician (MLT). Talk with our licensure team about the options that fit you.".into(),
            ],
            Gap::FieldNotListed => vec![
                "We ask for a degree in one of four fields: Medical Laboratory Science, Medical Technology, Biological Science or Chemistry. A degree in another field is worth discussing with our licensure team. Have your transcript ready.".into(),
            ],
            Gap::ShortOfExperience { have, missing } => vec![
                format!(
                    "You have {have} of work as an MT. We ask for {required} months, so you need {missing} more.",
                    required = Requirement::REQUIRED_MONTHS,
                ),
                "Tip: this year of work is our requirement, not an exam rule. ASCP's international exam, MLS(ASCPi), has a route with no work experience for graduates whose degree included a clinical internship. Check the current routes with ASCP.".into(),
            ],
            Gap::NotCertified => vec![
                "We ask for certification by ASCP or AMT. Both boards accept graduates of programs outside the U.S.: ASCP through its international credential, MLS(ASCPi), and AMT with a course-by-course evaluation of your transcripts.".into(),
            ],
        }
    }
}

/// One of the agency's hiring requirements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Requirement {
    /// A bachelor's degree in one of four named fields.
    Education,
    /// One year of work as a Medical Technologist.
    Experience,
    /// Certification by ASCP or AMT.
    Certification,
}

impl Requirement {
    /// Every requirement, in the order the article lists them.
    pub const ALL: [Requirement; 3] = [
        Requirement::Education,
        Requirement::Experience,
        Requirement::Certification,
    ];

    /// The months of MT work the agency asks for: one year.
    pub const REQUIRED_MONTHS: u16 = 12;

    /// A stable identifier, for markup and analytics.
    pub fn id(self) -> &'static str {
        match self {
            Requirement::Education => "education",
            Requirement::Experience => "experience",
            Requirement::Certification => "certification",
        }
    }

    /// A short title.
    pub fn title(self) -> &'static str {
        match self {
            Requirement::Education => "Bachelor's degree",
            Requirement::Experience => "One year of work as an MT",
            Requirement::Certification => "ASCP or AMT certification",
        }
    }

    /// The requirement in full, as the agency states it.
    pub fn description(self) -> &'static str {
        match self {
            Requirement::Education => {
                "In Medical Laboratory Science, Medical Technology, Biological Science or Chemistry."
            }
            Requirement::Experience => {
                "Taking samples, clinical testing, troubleshooting and routine lab maintenance."
            }
            Requirement::Certification => "By ASCP (American Society for Clinical Pathology) or AMT (American Medical Technologists).",
        }
    }

    /// What to answer so this requirement can be checked.
    pub fn how_to_answer(self) -> &'static str {
        match self {
            Requirement::Education => "Answer the questions about your degree to check this.",
            Requirement::Experience => "Enter your months of work as an MT to check this.",
            Requirement::Certification => "Answer the question about certification to check this.",
        }
    }
}

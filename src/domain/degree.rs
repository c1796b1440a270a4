use super::Choice;

/// The highest degree the visitor holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DegreeLevel {
    /// No degree yet.
    NoDegree,
    /// An associate degree.
    Associate,
    /// A bachelor's degree.
    Bachelor,
    /// A master's degree.
    Master,
    /// A doctorate.
    Doctorate,
}

impl DegreeLevel {
    /// Whether this level is at least the bachelor's degree the agency asks for.
    pub fn is_bachelor_or_higher(self) -> bool {
        self >= DegreeLevel::Bachelor
    }

    /// The level as it reads inside a sentence ("your … in Chemistry").
    pub fn in_sentence(self) -> &'static str {
        match self {
            DegreeLevel::NoDegree => "no degree",
            DegreeLevel::Associate => "associate degree",
            DegreeLevel::Bachelor => "bachelor's degree",
            DegreeLevel::Master => "master's degree",
            DegreeLevel::Doctorate => "doctorate",
        }
    }
}

impl Choice for DegreeLevel {
    const ALL: &'static [Self] = &[
        DegreeLevel::NoDegree,
        DegreeLevel::Associate,
        DegreeLevel::Bachelor,
        DegreeLevel::Master,
        DegreeLevel::Doctorate,
    ];

    fn id(self) -> &'static str {
        match self {
            DegreeLevel::NoDegree => "none",
            DegreeLevel::Associate => "associate",
            DegreeLevel::Bachelor => "bachelor",
            DegreeLevel::Master => "master",
            DegreeLevel::Doctorate => "doctorate",
        }
    }

    fn label(self) -> &'static str {
        match self {
            DegreeLevel::NoDegree => "No degree yet",
            DegreeLevel::Associate => "Associate degree",
            DegreeLevel::Bachelor => "Bachelor's degree",
            DegreeLevel::Master => "Master's degree",
            DegreeLevel::Doctorate => "Doctorate (PhD or similar)",
        }
    }
}

/// The subject of the visitor's degree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DegreeField {
    /// Medical Laboratory Science.
    MedicalLaboratoryScience,
    /// Medical Technology.
    MedicalTechnology,
    /// Biological Science.
    BiologicalScience,
    /// Chemistry.
    Chemistry,
    /// Any field the agency does not name.
    Other,
}

impl DegreeField {
    /// Whether the agency names this field for its degree requirement.
    pub fn is_accepted(self) -> bool {
        self != DegreeField::Other
    }
}

impl Choice for DegreeField {
    const ALL: &'static [Self] = &[
        DegreeField::MedicalLaboratoryScience,
        DegreeField::MedicalTechnology,
        DegreeField::BiologicalScience,
        DegreeField::Chemistry,
        DegreeField::Other,
    ];

    fn id(self) -> &'static str {
        match self {
            DegreeField::MedicalLaboratoryScience => "mls",
            DegreeField::MedicalTechnology => "medtech",
            DegreeField::BiologicalScience => "biology",
            DegreeField::Chemistry => "chemistry",
            DegreeField::Other => "other",
        }
    }

    fn label(self) -> &'static str {
        match self {
            DegreeField::MedicalLaboratoryScience => "Medical Laboratory Science",
            DegreeField::MedicalTechnology => "Medical Technology",
            DegreeField::BiologicalScience => "Biological Science",
            DegreeField::Chemistry => "Chemistry",
            DegreeField::Other => "Another field",
        }
    }
}

use super::{Certification, DegreeField, DegreeLevel, Months};

/// What the visitor has answered so far; `None` means not answered (or not answered validly).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// The highest degree held.
    pub degree_level: Option<DegreeLevel>,
    /// The degree's subject.
    pub degree_field: Option<DegreeField>,
    /// Months worked as a Medical Technologist.
    pub experience: Option<Months>,
    /// Certification status.
    pub certification: Option<Certification>,
}

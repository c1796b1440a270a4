use super::Choice;

/// The visitor's certification status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Certification {
    /// Certified by the ASCP Board of Certification, including the international MLS(ASCPi).
    Ascp,
    /// Certified by American Medical Technologists: MLS(AMT), formerly MT(AMT).
    Amt,
    /// Not certified by either board yet.
    NotYet,
}

impl Choice for Certification {
    const ALL: &'static [Self] = &[
        Certification::Ascp,
        Certification::Amt,
        Certification::NotYet,
    ];

    fn id(self) -> &'static str {
        match self {
            Certification::Ascp => "ascp",
            Certification::Amt => "amt",
            Certification::NotYet => "not-yet",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Certification::Ascp => "Yes, by ASCP (including MLS(ASCPi))",
            Certification::Amt => "Yes, by AMT (MLS(AMT), formerly MT(AMT))",
            Certification::NotYet => "Not yet",
        }
    }
}

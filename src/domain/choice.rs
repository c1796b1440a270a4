/// A closed set of answers to one multiple-choice question.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every option, in the order the visitor sees them.
    const ALL: &'static [Self];

    /// A stable identifier, used as the form value.
    fn id(self) -> &'static str;

    /// What the visitor reads next to the option.
    fn label(self) -> &'static str;
}

//! The attributes a host element sets, in one list: the widget reads them through it, and the build
//! writes the loader's list of observed attributes and the studio's tables from it.

/// An attribute the widget reads. Every read goes through this list, and the build writes the
/// loader's from it, so the widget cannot read one the loader does not watch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribute {
    /// Which requirement set: a shipped set's name, a link, or none.
    Requirements,
    /// Where the Apply link goes.
    ApplyUrl,
    /// The Apply link's target.
    LinkTarget,
    /// The page's query parameters to pass on to the Apply link.
    ForwardParams,
    /// Whether events also go to `window.dataLayer`.
    Datalayer,
    /// Whether event payloads may carry the answers.
    ShareAnswers,
    /// The link to the visitor's answers: `off`, or the address it starts with.
    AnswersLink,
    /// Whether visitors are offered to remember their answers on their device: `off` removes it.
    RememberAnswers,
    /// Theme: the primary color.
    PrimaryColor,
    /// Theme: the font family.
    Font,
    /// Theme: the corner radius.
    Radius,
    /// The language to speak, such as `es` or `es-PR`.
    Lang,
}

impl Attribute {
    /// Every attribute, in the documented order.
    pub const ALL: [Attribute; 12] = [
        Attribute::Requirements,
        Attribute::ApplyUrl,
        Attribute::LinkTarget,
        Attribute::ForwardParams,
        Attribute::Datalayer,
        Attribute::ShareAnswers,
        Attribute::AnswersLink,
        Attribute::RememberAnswers,
        Attribute::PrimaryColor,
        Attribute::Font,
        Attribute::Radius,
        Attribute::Lang,
    ];

    /// Its documented name; a `<div>` host writes it with a `data-` prefix.
    pub const fn name(self) -> &'static str {
        match self {
            Attribute::Requirements => "requirements",
            Attribute::ApplyUrl => "apply-url",
            Attribute::LinkTarget => "link-target",
            Attribute::ForwardParams => "forward-params",
            Attribute::Datalayer => "datalayer",
            Attribute::ShareAnswers => "share-answers",
            Attribute::AnswersLink => "answers-link",
            Attribute::RememberAnswers => "remember-answers",
            Attribute::PrimaryColor => "primary-color",
            Attribute::Font => "font",
            Attribute::Radius => "radius",
            Attribute::Lang => "lang",
        }
    }
}

/// The names of [`Attribute::ALL`]. A custom element takes them as they are; a `<div>` host
/// (which CMS editors keep) takes them with a `data-` prefix. The loader observes the same list.
pub const ATTRIBUTES: [&str; 12] = {
    let mut names = [""; 12];
    let mut index = 0;
    while index < names.len() {
        names[index] = Attribute::ALL[index].name();
        index += 1;
    }
    names
};

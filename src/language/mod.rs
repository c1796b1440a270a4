//! The languages the widget speaks, and which one a widget uses. Its own words are in
//! [`crate::messages`], one catalogue per language; a requirement set's words come from the set
//! or its translation file. Numbers, counts and dates are written by the browser's `Intl`.

mod choice;

pub use choice::{choose, Choice};

use mt_requirements::Formatting;

use crate::messages::{Messages, ENGLISH, SPANISH};

/// A language the widget has a complete catalogue for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// U.S. English, the default.
    #[default]
    English,
    /// Spanish, for every Spanish-speaking region.
    Spanish,
}

impl Language {
    /// Every language the widget speaks.
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// Its BCP 47 language subtag, as sets and `lang` attributes write it.
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The widget's own words in it.
    pub fn messages(self) -> &'static Messages {
        match self {
            Language::English => &ENGLISH,
            Language::Spanish => &SPANISH,
        }
    }

    /// The language of a tag such as `es`, `es-PR` or `ES_419`: a region uses its language's words.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Language::ALL
            .into_iter()
            .find(|language| primary.eq_ignore_ascii_case(language.tag()))
    }

    /// How numbers, counts and dates read in it: the browser's `Intl` in the widget, plain digits
    /// and `YYYY-MM-DD` dates outside a browser (the native tests and server rendering).
    pub fn formatting(self) -> Formatting {
        #[cfg(target_arch = "wasm32")]
        return crate::web::intl_formatting(self.tag());
        #[cfg(not(target_arch = "wasm32"))]
        Formatting::default()
    }
}

/// The language of the widget this component is in (English outside any widget).
#[yew::hook]
pub fn use_language() -> Language {
    yew::use_context::<Language>().unwrap_or_default()
}

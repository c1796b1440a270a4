//! The languages the widget speaks, and which one a widget uses. Its own words are in
//! [`crate::messages`], one catalogue per language; a requirement set's words come from the set
//! or its translation file. How numbers and dates are written is given by the browser glue.

mod choice;

pub use choice::{choose, Choice};

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
}

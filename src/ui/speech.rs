//! What every component needs to say something: the language the widget speaks and how numbers,
//! counts and dates are written in it. The browser glue fills it in ([`super::Host`]); the
//! components read it from context.

use mt_requirements::Formatting;
use yew::prelude::*;

use crate::language::Language;
use crate::messages::Messages;

/// The language a widget shows and the formatting of its numbers and dates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Speech {
    /// The language of the widget's own words.
    pub language: Language,
    /// How numbers, counts and dates read in it (the browser's `Intl` in the widget; plain digits
    /// and `YYYY-MM-DD` outside a browser).
    pub formatting: Formatting,
}

/// The speech of the widget this component is in (English, plain formatting, outside any widget).
#[hook]
pub fn use_speech() -> Speech {
    use_context::<Speech>().unwrap_or_default()
}

/// The words of the widget this component is in.
#[hook]
pub fn use_messages() -> &'static Messages {
    use_speech().language.messages()
}

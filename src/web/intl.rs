//! The browser's `Intl` formats the widget's numbers, counts and dates, so they read as the
//! visitor's language writes them ("1 de diciembre de 2026"). One set of formatters per language.

use std::cell::RefCell;

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use mt_requirements::{Formatting, Locale};

/// One language's formatters, made once: making them costs more than using them.
struct IntlLocale {
    numbers: Function,
    plurals: Intl::PluralRules,
    dates: Function,
}

impl Locale for IntlLocale {
    fn number(&self, n: i64) -> String {
        self.numbers
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| n.to_string())
    }

    fn is_one(&self, n: i64) -> bool {
        self.plurals.select(n as f64) == "one"
    }

    fn date(&self, date: &str) -> String {
        // `YYYY-MM-DD` is read as midnight UTC, so it is written in UTC: the same day everywhere.
        let parsed = Date::new(&JsValue::from_str(date));
        if parsed.get_time().is_nan() {
            return date.to_owned();
        }
        self.dates
            .call1(&JsValue::UNDEFINED, &parsed)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| date.to_owned())
    }
}

thread_local! {
    static MADE: RefCell<Vec<(&'static str, Formatting)>> = const { RefCell::new(Vec::new()) };
}

/// The formatting for a language tag such as `es`.
pub fn intl_formatting(tag: &'static str) -> Formatting {
    if let Some(made) = MADE.with(|made| {
        made.borrow()
            .iter()
            .find(|(made, _)| *made == tag)
            .map(|(_, formatting)| formatting.clone())
    }) {
        return made;
    }
    let locales = Array::of1(&JsValue::from_str(tag));
    let date_options = Object::new();
    let _ = Reflect::set(&date_options, &"dateStyle".into(), &"long".into());
    let _ = Reflect::set(&date_options, &"timeZone".into(), &"UTC".into());
    let formatting = Formatting::new(IntlLocale {
        numbers: Intl::NumberFormat::new(&locales, &Object::new()).format(),
        plurals: Intl::PluralRules::new(&locales, &Object::new()),
        dates: Intl::DateTimeFormat::new(&locales, &date_options).format(),
    });
    MADE.with(|made| made.borrow_mut().push((tag, formatting.clone())));
    formatting
}

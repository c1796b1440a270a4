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
    months: Function,
}

/// `text` (`YYYY-MM-DD`) written by `format`, or as it is if it is not a date.
fn written(format: &Function, text: &str) -> String {
    // `YYYY-MM-DD` is read as midnight UTC, so it is written in UTC: the same day everywhere.
    let parsed = Date::new(&JsValue::from_str(text));
    if parsed.get_time().is_nan() {
        return text.to_owned();
    }
    format
        .call1(&JsValue::UNDEFINED, &parsed)
        .ok()
        .and_then(|written| written.as_string())
        .unwrap_or_else(|| text.to_owned())
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
        written(&self.dates, date)
    }

    fn month(&self, month: &str) -> String {
        // Its first day, written as month and year only (the validator lets only months through).
        let mut first = month.to_owned();
        first.push_str("-01");
        written(&self.months, &first)
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
    let month_options = Object::new();
    let _ = Reflect::set(&month_options, &"year".into(), &"numeric".into());
    let _ = Reflect::set(&month_options, &"month".into(), &"long".into());
    let _ = Reflect::set(&month_options, &"timeZone".into(), &"UTC".into());
    let formatting = Formatting::new(IntlLocale {
        numbers: Intl::NumberFormat::new(&locales, &Object::new()).format(),
        plurals: Intl::PluralRules::new(&locales, &Object::new()),
        dates: Intl::DateTimeFormat::new(&locales, &date_options).format(),
        months: Intl::DateTimeFormat::new(&locales, &month_options).format(),
    });
    MADE.with(|made| made.borrow_mut().push((tag, formatting.clone())));
    formatting
}

//! The browser's `Intl` formats the widget's numbers, counts and dates, so they read as the
//! visitor's language writes them ("1 de diciembre de 2026"). One set of formatters per language.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use mt_requirements::{Formatting, Locale};

use crate::language::Language;

/// One language's formatters, made when first used (the widget asks for them when the page is
/// next idle after its first verdict): making them costs far more than using them. Made at mount,
/// the first `Intl.NumberFormat` of a page took 35 ms (140 at 4× CPU) of the task that starts the
/// widget, while the visitor waited to answer.
struct IntlLocale {
    tag: &'static str,
    made: Cell<Option<&'static Formatters>>,
}

struct Formatters {
    numbers: Function,
    dates: Function,
    months: Function,
}

impl IntlLocale {
    // Made once per language and kept for the page's life, as `MADE` keeps the language: a
    // `&'static` needs no reference count or drop code in the download, and no `OnceCell` panic.
    fn made(&self) -> &'static Formatters {
        if let Some(made) = self.made.get() {
            return made;
        }
        let made: &'static Formatters = Box::leak(Box::new({
            let locales = Array::of1(&JsValue::from_str(self.tag));
            let date_options = Object::new();
            let _ = Reflect::set(&date_options, &"dateStyle".into(), &"long".into());
            let _ = Reflect::set(&date_options, &"timeZone".into(), &"UTC".into());
            let month_options = Object::new();
            let _ = Reflect::set(&month_options, &"year".into(), &"numeric".into());
            let _ = Reflect::set(&month_options, &"month".into(), &"long".into());
            let _ = Reflect::set(&month_options, &"timeZone".into(), &"UTC".into());
            Formatters {
                numbers: Intl::NumberFormat::new(&locales, &Object::new()).format(),
                dates: Intl::DateTimeFormat::new(&locales, &date_options).format(),
                months: Intl::DateTimeFormat::new(&locales, &month_options).format(),
            }
        }));
        self.made.set(Some(made));
        made
    }
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
        self.made()
            .numbers
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| n.to_string())
    }

    // English and Spanish take the singular for exactly 1 of a whole number (CLDR's plural rules,
    // which `Intl.PluralRules` applies), so the download needs no plural rules.
    fn is_one(&self, n: i64) -> bool {
        n == 1
    }

    fn date(&self, date: &str) -> String {
        written(&self.made().dates, date)
    }

    fn month(&self, month: &str) -> String {
        // Its first day, written as month and year only (the validator lets only months through).
        let mut first = month.to_owned();
        first.push_str("-01");
        written(&self.made().months, &first)
    }
}

// A language whose singular is not exactly 1 (French takes it for 0 too) needs
// `Intl.PluralRules` back in `is_one`.
const _: () = assert!(
    Language::ALL.len() == 2,
    "a new language: check that its singular is exactly 1, or use Intl.PluralRules in is_one"
);

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
    let formatting = Formatting::new(IntlLocale {
        tag,
        made: Cell::new(None),
    });
    MADE.with(|made| made.borrow_mut().push((tag, formatting.clone())));
    formatting
}

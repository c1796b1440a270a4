//! How numbers, counts and dates read in the set's language: "1 month", "30 meses", "1 de
//! diciembre de 2026". The engine has no locale data of its own: its caller passes the
//! formatting in (the widget, the browser's `Intl` rules for the language it shows). Without them numbers are plain digits, the singular is for exactly 1,
//! and dates stay as written (`2026-12-01`).

use std::fmt;
use std::rc::Rc;

use super::Unit;

/// A language's way of writing numbers and dates, and of choosing a unit's singular or plural.
pub trait Locale {
    /// The number as the language writes it (`Intl.NumberFormat`).
    fn number(&self, n: i64) -> String;
    /// Whether `n` takes the singular (`Intl.PluralRules` says "one").
    fn is_one(&self, n: i64) -> bool;
    /// A `YYYY-MM-DD` date as the language writes it in a sentence (`Intl.DateTimeFormat`).
    fn date(&self, date: &str) -> String;
    /// A `YYYY-MM` month as the language writes it in a sentence, such as "July 2026".
    fn month(&self, month: &str) -> String;
}

/// Digits, the singular for exactly 1 (right for English and Spanish counts), dates as written.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlainLocale;

impl Locale for PlainLocale {
    fn number(&self, n: i64) -> String {
        n.to_string()
    }

    fn is_one(&self, n: i64) -> bool {
        n == 1
    }

    fn date(&self, date: &str) -> String {
        date.to_owned()
    }

    fn month(&self, month: &str) -> String {
        month.to_owned()
    }
}

/// The [`Locale`] texts are written with, shared: two are equal when they are the same one.
#[derive(Clone)]
pub struct Formatting(Rc<dyn Locale>);

impl Formatting {
    /// Formatting by `locale`.
    pub fn new(locale: impl Locale + 'static) -> Formatting {
        Formatting(Rc::new(locale))
    }

    /// A `YYYY-MM-DD` date, as it reads in a sentence.
    pub fn date(&self, date: &str) -> String {
        self.0.date(date)
    }

    /// A `YYYY-MM` month, as it reads in a sentence.
    pub fn month(&self, month: &str) -> String {
        self.0.month(month)
    }

    /// The number alone.
    pub fn number(&self, n: i64) -> String {
        self.0.number(n)
    }

    /// The number with its unit: "1 month", "14 months"; just the number with no unit.
    pub fn count(&self, n: i64, unit: &Unit) -> String {
        let word = if self.0.is_one(n) {
            &unit.one
        } else {
            &unit.other
        };
        let number = self.0.number(n);
        if word.is_empty() {
            number
        } else {
            format!("{number} {word}")
        }
    }
}

impl Default for Formatting {
    fn default() -> Formatting {
        Formatting::new(PlainLocale)
    }
}

impl fmt::Debug for Formatting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Formatting")
    }
}

impl PartialEq for Formatting {
    fn eq(&self, other: &Formatting) -> bool {
        std::ptr::addr_eq(Rc::as_ptr(&self.0), Rc::as_ptr(&other.0))
    }
}

impl Eq for Formatting {}

#[cfg(test)]
mod tests {
    use super::*;

    struct Grouped;

    impl Locale for Grouped {
        fn number(&self, n: i64) -> String {
            format!("#{n}")
        }
        fn is_one(&self, n: i64) -> bool {
            n == 0
        }
        fn date(&self, date: &str) -> String {
            format!("on {date}")
        }
        fn month(&self, month: &str) -> String {
            format!("in {month}")
        }
    }

    #[test]
    fn texts_follow_the_language_rules_they_are_given() {
        let months = Unit {
            one: "month".into(),
            other: "months".into(),
        };
        let plain = Formatting::default();
        assert_eq!(plain.count(1, &months), "1 month");
        assert_eq!(plain.count(0, &months), "0 months");
        assert_eq!(plain.count(7, &Unit::default()), "7");
        let other = Formatting::new(Grouped);
        assert_eq!(other.count(0, &months), "#0 month");
        assert_eq!(other.count(1, &months), "#1 months");
        assert_eq!(plain.date("2026-12-01"), "2026-12-01");
        assert_eq!(other.date("2026-12-01"), "on 2026-12-01");
        assert_eq!(
            (plain.month("2026-07"), other.month("2026-07")),
            ("2026-07".into(), "in 2026-07".into())
        );
    }
}

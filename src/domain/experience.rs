use std::fmt;
use std::str::FromStr;

/// Months of work as a Medical Technologist, as a whole number from 0 to [`Months::MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Months(u16);

impl Months {
    /// The largest value accepted: fifty years, well past any real career.
    pub const MAX: u16 = 600;

    /// Months, if `value` is within range.
    pub fn new(value: u16) -> Option<Months> {
        (value <= Months::MAX).then_some(Months(value))
    }

    /// The number of months.
    pub fn get(self) -> u16 {
        self.0
    }

    /// How many months are still missing to reach `required`, if any.
    pub fn short_of(self, required: u16) -> Option<Months> {
        (self.0 < required).then(|| Months((required - self.0).min(Months::MAX)))
    }
}

impl fmt::Display for Months {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            1 => f.write_str("1 month"),
            n => write!(f, "{n} months"),
        }
    }
}

/// Why a typed months value was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthsError {
    /// Nothing was typed.
    Empty,
    /// Something other than digits was typed, such as "1.5" or "one year".
    NotWholeNumber,
    /// A minus sign before a number.
    Negative,
    /// More than [`Months::MAX`].
    TooLarge,
}

impl MonthsError {
    /// What the visitor is told next to the field: what went wrong and what is accepted.
    pub fn message(self) -> &'static str {
        match self {
            MonthsError::Empty => {
                "Enter the number of months, from 0 to 600. For example, enter 12 for one year."
            }
            MonthsError::NotWholeNumber => {
                "Enter a whole number of months using digits only, from 0 to 600. For example, enter 18 for one and a half years."
            }
            MonthsError::Negative => "The number of months cannot be negative. Enter 0 if you have not worked as an MT yet.",
            MonthsError::TooLarge => "Enter 600 months or fewer.",
        }
    }
}

impl FromStr for Months {
    type Err = MonthsError;

    /// Reads what the visitor typed. Surrounding spaces are ignored; nothing else is guessed.
    fn from_str(text: &str) -> Result<Months, MonthsError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MonthsError::Empty);
        }
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MonthsError::NotWholeNumber);
        }
        // Leading zeros are harmless, and "-0" is zero written oddly: accept both rather than scold.
        let significant = digits.trim_start_matches('0');
        if negative && !significant.is_empty() {
            return Err(MonthsError::Negative);
        }
        // Past three digits the value is over MAX whatever it is, and must not overflow.
        if significant.len() > 3 {
            return Err(MonthsError::TooLarge);
        }
        let value = significant
            .bytes()
            .fold(0u16, |value, digit| value * 10 + u16::from(digit - b'0'));
        Months::new(value).ok_or(MonthsError::TooLarge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_whole_numbers_from_zero_to_six_hundred() {
        for (text, months) in [
            ("0", 0),
            ("11", 11),
            ("12", 12),
            ("13", 13),
            (" 24 ", 24),
            ("007", 7),
            ("600", 600),
            ("-0", 0),
        ] {
            assert_eq!(
                text.parse::<Months>().map(Months::get),
                Ok(months),
                "{text:?}"
            );
        }
    }

    #[test]
    fn says_why_a_value_is_refused() {
        for (text, error) in [
            ("", MonthsError::Empty),
            ("   ", MonthsError::Empty),
            ("-1", MonthsError::Negative),
            ("- 5", MonthsError::Negative),
            ("601", MonthsError::TooLarge),
            ("1000", MonthsError::TooLarge),
            ("99999999999999999999999", MonthsError::TooLarge),
            ("12.5", MonthsError::NotWholeNumber),
            ("12,0", MonthsError::NotWholeNumber),
            ("1e2", MonthsError::NotWholeNumber),
            ("+12", MonthsError::NotWholeNumber),
            ("one year", MonthsError::NotWholeNumber),
            ("12 months", MonthsError::NotWholeNumber),
            ("-", MonthsError::NotWholeNumber),
            ("١٢", MonthsError::NotWholeNumber),
        ] {
            assert_eq!(text.parse::<Months>(), Err(error), "{text:?}");
        }
    }

    #[test]
    fn every_message_says_what_is_accepted() {
        for error in [
            MonthsError::Empty,
            MonthsError::NotWholeNumber,
            MonthsError::Negative,
            MonthsError::TooLarge,
        ] {
            let message = error.message();
            assert!(
                message.contains('0') || message.contains("600"),
                "{message}"
            );
        }
    }

    #[test]
    fn reads_as_english() {
        assert_eq!(Months(1).to_string(), "1 month");
        assert_eq!(Months(0).to_string(), "0 months");
        assert_eq!(Months(11).to_string(), "11 months");
    }
}

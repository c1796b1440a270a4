/// Why a typed number was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// Something other than digits, such as "1.5" or "one year".
    NotWholeNumber,
    /// A minus sign where only zero or more is accepted.
    Negative,
    /// Below the question's minimum.
    TooSmall,
    /// Above the question's maximum.
    TooLarge,
}

/// Reads what the visitor typed as a whole number within `min..=max`. Surrounding spaces are
/// ignored and leading zeros are harmless; nothing else is guessed.
pub fn parse_whole_number(text: &str, min: i64, max: i64) -> Result<i64, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotWholeNumber);
    }
    let significant = digits.trim_start_matches('0');
    // Past 18 digits the value is out of any bound, and must not overflow.
    if significant.len() > 18 {
        return Err(if negative {
            NumberError::Negative
        } else {
            NumberError::TooLarge
        });
    }
    let magnitude = significant
        .bytes()
        .fold(0i64, |value, digit| value * 10 + i64::from(digit - b'0'));
    let value = if negative { -magnitude } else { magnitude };
    if value < min {
        Err(if value < 0 && min >= 0 {
            NumberError::Negative
        } else {
            NumberError::TooSmall
        })
    } else if value > max {
        Err(NumberError::TooLarge)
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_whole_numbers_within_bounds() {
        for (text, value) in [
            ("0", 0),
            ("11", 11),
            ("12", 12),
            ("13", 13),
            (" 24 ", 24),
            ("007", 7),
            ("600", 600),
            ("-0", 0),
        ] {
            assert_eq!(parse_whole_number(text, 0, 600), Ok(value), "{text:?}");
        }
        assert_eq!(parse_whole_number("-5", -10, 10), Ok(-5));
    }

    #[test]
    fn says_why_a_value_is_refused() {
        for (text, error) in [
            ("", NumberError::Empty),
            ("   ", NumberError::Empty),
            ("-1", NumberError::Negative),
            ("- 5", NumberError::Negative),
            ("-99999999999999999999999", NumberError::Negative),
            ("601", NumberError::TooLarge),
            ("1000", NumberError::TooLarge),
            ("99999999999999999999999", NumberError::TooLarge),
            ("12.5", NumberError::NotWholeNumber),
            ("12,0", NumberError::NotWholeNumber),
            ("1e2", NumberError::NotWholeNumber),
            ("+12", NumberError::NotWholeNumber),
            ("one year", NumberError::NotWholeNumber),
            ("12 months", NumberError::NotWholeNumber),
            ("-", NumberError::NotWholeNumber),
            ("١٢", NumberError::NotWholeNumber),
        ] {
            assert_eq!(parse_whole_number(text, 0, 600), Err(error), "{text:?}");
        }
        assert_eq!(parse_whole_number("2", 3, 10), Err(NumberError::TooSmall));
    }
}

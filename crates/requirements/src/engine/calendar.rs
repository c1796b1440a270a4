//! Whole days and months between written dates, for the ages of notices and the green-card
//! line. Dates are `YYYY-MM-DD` (months `YYYY-MM`), as the validator lets through.

/// A day as a count of days since 1970-01-01, or `None` if `date` is not `YYYY-MM-DD`.
pub fn day(date: &str) -> Option<i64> {
    let (year, month, day) = parts(date)?;
    let day = day?;
    if !(1..=days_in_month(year, month)).contains(&day) {
        return None;
    }
    // Howard Hinnant's days-from-civil: exact for every Gregorian date.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

/// Whether `month` is a month written `YYYY-MM`.
pub fn is_month(month: &str) -> bool {
    month.len() == 7 && parts(month).is_some_and(|(_, _, day)| day.is_none())
}

/// The whole months from `date` (`YYYY-MM-DD`) to the first day of `month` (`YYYY-MM`); `None`
/// if either is not written so, or `date` is later.
pub fn months_behind(month: &str, date: &str) -> Option<u32> {
    let (to_year, to_month, _) = parts(month).filter(|_| is_month(month))?;
    let (from_year, from_month, from_day) = parts(date)?;
    day(date)?;
    let mut months = (to_year - from_year) * 12 + (to_month - from_month);
    // The first of `month` is a whole month after `date` only if `date` was a first too.
    if from_day.is_some_and(|day| day > 1) {
        months -= 1;
    }
    u32::try_from(months).ok()
}

/// The first day of `month` (`YYYY-MM`), as [`day`] counts it.
pub fn first_day(month: &str) -> Option<i64> {
    if !is_month(month) {
        return None;
    }
    day(&[month, "-01"].concat())
}

/// Year, month and, if written, day; `None` unless the text is `YYYY-MM` or `YYYY-MM-DD` with
/// digits in their places and a month from 1 to 12.
fn parts(text: &str) -> Option<(i64, i64, Option<i64>)> {
    let bytes = text.as_bytes();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = bytes.get(range)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(digits.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let year = number(0..4)?;
    let month = number(5..7).filter(|month| (1..=12).contains(month))?;
    if bytes.get(4) != Some(&b'-') {
        return None;
    }
    match bytes.len() {
        7 => Some((year, month, None)),
        10 if bytes[7] == b'-' => Some((year, month, Some(number(8..10)?))),
        _ => None,
    }
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_from_the_epoch_across_leap_years() {
        assert_eq!(day("1970-01-01"), Some(0));
        assert_eq!(day("2000-03-01"), Some(11_017));
        assert_eq!(
            day("2026-12-05").zip(day("2026-09-06")).map(|(a, b)| a - b),
            Some(90)
        );
        assert_eq!(
            day("2024-02-29").zip(day("2024-03-01")).map(|(a, b)| b - a),
            Some(1)
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "2026-12-1",
            "20261201",
            "",
            "2026-12",
        ] {
            assert_eq!(day(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_line_is_counted_in_whole_months_to_the_bulletins_first_day() {
        assert_eq!(months_behind("2026-07", "2023-08-01"), Some(35));
        assert_eq!(months_behind("2026-06", "2013-12-15"), Some(149));
        assert_eq!(months_behind("2026-05", "2024-06-01"), Some(23));
        assert_eq!(months_behind("2026-05", "2026-05-01"), Some(0));
        assert_eq!(
            months_behind("2026-05", "2026-05-02"),
            None,
            "later than the bulletin"
        );
        assert_eq!(months_behind("2026-05-01", "2024-06-01"), None);
        assert!(is_month("2026-07") && !is_month("2026-7") && !is_month("2026-07-01"));
        assert_eq!(first_day("2026-07"), day("2026-07-01"));
    }
}

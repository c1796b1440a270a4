//! What is getting old in a set: its notices and bulletin lines whose dates are more than the
//! set's `fresh_days` before a given day, so the licensure team knows what to refresh.

use crate::engine::calendar::{day, first_day};
use crate::RequirementSet;

/// A dated fact that may be out of date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aged {
    /// Where its date is in the document, such as `$.path.notices[0].as_of`.
    pub path: String,
    /// What it is, such as `notice "h1b-fee"` or `bulletin line "india"`.
    pub what: String,
    /// Its date as written: a notice's `as_of`, a line's `month`.
    pub date: String,
    /// How many days before `today` it is.
    pub days: i64,
}

/// The notices and bulletin lines of `set` more than its `fresh_days` before `today`
/// (`YYYY-MM-DD`), in document order; none if `today` is not a date.
pub fn aged(set: &RequirementSet, today: &str) -> Vec<Aged> {
    let (Some(path), Some(today)) = (&set.path, day(today)) else {
        return Vec::new();
    };
    let fresh = i64::from(path.fresh_days);
    let mut aged = Vec::new();
    let mut note = |at: String, what: String, date: &str, since: Option<i64>| {
        if let Some(days) = since
            .map(|since| today - since)
            .filter(|days| *days > fresh)
        {
            aged.push(Aged {
                path: at,
                what,
                date: date.to_owned(),
                days,
            });
        }
    };
    for (index, notice) in path.notices.iter().enumerate() {
        note(
            format!("$.path.notices[{index}].as_of"),
            format!("notice \"{}\"", notice.id),
            &notice.as_of,
            day(&notice.as_of),
        );
    }
    for (index, line) in path
        .bulletin
        .iter()
        .flat_map(|b| b.lines.iter())
        .enumerate()
    {
        note(
            format!("$.path.bulletin.lines[{index}].month"),
            format!("bulletin line \"{}\"", line.option),
            &line.month,
            first_day(&line.month),
        );
    }
    aged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_text;

    fn agency() -> RequirementSet {
        let text = include_str!("../../../../requirements/mt-agency.json");
        read_text(text).unwrap()
    }

    #[test]
    fn dates_past_the_sets_fresh_days_are_listed_with_where_they_are() {
        let set = agency();
        // The 75-country pause is as of 2026-01-27; May 2026 lines start on 2026-05-01.
        let on = |today: &str| -> Vec<String> {
            aged(&set, today)
                .into_iter()
                .map(|aged| aged.what)
                .collect()
        };
        assert_eq!(on("2026-01-27"), ["notice \"h1b-fee\""]);
        assert_eq!(on("2026-04-27"), ["notice \"h1b-fee\""]);
        assert_eq!(
            on("2026-04-28"),
            ["notice \"h1b-fee\"", "notice \"visa-pause\""]
        );
        let december = aged(&set, "2026-12-04");
        assert_eq!(december.len(), 3 + 5, "every notice and every line");
        assert_eq!(december[3].path, "$.path.bulletin.lines[0].month");
        assert_eq!(
            (december[0].date.as_str(), december[0].days),
            ("2025-10-01", 429)
        );
        assert!(aged(&set, "soon").is_empty());
    }
}

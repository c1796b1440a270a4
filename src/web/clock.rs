//! The visitor's own date, which tells the widget which dated facts may be out of date: an old
//! set is never shown as current just because no one updated it.

use js_sys::Date;

/// Today on the visitor's clock, in their time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    // Written by hand: two-digit padding is all it needs, and `format!`'s width code costs bytes.
    let mut text = year.to_string();
    for part in [month, day] {
        text.push('-');
        if part < 10 {
            text.push('0');
        }
        text.push_str(&part.to_string());
    }
    text
}

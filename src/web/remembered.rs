//! The answers this device remembers at the visitor's tick, in `localStorage` under the set's
//! name (`crate::remembered`). Nothing here sends anything anywhere.

use web_sys::Storage;

use crate::remembered::KEY_PREFIX;

/// The page's `localStorage`, where the browser allows it: some private windows and sandboxed
/// frames refuse it, and then the widget does not offer to remember.
pub fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The entry remembered for the set named `set`, if any.
pub fn recall(set: &str) -> Option<String> {
    storage()?
        .get_item(&[KEY_PREFIX, set].concat())
        .ok()
        .flatten()
}

/// Keeps `entry` for the set named `set`, or forgets it (`None`); `false` when the browser
/// refused, such as a full storage.
pub fn keep(set: &str, entry: Option<&str>) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    let key = [KEY_PREFIX, set].concat();
    match entry {
        Some(entry) => storage.set_item(&key, entry),
        None => storage.remove_item(&key),
    }
    .is_ok()
}

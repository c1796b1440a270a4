//! The answers a page's address brings back. Only the fragment is read, which browsers never
//! send to a server; the address bar and the history are never written.

use mt_requirements::link::{restore, LinkError, Restored};
use mt_requirements::RequirementSet;

/// The answers for `set` in the page's fragment; `Ok(None)` when it holds none.
pub fn from_page(set: &RequirementSet) -> Result<Option<Restored>, LinkError> {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    restore(set, &hash)
}

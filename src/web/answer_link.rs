//! The answers brought back when a check starts: from the page's address, or else from this
//! device if the visitor asked it to remember them. Only the fragment is read, which browsers
//! never send to a server; the address bar and the history are never written.

use mt_requirements::link::{restore, LinkError, Restored};
use mt_requirements::RequirementSet;

use super::remembered::recall;
use crate::ui::Host;

/// The answers for `set` in the page's fragment, if the host allows links, or else those this
/// device remembers, if it may; and whether this device remembers any. A link that cannot be
/// read is an error to report. A remembered entry that cannot be read is left alone: the
/// visitor's next answer writes over it.
pub fn brought_back(
    set: &RequirementSet,
    host: &Host,
) -> (Result<Option<Restored>, LinkError>, bool) {
    let link = match host.link_base {
        Some(_) => {
            let hash = web_sys::window()
                .and_then(|window| window.location().hash().ok())
                .unwrap_or_default();
            restore(set, &hash)
        }
        None => Ok(None),
    };
    let remembered = host.on_remember.as_ref().and_then(|_| recall(&set.name));
    match (link, remembered) {
        (Ok(None), Some(entry)) => (Ok(restore(set, &entry).ok().flatten()), true),
        (link, remembered) => (link, remembered.is_some()),
    }
}

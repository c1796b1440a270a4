//! The native disclosure element, `<details>`: the browser opens and closes it, and its `toggle`
//! event tells the state which way it went.

use yew::prelude::*;

/// Whether the `<details>` element a `toggle` event came from is now open.
pub fn opened(event: &Event) -> bool {
    event
        .target_unchecked_into::<web_sys::Element>()
        .has_attribute("open")
}

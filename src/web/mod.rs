//! Browser glue: mounts the widget in a host element's shadow root, reads its attributes,
//! reports its events. The loader (`mt-eligibility.js`, beside this file) calls in here.

mod answer_link;
mod apply_url;
mod clock;
mod events;
mod fetch;
mod first_view;
mod intl;
mod panic_fallback;
mod remembered;
mod set_loading;
mod settings;
mod widget;

use wasm_bindgen::prelude::*;

pub use apply_url::{http_url, UrlProblem};
pub use panic_fallback::show_fallback_everywhere;
pub use widget::{live_widgets, mount, Widget};

/// Runs once when the wasm module is instantiated; widgets are mounted by the loader, one by one.
#[wasm_bindgen(start)]
pub fn start() {
    panic_fallback::install();
}

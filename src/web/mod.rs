//! Browser glue: finds host elements on the page, reads their attributes and mounts the widget.

mod apply_url;
mod host;
mod panic_fallback;

use wasm_bindgen::prelude::*;

pub use apply_url::{http_url, UrlProblem};
pub use panic_fallback::show_fallback_everywhere;

/// Runs once when the wasm module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    panic_fallback::install();
    host::mount_all();
}

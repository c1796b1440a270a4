//! The first view: the widget's opening screen for a shipped set, rendered to HTML at build time
//! (`crates/first-view`) and shown by the loader before the wasm arrives. The glue takes it over
//! (`web::first_view`). Both sides agree on what is here.

/// The id prefix the first view is rendered with. Ids are scoped to each shadow root, so every
/// instance can share it; the glue strips it to find which question a control answers.
pub const PREFIX: &str = "mte-0";

/// The attribute on the first view's root that names the set it shows.
pub const MARK: &str = "data-first-view";

/// The widget's styles (`styles/widget.css`, compacted by `build.rs`). The loader carries them,
/// because the first view needs them before any wasm runs; the wasm has no copy.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

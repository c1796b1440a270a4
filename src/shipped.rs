//! The requirement sets shipped with the widget.

/// The requirement sets shipped with the widget, by name, as JSON documents (`requirements/`,
/// compacted by `build.rs`), for the build tools and the native tests. The widget's wasm has
/// none of them (`None`): it holds the default set compiled ([`DEFAULT_COMPILED`]), and fetches
/// the others, and every translation, compiled, from beside the loader (`mlt.set`,
/// `mt-agency.es.set`: `crates/first-view` writes them). So it needs no JSON reader for them.
pub const SHIPPED: [(&str, Option<&str>); 2] = [("mt-agency", AGENCY), ("mlt", MLT)];

#[cfg(not(target_arch = "wasm32"))]
const AGENCY: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/mt-agency.json")));
#[cfg(not(target_arch = "wasm32"))]
const MLT: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/mlt.json")));
#[cfg(target_arch = "wasm32")]
const AGENCY: Option<&str> = None;
#[cfg(target_arch = "wasm32")]
const MLT: Option<&str> = None;

/// The set a page gets when it names none: the agency's three requirements for MTs.
pub const DEFAULT_SET: &str = "mt-agency";

/// The default set in the language it is written in, compiled by `build.rs`
/// (`mt_requirements::compiled`): inside the wasm, so the most common page fetches no set.
pub const DEFAULT_COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mt-agency.set"));

/// The shipped document with this name, if it is at hand (see [`SHIPPED`]).
pub fn shipped(name: &str) -> Option<&'static str> {
    SHIPPED
        .iter()
        .find(|(shipped, _)| *shipped == name)
        .and_then(|(_, document)| *document)
}

/// The file a shipped set is served in, compiled, beside the loader: `mlt.set`, or with a
/// language, `mt-agency.es.set` (`crates/first-view` writes them; the loader pins their hashes).
pub fn compiled_file(name: &str, tag: Option<&str>) -> String {
    match tag {
        Some(tag) => format!("{name}.{tag}.set"),
        None => format!("{name}.set"),
    }
}

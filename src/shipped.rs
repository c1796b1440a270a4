//! The requirement sets shipped with the widget.

/// The requirement sets shipped with the widget, by name, as JSON documents (`requirements/`,
/// compacted by `build.rs`), for the build tools and the native tests. The widget's wasm has
/// none of them (`None`): it holds the default set's core compiled ([`DEFAULT_CORE`]), and
/// fetches the rest compiled from beside the loader ([`compiled_file`]). So it needs no JSON
/// reader for them.
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

/// The default set's core (`mt_requirements::compiled::core`: all but its path's details) in
/// the language it is written in, compiled by `build.rs`: inside the wasm, so the most common
/// page fetches no set before its first verdict.
pub const DEFAULT_CORE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mt-agency.core.set"));

/// The shipped document with this name, if it is at hand (see [`SHIPPED`]).
pub fn shipped(name: &str) -> Option<&'static str> {
    SHIPPED
        .iter()
        .find(|(shipped, _)| *shipped == name)
        .and_then(|(_, document)| *document)
}

/// The file a shipped set is served in, compiled, beside the loader: whole (`mlt.set`,
/// `mt-agency.es.set` in a language), or its core, for a set with a path (`mt-agency.es.core.set`).
/// `crates/first-view` writes them, and the loader pins their hashes.
pub fn compiled_file(name: &str, tag: Option<&str>, core: bool) -> String {
    let mut file = name.to_owned();
    for part in [tag, core.then_some("core")].into_iter().flatten() {
        file.push('.');
        file.push_str(part);
    }
    file + ".set"
}

/// The file a shipped set's first view in a language is served in beside the loader
/// (`mlt.es.view`), for all but the default set in its own language, which the loader carries.
pub fn view_file(name: &str, tag: &str) -> String {
    format!("{name}.{tag}.view")
}

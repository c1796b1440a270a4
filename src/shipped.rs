//! The requirement sets shipped with the widget.

/// The requirement sets shipped with the widget, by name, as JSON documents (`requirements/`,
/// compacted by `build.rs`). In the widget's wasm only the default set is inside (`None` for the
/// others): a page that names another fetches it from the package's folder, so the pages that do
/// not use it never download it. The build tools and the native tests have them all.
pub const SHIPPED: [(&str, Option<&str>); 2] = [
    (
        "mt-agency",
        Some(include_str!(concat!(env!("OUT_DIR"), "/mt-agency.json"))),
    ),
    ("mlt", MLT),
];

#[cfg(not(target_arch = "wasm32"))]
const MLT: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/mlt.json")));
#[cfg(target_arch = "wasm32")]
const MLT: Option<&str> = None;

/// The set a page gets when it names none: the agency's three requirements for MTs.
pub const DEFAULT_SET: &str = "mt-agency";

/// The shipped document with this name, if it is at hand (see [`SHIPPED`]).
pub fn shipped(name: &str) -> Option<&'static str> {
    SHIPPED
        .iter()
        .find(|(shipped, _)| *shipped == name)
        .and_then(|(_, document)| *document)
}

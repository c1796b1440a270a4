//! The requirement sets built into the widget.

/// The requirement sets built into the widget, by name, as JSON documents (`requirements/`,
/// compacted by `build.rs`).
pub const SHIPPED: [(&str, &str); 2] = [
    (
        "mt-agency",
        include_str!(concat!(env!("OUT_DIR"), "/mt-agency.json")),
    ),
    ("mlt", include_str!(concat!(env!("OUT_DIR"), "/mlt.json"))),
];

/// The set a page gets when it names none: the agency's three requirements for MTs.
pub const DEFAULT_SET: &str = "mt-agency";

/// The shipped document with this name.
pub fn shipped(name: &str) -> Option<&'static str> {
    SHIPPED
        .iter()
        .find(|(shipped, _)| *shipped == name)
        .map(|(_, document)| *document)
}

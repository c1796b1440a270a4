//! Keeps a host's theme readable. Every pair of theme colors the widget puts text on is checked
//! for WCAG contrast once the host's styles apply; a pair under 4.5:1 falls back to the widget's
//! own two colors, and the host hears why (a console warning and an `invalid-attribute` event).

use web_sys::{HtmlElement, ShadowRoot};

use super::settings::{attribute, Refusal};
use crate::attributes::Attribute;
use crate::contrast::{
    contrast, parse_rgb, ratio_text, MIN_TEXT_CONTRAST, MIN_TEXT_CONTRAST_WRITTEN, THEME_PAIRS,
};

/// Checks the host's theme colors, and sets the widget's own in place of each pair that is too
/// faint. Returns the custom properties it set on the host (to remove with the theme) and what
/// it refused.
pub fn enforce(host: &HtmlElement, shadow: &ShadowRoot) -> (Vec<&'static str>, Vec<Refusal>) {
    let mut set = Vec::new();
    let mut problems = Vec::new();
    let (Some(window), Some(document)) = (web_sys::window(), host.owner_document()) else {
        return (set, problems);
    };
    // A custom property computes to what was written ("red", "#fc0"); a probe's `color` turns
    // that into rgb(…).
    let Ok(probe) = document.create_element("span") else {
        return (set, problems);
    };
    let probe: HtmlElement = wasm_bindgen::JsCast::unchecked_into(probe);
    if shadow.append_child(&probe).is_err() {
        return (set, problems);
    }
    // What the host wrote for a custom property, by its CSS or the theming attributes.
    let written = |property: &str| -> String {
        window
            .get_computed_style(host)
            .ok()
            .flatten()
            .and_then(|style| style.get_property_value(property).ok())
            .map(|value| value.trim().to_owned())
            .unwrap_or_default()
    };
    let resolve = |property: &str, default: &str| -> Option<[u8; 3]> {
        let written = written(property);
        let value = if written.is_empty() {
            default
        } else {
            &written
        };
        probe.style().set_property("color", value).ok()?;
        let computed = window
            .get_computed_style(&probe)
            .ok()??
            .get_property_value("color")
            .ok()?;
        parse_rgb(&computed)
    };
    // A fallback can meet another pair's color, so look again until nothing changes (the
    // widget's own colors pass every pair, so this ends).
    for _ in 0..THEME_PAIRS.len() {
        let mut changed = false;
        for (text, text_default, background, background_default) in THEME_PAIRS {
            let (Some(fore), Some(back)) = (
                resolve(text, text_default),
                resolve(background, background_default),
            ) else {
                continue;
            };
            let ratio = contrast(fore, back);
            if ratio >= MIN_TEXT_CONTRAST {
                continue;
            }
            // Name what the host set: the text color if it set one, else the background; the
            // primary color by its attribute when that is how it came.
            let by_attribute = attribute(host, Attribute::PrimaryColor).is_some();
            let named = |property: &'static str| {
                if property == "--mt-eligibility-primary" && by_attribute {
                    Attribute::PrimaryColor.name()
                } else {
                    property
                }
            };
            let attribute = if written(text).is_empty() {
                named(background)
            } else {
                named(text)
            };
            let ratio = ratio_text(ratio);
            problems.push(Refusal {
                attribute,
                message: format!(
                    "makes {text} on {background} {ratio}, under the {MIN_TEXT_CONTRAST_WRITTEN} text needs; the widget's own {text_default} on {background_default} is used.",
                ),
                faint: Some((text, background, ratio)),
            });
            for (property, value) in [(text, text_default), (background, background_default)] {
                let _ = host.style().set_property(property, value);
                if !set.contains(&property) {
                    set.push(property);
                }
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
    probe.remove();
    (set, problems)
}

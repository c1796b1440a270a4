//! The theme a host may set, as tables: the theming attributes, the functions a value may use,
//! and the pairs of colors the widget puts text on, with the least contrast they need. The loader
//! applies and checks the theme with them (the build writes them in), so the first view has the
//! brand at once, and the wasm only reports what the loader refused.

use crate::attributes::Attribute;

/// The theming shortcuts: attribute, the CSS property its value must be valid for, the custom property it sets.
pub const THEME_SHORTCUTS: [(Attribute, &str, &str); 3] = [
    (Attribute::PrimaryColor, "color", "--mt-eligibility-primary"),
    (Attribute::Font, "font-family", "--mt-eligibility-font"),
    (
        Attribute::Radius,
        "border-radius",
        "--mt-eligibility-radius",
    ),
];

/// The CSS functions a theme value may use: the color and size ones. Any other may load something
/// (`url()`, `image-set()`: a tracking pixel from an attribute) or read another value (`var()`,
/// which `CSS.supports` accepts whatever it holds).
pub const SAFE_FUNCTIONS: [&str; 14] = [
    "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "calc", "min",
    "max", "clamp",
];

/// The least contrast for text, in tenths: 4.5:1 (WCAG 2.2 success criterion 1.4.3, level AA).
pub const MIN_TEXT_CONTRAST: u32 = 45;

/// The same, as people write it (a test holds the two together).
pub const MIN_TEXT_CONTRAST_WRITTEN: &str = "4.5:1";

/// The pairs of theme colors the widget puts text on: (text, its default, background, its
/// default), as custom properties a host may set (EMBEDDING.md lists them).
pub const THEME_PAIRS: [(&str, &str, &str, &str); 9] = [
    (
        "--mt-eligibility-on-primary",
        "#ffffff",
        "--mt-eligibility-primary",
        "#0b5cab",
    ),
    (
        "--mt-eligibility-primary",
        "#0b5cab",
        "--mt-eligibility-background",
        "#ffffff",
    ),
    (
        "--mt-eligibility-text",
        "#1c2430",
        "--mt-eligibility-background",
        "#ffffff",
    ),
    (
        "--mt-eligibility-text",
        "#1c2430",
        "--mt-eligibility-surface",
        "#f4f6f9",
    ),
    (
        "--mt-eligibility-muted",
        "#4a5565",
        "--mt-eligibility-background",
        "#ffffff",
    ),
    (
        "--mt-eligibility-muted",
        "#4a5565",
        "--mt-eligibility-surface",
        "#f4f6f9",
    ),
    (
        "--mt-eligibility-met",
        "#146c2e",
        "--mt-eligibility-surface",
        "#f4f6f9",
    ),
    (
        "--mt-eligibility-gap",
        "#8a4b00",
        "--mt-eligibility-surface",
        "#f4f6f9",
    ),
    (
        "--mt-eligibility-error",
        "#b3261e",
        "--mt-eligibility-background",
        "#ffffff",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_least_contrast_is_written_as_it_is_counted() {
        let tenths = MIN_TEXT_CONTRAST;
        assert_eq!(
            format!("{}.{}:1", tenths / 10, tenths % 10),
            MIN_TEXT_CONTRAST_WRITTEN
        );
    }

    #[test]
    fn every_default_is_a_six_digit_color_and_every_property_is_the_widgets() {
        for (text, text_default, background, background_default) in THEME_PAIRS {
            for property in [text, background] {
                assert!(property.starts_with("--mt-eligibility-"), "{property}");
            }
            for color in [text_default, background_default] {
                assert!(
                    color.len() == 7
                        && color.starts_with('#')
                        && color[1..].chars().all(|c| c.is_ascii_hexdigit()),
                    "{color}"
                );
            }
        }
    }
}

//! Color contrast as WCAG 2.x defines it, for checking a host's theme before the widget uses it.
//! Whole-number arithmetic on the `rgb(…)` strings browsers give as computed colors: float
//! parsing, powers and float formatting would add about 25 KB gzip to the widget, so the sRGB
//! curve is a table and ratios are kept in tenths.

/// The least contrast for text, in tenths: 4.5:1 (WCAG 2.2 success criterion 1.4.3, level AA).
pub const MIN_TEXT_CONTRAST: u32 = 45;

/// The same, as people write it (a test holds the two together; a constant costs no code).
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

/// An opaque sRGB color read from a computed style such as `rgb(11, 92, 171)`; `None` for any
/// other form, for fractional channels, and for a color that is not fully opaque (its contrast
/// depends on what is under it).
pub fn parse_rgb(computed: &str) -> Option<[u8; 3]> {
    let computed = computed.trim();
    let inner = computed
        .strip_prefix("rgba(")
        .or_else(|| computed.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<&str> = inner
        .split(|c: char| c == ',' || c == '/' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .collect();
    let channel = |part: &str| part.parse::<u8>().ok();
    match parts.as_slice() {
        [r, g, b] => Some([channel(r)?, channel(g)?, channel(b)?]),
        [r, g, b, "1"] => Some([channel(r)?, channel(g)?, channel(b)?]),
        _ => None,
    }
}

/// Each 8-bit sRGB channel value as linear light, in 65,535ths (the WCAG 2.x formula).
const LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313, 340, 367, 396, 427,
    458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898, 947, 997, 1048, 1101, 1156, 1212,
    1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863, 1937, 2013, 2090, 2170, 2250, 2333,
    2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258, 3360, 3464, 3570, 3678, 3788, 3900,
    4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124, 5257, 5392, 5530, 5669, 5810, 5953,
    6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500, 7666, 7834, 8004, 8177, 8352, 8528,
    8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417, 10619, 10822, 11028, 11235,
    11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909, 14146,
    14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456,
    17727, 18001, 18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177,
    21481, 21787, 22096, 22407, 22721, 23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325,
    25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094, 28452, 28813, 29176, 29542, 29911,
    30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143, 34544, 34948,
    35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449,
    40891, 41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423,
    46903, 47385, 47871, 48359, 48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884,
    53401, 53921, 54445, 54971, 55500, 56032, 56567, 57105, 57646, 58190, 58737, 59287, 59840,
    60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
];

/// Relative luminance in 65,535ths × 10,000, from 0 (black) to 655,350,000 (white).
fn luminance([r, g, b]: [u8; 3]) -> u64 {
    let linear = |channel: u8| u64::from(LINEAR[usize::from(channel)]);
    2126 * linear(r) + 7152 * linear(g) + 722 * linear(b)
}

/// The contrast ratio of two colors in tenths, rounded down: from 10 (the same) to 210 (black on
/// white).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> u32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    // (L1 + 0.05) / (L2 + 0.05), with 0.05 in the same units.
    let offset = 65_535 * 10_000 / 20;
    ((light + offset) * 10 / (dark + offset)) as u32
}

/// A ratio in tenths as people write it: `4.5:1`.
pub fn ratio_text(tenths: u32) -> String {
    format!("{}.{}:1", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_computed_colors() {
        assert_eq!(parse_rgb("rgb(11, 92, 171)"), Some([11, 92, 171]));
        assert_eq!(parse_rgb(" rgba(255, 255, 255, 1) "), Some([255, 255, 255]));
        assert_eq!(parse_rgb("rgb(0 0 0 / 1)"), Some([0, 0, 0]));
        assert_eq!(parse_rgb("rgba(0, 0, 0, 0.5)"), None, "see-through");
        assert_eq!(parse_rgb("rgb(10.5, 0, 0)"), None, "fractional");
        assert_eq!(parse_rgb("color(display-p3 1 0 0)"), None);
        assert_eq!(parse_rgb("red"), None);
    }

    /// `#rrggbb` as three channels.
    fn hex(color: &str) -> [u8; 3] {
        let channel = |at: usize| u8::from_str_radix(&color[at..at + 2], 16).unwrap();
        [channel(1), channel(3), channel(5)]
    }

    #[test]
    fn the_widgets_own_colors_pass_every_pair() {
        for (text, text_default, background, background_default) in THEME_PAIRS {
            let ratio = contrast(hex(text_default), hex(background_default));
            assert!(
                ratio >= MIN_TEXT_CONTRAST,
                "{text} on {background}: {ratio:.2}"
            );
        }
    }

    #[test]
    fn ratios_match_the_wcag_definition() {
        assert_eq!(contrast([0, 0, 0], [255, 255, 255]), 210);
        assert_eq!(contrast([255, 255, 255], [255, 255, 255]), 10);
        assert_eq!(ratio_text(contrast([0, 0, 0], [255, 255, 255])), "21.0:1");
        assert_eq!(ratio_text(MIN_TEXT_CONTRAST), MIN_TEXT_CONTRAST_WRITTEN);
        // #767676 on white is the classic 4.54:1 edge; #777777 is 4.48:1.
        assert_eq!(contrast([0x76, 0x76, 0x76], [255, 255, 255]), 45);
        assert_eq!(contrast([0x77, 0x77, 0x77], [255, 255, 255]), 44);
        assert!(contrast([255, 255, 255], [255, 255, 0]) < 11);
    }
}

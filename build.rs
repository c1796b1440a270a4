//! Compacts what the widget embeds: the shipped requirement sets (JSON) and its stylesheet.
//! The sources stay readable for their editors; the build tools get them without indentation
//! and comments, and the wasm gets its stylesheet so. The wasm holds the default set's core
//! compiled (`mt_requirements::compiled`): read and checked here, so the widget needs neither
//! the JSON reader nor the validator for it.

use std::path::Path;
use std::{env, fs};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, compact) in [
        (
            "requirements/mt-agency.json",
            compact_json as fn(&str) -> String,
        ),
        ("requirements/mlt.json", compact_json),
        ("styles/widget.css", compact_css),
    ] {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|error| panic!("{source}: {error}"));
        let name = Path::new(source).file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), compact(&text)).expect("OUT_DIR is writable");
    }
    let source = "requirements/mt-agency.json";
    let text = fs::read_to_string(source).unwrap_or_else(|error| panic!("{source}: {error}"));
    let set = mt_requirements::read_text(&text)
        .unwrap_or_else(|problems| panic!("{source}: {problems:?}"));
    // Only what the first verdict needs: the path's details come when it is wanted.
    let core = mt_requirements::compiled::core(&set).unwrap_or(set);
    fs::write(
        Path::new(&out).join("mt-agency.core.set"),
        mt_requirements::compiled::compile(&core),
    )
    .expect("OUT_DIR is writable");
}

/// JSON without the whitespace between tokens; strings, escapes included, are kept as written.
fn compact_json(text: &str) -> String {
    let mut compact = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            compact.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            compact.push(c);
        } else if !c.is_ascii_whitespace() {
            compact.push(c);
        }
    }
    compact
}

/// CSS without comments or the whitespace around its punctuation. A line break between two
/// words stays a space, as it may matter there (descendant selectors); the sheet has no string in
/// which a colon, brace or semicolon is followed by a space.
fn compact_css(text: &str) -> String {
    let mut uncommented = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        uncommented.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    uncommented.push_str(rest);
    let mut compact = String::with_capacity(uncommented.len());
    for line in uncommented
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
    {
        let glued = compact.ends_with(['{', '}', ';', ',']) || line.starts_with('}');
        if !compact.is_empty() && !glued {
            compact.push(' ');
        }
        compact.push_str(line);
    }
    let compact = compact
        .replace(": ", ":")
        .replace(" {", "{")
        .replace(";}", "}")
        .replace(", ", ",")
        .replace(" !important", "!important");
    // `0.5rem` is `.5rem`: a leading zero goes where no digit comes before it.
    let mut short = String::with_capacity(compact.len());
    let mut previous = ' ';
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        let leading_zero = c == '0' && !previous.is_ascii_digit() && chars.peek() == Some(&'.');
        if !leading_zero {
            short.push(c);
        }
        previous = c;
    }
    short
}

//! The layers of `src/` point one way (ARCHITECTURE.md): each module uses only those below it,
//! so there is no circle and no arrow back up. The words layer knows nothing of Yew or the browser.

use std::fs;
use std::path::Path;

/// Every module of `src/`, lowest first: tables, words, languages, UI, browser glue. A module may
/// use one that comes before it in this list, and only those.
const LAYERS: [&str; 9] = [
    "attributes",
    "theme",
    "first_view",
    "remembered",
    "shipped",
    "messages",
    "language",
    "ui",
    "web",
];

/// The first layer that may use Yew and the browser: those before it stay plain, so tests and
/// tools use them natively.
const FIRST_WITH_BROWSER: &str = "ui";

fn rank(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|layer| *layer == module)
        .unwrap_or_else(|| {
            panic!("src/{module} is in no layer: add it to LAYERS and ARCHITECTURE.md")
        })
}

/// Each Rust file under `dir`, with its text.
fn files(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push((
                path.display().to_string(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    files(&src, &mut found);
    let mut problems = Vec::new();
    for (file, text) in &found {
        let relative = file.trim_start_matches(&format!("{}/", src.display()));
        if relative == "lib.rs" {
            continue;
        }
        let module = relative
            .split(['/', '.'])
            .next()
            .expect("a file has a name");
        for (at, _) in text.match_indices("crate::") {
            let used: String = text[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if used.is_empty() || used == module || used == "VERSION" {
                continue;
            }
            if rank(&used) > rank(module) {
                problems.push(format!("{relative} uses crate::{used}, a layer above it"));
            }
        }
        if rank(module) < rank(FIRST_WITH_BROWSER) {
            for browser in ["yew", "web_sys", "js_sys", "wasm_bindgen"] {
                if text.contains(&format!("{browser}::")) {
                    problems.push(format!(
                        "{relative} uses {browser}: words and tables stay plain"
                    ));
                }
            }
        }
    }
    assert!(found.len() > 30, "only {} files read", found.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

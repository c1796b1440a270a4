//! Writes what JavaScript needs from the Rust side into a build, so no table is written twice:
//! into the loader, the first views (for each shipped set, in each language it is translated
//! into, the widget's opening screen as HTML, with the widget's stylesheet; all but the default
//! set's in its own language beside the loader, `mlt.es.view`), the widget's version,
//! the attributes it observes and the theme's tables; beside the loader, each shipped set in each
//! language compiled (`mlt.set`, `mt-agency.es.set`), which the widget fetches; into `studio/tables.js`, the studio's tables (attributes, theme
//! pairs, their defaults and the least contrast they need, set names, the largest set the widget
//! reads, languages and their Apply words).
//!
//!     mt-first-view DIR
//!
//! `DIR` is the build's output folder (Trunk's staging folder): it holds the loader,
//! `mt-eligibility.js`, and the shipped sets' translations (`mt-agency.es.json`), which are read
//! from there so that the first view says what the widget will say.

use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;
use std::{env, fs};

use mt_eligibility::attributes::ATTRIBUTES;
use mt_eligibility::first_view::{MARK, PREFIX, STYLESHEET};
use mt_eligibility::language::Language;
use mt_eligibility::shipped::{compiled_file, view_file, DEFAULT_SET, SHIPPED};
use mt_eligibility::theme::{
    MIN_TEXT_CONTRAST, MIN_TEXT_CONTRAST_WRITTEN, SAFE_FUNCTIONS, THEME_PAIRS, THEME_SHORTCUTS,
};
use mt_eligibility::ui::{EligibilityWidget, EligibilityWidgetProps, Host, SetStatus, Speech};
use mt_eligibility::VERSION;
use mt_requirements::compiled::{compile, core};
use mt_requirements::{
    read_text, read_translated, Condition, Part, QuestionKind, RequirementSet, MAX_BYTES,
};
use serde_json::{json, Map, Value};
use yew::{AttrValue, LocalServerRenderer};

/// The loader's line the first views replace; without them, the loader shows none.
const SLOT: &str = "const FIRST_VIEWS = {};";
/// The loader's line the widget's version replaces.
const VERSION_SLOT: &str = r#"const VERSION = "unbuilt";"#;
/// The loader's line the observed attributes replace.
const ATTRIBUTES_SLOT: &str = "const ATTRIBUTES = [];";
/// The loader's line the theme's tables replace.
const THEME_SLOT: &str = "const THEME = { shortcuts: [], safe: [], pairs: [] };";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(dir) = env::args().nth(1) else {
        eprintln!("usage: mt-first-view DIR (the build's folder, with mt-eligibility.js)");
        return ExitCode::from(2);
    };
    match write(Path::new(&dir)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("mt-first-view: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn write(dir: &Path) -> Result<(), String> {
    let loader = dir.join("mt-eligibility.js");
    let text =
        fs::read_to_string(&loader).map_err(|error| format!("{}: {error}", loader.display()))?;
    for slot in [SLOT, VERSION_SLOT, ATTRIBUTES_SLOT, THEME_SLOT] {
        if text.matches(slot).count() != 1 {
            return Err(format!("{} must hold `{slot}` once", loader.display()));
        }
    }
    let mut views = Map::new();
    let mut css = STYLESHEET.to_owned();
    for (name, document) in SHIPPED {
        let document = document.ok_or_else(|| format!("{name} is not at hand"))?;
        let english = read_text(document).map_err(|problems| format!("{name}: {problems:?}"))?;
        css.push_str(&asking_rules(name, &english)?);
        let mut languages = Map::new();
        for language in Language::ALL {
            let set = if language.tag() == english.language {
                english.clone()
            } else if english.translations.iter().any(|tag| tag == language.tag()) {
                let path = dir.join(format!("{name}.{}.json", language.tag()));
                let translation = fs::read_to_string(&path)
                    .map_err(|error| format!("{}: {error}", path.display()))?;
                read_translated(document, &translation)
                    .map_err(|problems| format!("{}: {problems:?}", path.display()))?
            } else {
                continue;
            };
            // The widget fetches a shipped set compiled, as the build checked it: its core (all
            // but the path's details) before the first verdict, the whole set when the path is
            // wanted. The default set's core in its own language is inside the wasm (build.rs).
            let tag = (language.tag() != english.language).then(|| language.tag());
            let mut files = vec![(compiled_file(name, tag, false), compile(&set))];
            if let Some(core) = core(&set).filter(|_| tag.is_some() || name != DEFAULT_SET) {
                files.push((compiled_file(name, tag, true), compile(&core)));
            }
            for (file, bytes) in files {
                let file = dir.join(file);
                fs::write(&file, bytes).map_err(|error| format!("{}: {error}", file.display()))?;
            }
            let view = render(name, set, language).await;
            // The glue reads and replays a first view's radio buttons and text fields only
            // (web/first_view.rs): a select would need its own code in every page's download.
            if view.contains("<select") {
                return Err(format!(
                    "{name} ({}): its first view has a select (a question with many options); teach web/first_view.rs to carry one first",
                    language.tag()
                ));
            }
            // Every page downloads the loader: it carries the default set's first view in its own
            // language only. The others wait beside it (`mlt.es.view`), for the pages that show one.
            if name == DEFAULT_SET && tag.is_none() {
                languages.insert(language.tag().into(), view.into());
            } else {
                let file = view_file(name, language.tag());
                let path = dir.join(&file);
                fs::write(&path, view).map_err(|error| format!("{}: {error}", path.display()))?;
                languages.insert(language.tag().into(), json!({ "file": file }));
            }
        }
        views.insert(name.into(), Value::Object(languages));
    }
    // The id prefix the views are rendered with, how a link's answers are written
    // (mt_requirements::link) and where a device keeps them (mt_eligibility::remembered), so the
    // loader fills a link's or this device's answers into a first view.
    let link = json!({
        "prefix": mt_requirements::link::PREFIX,
        "max": mt_requirements::link::MAX_FRAGMENT,
        "remembered": mt_eligibility::remembered::KEY_PREFIX,
    });
    let data = json!({ "default": DEFAULT_SET, "css": css, "views": views, "prefix": PREFIX, "link": link });
    let written = text
        .replace(SLOT, &format!("const FIRST_VIEWS = {data};"))
        .replace(
            VERSION_SLOT,
            &format!("const VERSION = {};", json!(VERSION)),
        )
        .replace(
            ATTRIBUTES_SLOT,
            &format!("const ATTRIBUTES = {};", json!(ATTRIBUTES)),
        )
        .replace(THEME_SLOT, &format!("const THEME = {};", theme_tables()));
    fs::write(&loader, written).map_err(|error| format!("{}: {error}", loader.display()))?;
    write_studio_tables(dir)
}

/// The theme's tables, as the loader checks a host's theme with them (src/theme.rs).
fn theme_tables() -> Value {
    json!({
        "shortcuts": THEME_SHORTCUTS
            .iter()
            .map(|(attribute, css_property, property)| json!([attribute.name(), css_property, property]))
            .collect::<Vec<_>>(),
        "safe": SAFE_FUNCTIONS,
        "pairs": THEME_PAIRS,
        "least": MIN_TEXT_CONTRAST,
        "written": MIN_TEXT_CONTRAST_WRITTEN,
    })
}

/// The studio's tables, as the widget has them: `studio/tables.js`, beside the studio's scripts.
fn write_studio_tables(dir: &Path) -> Result<(), String> {
    let defaults: Map<String, Value> = THEME_PAIRS
        .iter()
        .flat_map(|(text, text_default, background, background_default)| {
            [(text, text_default), (background, background_default)]
        })
        .map(|(property, default)| ((*property).to_owned(), json!(default)))
        .collect();
    let tables = json!({
        "attributes": ATTRIBUTES,
        "themeShortcuts": THEME_SHORTCUTS
            .iter()
            .map(|(attribute, _, property)| json!({ "attribute": attribute.name(), "property": property }))
            .collect::<Vec<_>>(),
        "pairs": THEME_PAIRS.iter().map(|(text, _, background, _)| json!([text, background])).collect::<Vec<_>>(),
        "colorDefaults": defaults,
        "minContrast": MIN_TEXT_CONTRAST_WRITTEN,
        "sets": SHIPPED.iter().map(|(name, _)| name).collect::<Vec<_>>(),
        "defaultSet": DEFAULT_SET,
        "maxBytes": MAX_BYTES,
        "languages": Language::ALL
            .iter()
            .map(|language| {
                let words = language.messages();
                json!({ "tag": language.tag(), "apply": words.apply, "unreviewed": words.unreviewed })
            })
            .collect::<Vec<_>>(),
    });
    let folder = dir.join("studio");
    fs::create_dir_all(&folder).map_err(|error| format!("{}: {error}", folder.display()))?;
    let file = folder.join("tables.js");
    let text = format!(
        "// Written by the build (crates/first-view) from the widget's own tables: do not edit.\nexport const TABLES = {tables};\n"
    );
    fs::write(&file, text).map_err(|error| format!("{}: {error}", file.display()))
}

/// CSS that makes `set`'s first view ask what the check asks, with no script, so nothing moves
/// when the check takes its place: it hides each question whose `ask_when` the answers given make
/// false, and every question after one that is asked and not answered yet (the check reveals them
/// one by one). A first view shows only the check's questions, and each of those may look at one
/// choice question that is always asked; anything else is refused here, to be taught first.
fn asking_rules(name: &str, set: &RequirementSet) -> Result<String, String> {
    let mut css = String::new();
    let asked: Vec<_> = set
        .questions
        .iter()
        .filter(|question| question.part == Part::Check)
        .collect();
    for (index, question) in asked.iter().enumerate() {
        let id = &question.id;
        // Nothing comes after the last question for it to hide.
        let last = index + 1 == asked.len();
        // Matches, inside the widget's root, what makes this question not asked.
        let not_asked = match &question.ask_when {
            None => None,
            Some(Condition::In { question: looked_at, options })
                if set
                    .question(looked_at)
                    .is_some_and(|looked_at| looked_at.ask_when.is_none()) =>
            {
                let accepted: String = options
                    .iter()
                    .map(|option| format!(r#":not([value="{option}"])"#))
                    .collect();
                Some(format!(r#"[name="{PREFIX}-{looked_at}"]:checked{accepted}"#))
            }
            Some(_) => {
                return Err(format!(
                    "{name}: the ask_when of {id} is more than one choice among options of a question always asked; teach the first view to hide it (asking_rules)"
                ))
            }
        };
        let unanswered = match question.kind {
            QuestionKind::Choice(_) => {
                format!(r#".mte-question:has([name="{PREFIX}-{id}"]):not(:has(:checked))"#)
            }
            // The field's blank placeholder shows while nothing is typed (ui/number_question.rs).
            QuestionKind::WholeNumber { .. } => {
                format!(r#".mte-question:has(#{PREFIX}-{id}:placeholder-shown)"#)
            }
        };
        if let Some(not_asked) = &not_asked {
            css.push_str(&format!(
                r#"[{MARK}="{name}"]:has({not_asked}) .mte-question:has([name="{PREFIX}-{id}"],#{PREFIX}-{id}){{display:none}}"#
            ));
        }
        if last {
            continue;
        }
        match not_asked {
            Some(not_asked) => css.push_str(&format!(
                r#"[{MARK}="{name}"]:not(:has({not_asked})) {unanswered}~.mte-question{{display:none}}"#
            )),
            None => css.push_str(&format!(
                r#"[{MARK}="{name}"] {unanswered}~.mte-question{{display:none}}"#
            )),
        }
    }
    Ok(css)
}

/// The widget as it first shows `set`: its root (as the glue makes it), the questions, and the
/// verdict's place saying the check is loading.
async fn render(name: &str, set: RequirementSet, language: Language) -> String {
    let props = yew::props!(EligibilityWidgetProps {
        set: SetStatus::Ready(Rc::new(set)),
        host: Host {
            id_prefix: AttrValue::Static(PREFIX),
            speech: Speech {
                language,
                ..Speech::default()
            },
            ..Host::default()
        },
        pending: true,
    });
    let html = LocalServerRenderer::<EligibilityWidget>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    format!(
        r#"<div class="mte-root" lang="{}" dir="ltr" {MARK}="{name}">{html}</div>"#,
        language.tag()
    )
}

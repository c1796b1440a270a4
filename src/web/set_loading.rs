//! Which requirement set a widget shows and how it arrives: shipped inside the widget, shipped
//! beside it, inline in the page or linked, each in the language asked for when it can be. A
//! shipped set, and its translations, come compiled (`mt_requirements::compiled`), checked by the
//! build; a set the page gives is read and checked by the loader's reader, a second wasm.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, Url};

use super::apply_url::http_url;
use super::fetch::{describe, fetch, fetch_text};
use crate::language::Language;
use crate::shipped::{compiled_file, DEFAULT_CORE, DEFAULT_SET, SHIPPED};
use mt_requirements::compiled::{is_core, load};
use mt_requirements::{Problem, RequirementSet};

/// Where a widget's requirement set comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetSource {
    /// A set shipped inside the widget, by name.
    Shipped(&'static str),
    /// A `<script type="application/json">` inside the host element, and its translations
    /// (`<script type="application/json" data-language="es">`), by language tag.
    Inline(String, Vec<(String, String)>),
    /// A JSON document on the same site.
    Url(String),
}

/// A shipped set's name and language, and the set read in it.
type Read = ((&'static str, Language), Rc<RequirementSet>);

thread_local! {
    // Shipped sets are loaded once per language, however many widgets use them: the core until
    // the whole set comes.
    static SHIPPED_SETS: RefCell<Vec<Read>> = const { RefCell::new(Vec::new()) };
}

/// A set as the widget shows it, and the language that is in.
pub struct Loaded {
    /// The set, or why there is none.
    pub set: Result<Rc<RequirementSet>, Vec<Problem>>,
    /// The language asked for, or the set's own when it has no usable translation into it.
    pub language: Language,
    /// Why the language asked for is not the one shown.
    pub untranslated: Vec<Problem>,
}

/// The set the host asks for: an inline document first, then the `requirements` attribute (a
/// shipped name, or a same-site URL), else the default. A request that cannot be honoured is a
/// problem, never a quiet fallback to another set.
pub fn source_of(
    host: &Element,
    requested: Option<String>,
    page: &str,
) -> Result<SetSource, Vec<Problem>> {
    if let Some(script) = host
        .query_selector(r#"script[type="application/json"]:not([data-language])"#)
        .ok()
        .flatten()
    {
        let mut translations = Vec::new();
        if let Ok(scripts) =
            host.query_selector_all(r#"script[type="application/json"][data-language]"#)
        {
            for at in 0..scripts.length() {
                // A selector matches elements only.
                let Some(script) = scripts.item(at).map(JsCast::unchecked_into::<Element>) else {
                    continue;
                };
                let tag = script.get_attribute("data-language").unwrap_or_default();
                translations.push((tag, script.text_content().unwrap_or_default()));
            }
        }
        return Ok(SetSource::Inline(
            script.text_content().unwrap_or_default(),
            translations,
        ));
    }
    let Some(requested) = requested.map(|value| value.trim().to_owned()) else {
        return Ok(SetSource::Shipped(DEFAULT_SET));
    };
    if let Some((name, _)) = SHIPPED.iter().find(|(name, _)| *name == requested) {
        return Ok(SetSource::Shipped(name));
    }
    let problem = |message: String| {
        vec![Problem {
            path: "requirements".into(),
            message,
        }]
    };
    // A name is a name unless it looks like a link: a typo must not turn into a fetch.
    let looks_like_link =
        requested.contains('/') || requested.contains(':') || requested.ends_with(".json");
    if !looks_like_link {
        return Err(problem(format!(
            "\"{requested}\" is not a shipped set: {}",
            shipped_names()
        )));
    }
    let url = http_url(&requested, page).map_err(|error| {
        problem(format!(
            "\"{requested}\" is neither a shipped set ({}) nor a usable link: {error}",
            shipped_names()
        ))
    })?;
    let same_site = match (Url::new(&url), Url::new(page)) {
        (Ok(url), Ok(page)) => url.origin() == page.origin(),
        _ => false,
    };
    if !same_site {
        return Err(problem(format!(
            "{url} is on another site; a requirement set must come from this page's own site"
        )));
    }
    Ok(SetSource::Url(url))
}

fn shipped_names() -> String {
    SHIPPED
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where a widget's own files are, their hashes, and the loader's reader.
pub struct Files {
    /// Where the widget's files are served, the compiled shipped sets among them.
    pub base: String,
    /// The integrity hashes of those files, by name, as the loader has them: a shipped set is
    /// fetched with its hash, so the browser checks it.
    pub pinned: Option<js_sys::Object>,
    /// Reads a set the page gives: `(document, translation?)` → the set compiled, or a promise of
    /// it; thrown, its problems (`{ path, message }`).
    pub reader: Option<Function>,
}

/// The set from `source` in `language`, if nothing needs fetching or reading: a shipped set,
/// loaded before in this language or needing no translation. A shipped set may come as its core
/// (`mt_requirements::compiled::core`): [`whole`] brings the rest when the path is wanted.
pub fn at_hand(source: &SetSource, language: Language) -> Option<Loaded> {
    match source {
        SetSource::Shipped(name) => {
            if let Some(set) = cached(name, language) {
                return Some(Loaded {
                    set: Ok(set),
                    language,
                    untranslated: Vec::new(),
                });
            }
            let original = match cached(name, Language::English) {
                Some(set) => set,
                // Only the default set's core is inside the widget; another is fetched.
                None if *name == DEFAULT_SET => match load(DEFAULT_CORE) {
                    Some(set) => remember(name, Language::English, Rc::new(set)),
                    None => return Some(refused(damaged(name), language)),
                },
                None => return None,
            };
            translation_needed(&original, language)
                .is_none()
                .then(|| settle(original, language, None))
        }
        SetSource::Inline(..) | SetSource::Url(_) => None,
    }
}

/// The set from `source` in `language`, fetching and reading what is not at hand: a shipped set
/// and its translation, compiled, from beside the widget's own files; a linked set and its
/// translation beside it, or an inline one, through the reader.
pub async fn arrive(source: SetSource, language: Language, files: &Files) -> Loaded {
    let reader = &files.reader;
    match source {
        SetSource::Shipped(name) => {
            // A set read before, or inside the widget, is kept (by `at_hand`).
            let original = match cached(name, Language::English) {
                Some(set) => set,
                None => match fetch_compiled(name, None, false, files).await {
                    Ok(set) => remember(name, Language::English, Rc::new(set)),
                    Err(problems) => return refused(problems, language),
                },
            };
            // A set with a path comes as its core first in the other language too.
            let core = original.path.is_some();
            let translated = match translation_needed(&original, language) {
                Some(tag) => Some(fetch_compiled(name, Some(tag), core, files).await),
                None => None,
            };
            let loaded = settle(original, language, translated);
            if let (true, Ok(set)) = (
                loaded.untranslated.is_empty() && cached(name, language).is_none(),
                &loaded.set,
            ) {
                remember(name, language, set.clone());
            }
            loaded
        }
        SetSource::Url(url) => {
            let document = match fetch_text(&url, "").await {
                Ok(text) => text,
                Err(problems) => return refused(problems, language),
            };
            let original = match read(reader, &document, None).await {
                Ok(set) => Rc::new(set),
                Err(problems) => return refused(problems, language),
            };
            let translated = match translation_needed(&original, language) {
                Some(tag) => {
                    let stem = url.strip_suffix(".json").unwrap_or(&url);
                    Some(match fetch_text(&format!("{stem}.{tag}.json"), "").await {
                        Ok(translation) => read(reader, &document, Some(&translation)).await,
                        Err(problems) => Err(problems),
                    })
                }
                None => None,
            };
            settle(original, language, translated)
        }
        SetSource::Inline(document, translations) => {
            let original = match read(reader, &document, None).await {
                Ok(set) => Rc::new(set),
                Err(problems) => return refused(problems, language),
            };
            let translation = translation_needed(&original, language).and_then(|tag| {
                translations
                    .iter()
                    .find(|(written, _)| written == tag)
                    .map(|(_, text)| text)
            });
            let translated = match translation {
                Some(translation) => Some(read(reader, &document, Some(translation)).await),
                None => None,
            };
            settle(original, language, translated)
        }
    }
}

/// The whole shipped set `name` in `language`, for a widget that shows its core, once its path
/// is wanted (`mt_requirements::compiled::core`).
pub async fn whole(
    name: &'static str,
    language: Language,
    files: &Files,
) -> Result<Rc<RequirementSet>, Vec<Problem>> {
    if let Some(set) = cached(name, language).filter(|set| !is_core(set)) {
        return Ok(set);
    }
    let written_in = cached(name, Language::English).map(|set| set.language.clone());
    let tag = Some(language.tag()).filter(|tag| written_in.as_deref() != Some(tag));
    let set = fetch_compiled(name, tag, false, files).await?;
    Ok(remember(name, language, Rc::new(set)))
}

/// A shipped set compiled, from beside the widget's files, checked against its pinned hash:
/// whole or its core, as written or in the language `tag`.
async fn fetch_compiled(
    name: &str,
    tag: Option<&str>,
    core: bool,
    files: &Files,
) -> Result<RequirementSet, Vec<Problem>> {
    let file = compiled_file(name, tag, core);
    let url = Url::new_with_base(&file, &files.base)
        .map(|url| url.href())
        .unwrap_or_default();
    let integrity = files
        .pinned
        .as_ref()
        .and_then(|pinned| Reflect::get(pinned, &file.as_str().into()).ok())
        .and_then(|hash| hash.as_string())
        .unwrap_or_default();
    let bytes = fetch(&url, &integrity).await?;
    load(&bytes).ok_or_else(|| damaged(&url))
}

/// A document the page gave, in the language of `translation` if given, read and checked by the
/// loader's reader.
async fn read(
    reader: &Option<Function>,
    document: &str,
    translation: Option<&str>,
) -> Result<RequirementSet, Vec<Problem>> {
    let problem = |message: String| {
        vec![Problem {
            path: "requirements".into(),
            message,
        }]
    };
    let Some(reader) = reader else {
        return Err(problem(
            "a set written in the page or linked needs the reader, which the loader (mt-eligibility.js) brings".into(),
        ));
    };
    let translation = translation.map_or(JsValue::UNDEFINED, JsValue::from_str);
    let answer = match reader.call2(&JsValue::NULL, &document.into(), &translation) {
        Ok(answer) => JsFuture::from(Promise::resolve(&answer)).await,
        Err(thrown) => Err(thrown),
    };
    match answer {
        Ok(bytes) => {
            load(&Uint8Array::new(&bytes).to_vec()).ok_or_else(|| damaged("the reader's answer"))
        }
        Err(thrown) if Array::is_array(&thrown) => Err(Array::from(&thrown)
            .iter()
            .map(|fields| {
                let field = |name: &str| {
                    Reflect::get(&fields, &name.into())
                        .ok()
                        .and_then(|value| value.as_string())
                        .unwrap_or_default()
                };
                Problem {
                    path: field("path"),
                    message: field("message"),
                }
            })
            .collect()),
        Err(thrown) => Err(problem(format!(
            "the reader could not be loaded ({})",
            describe(&thrown)
        ))),
    }
}

/// A compiled set that did not load whole: cut, altered, or of another form.
fn damaged(what: &str) -> Vec<Problem> {
    vec![Problem {
        path: "requirements".into(),
        message: format!("{what} is not a whole compiled requirement set; rebuild the widget"),
    }]
}

/// No set: the widget says so in the language asked for, which its own words are in.
fn refused(problems: Vec<Problem>, language: Language) -> Loaded {
    Loaded {
        set: Err(problems),
        language,
        untranslated: Vec::new(),
    }
}

fn cached(name: &str, language: Language) -> Option<Rc<RequirementSet>> {
    SHIPPED_SETS.with(|sets| {
        sets.borrow()
            .iter()
            .find(|(key, _)| *key == (name, language))
            .map(|(_, set)| set.clone())
    })
}

/// Keeps a shipped set read in a language, so the next widget (or a switch back) has it at once;
/// the whole set takes its core's place.
fn remember(name: &'static str, language: Language, set: Rc<RequirementSet>) -> Rc<RequirementSet> {
    SHIPPED_SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        sets.retain(|(key, _)| *key != (name, language));
        sets.push(((name, language), set.clone()));
    });
    set
}

/// The tag of the translation to fetch, when the set is not written in `language` but lists it.
fn translation_needed(set: &RequirementSet, language: Language) -> Option<&'static str> {
    let tag = language.tag();
    (set.language != tag && set.translations.iter().any(|listed| listed == tag)).then_some(tag)
}

/// The set in `language` when it is written in it, or its translation came and is usable;
/// otherwise the set as written, with why it is not in `language`.
fn settle(
    original: Rc<RequirementSet>,
    language: Language,
    translated: Option<Result<RequirementSet, Vec<Problem>>>,
) -> Loaded {
    let written_in = Language::from_tag(&original.language).unwrap_or_default();
    let as_written = |untranslated: Vec<Problem>| Loaded {
        set: Ok(original.clone()),
        language: written_in,
        untranslated,
    };
    if written_in == language {
        return as_written(Vec::new());
    }
    let problem = |message: String| Problem {
        path: "lang".into(),
        message,
    };
    let Some(translated) = translated.filter(|_| translation_needed(&original, language).is_some())
    else {
        return as_written(vec![problem(format!(
            "the requirement set \"{}\" has no {} translation here; it is shown in {}",
            original.name,
            language.tag(),
            written_in.tag()
        ))]);
    };
    match translated {
        Ok(set) => Loaded {
            set: Ok(Rc::new(set)),
            language,
            untranslated: Vec::new(),
        },
        Err(problems) => {
            let mut said = vec![problem(format!(
                "the {} translation of \"{}\" could not be used; it is shown in {}",
                language.tag(),
                original.name,
                written_in.tag()
            ))];
            said.extend(problems);
            as_written(said)
        }
    }
}

//! Which requirement set a widget shows and how it arrives: shipped inside the widget, shipped
//! beside it, inline in the page or linked, each in the language asked for when it can be.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, Url};

use super::apply_url::http_url;
use super::fetch::fetch;
use crate::language::Language;
use crate::shipped::{shipped, DEFAULT_SET, SHIPPED};
use mt_requirements::{read_text, read_translated, Problem, RequirementSet};

/// Where a widget's requirement set comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetSource {
    /// A set shipped inside the widget, by name.
    Shipped(&'static str),
    /// A `<script type="application/json">` inside the host element.
    Inline(String),
    /// A JSON document on the same site.
    Url(String),
}

/// A shipped set's name and language, and the set read in it.
type Read = ((&'static str, Language), Rc<RequirementSet>);

thread_local! {
    // Shipped sets are parsed and checked once per language, however many widgets use them.
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
        return Ok(SetSource::Inline(script.text_content().unwrap_or_default()));
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

/// The set from `source` in `language`, if nothing needs fetching: a shipped set, read before
/// in this language or needing no translation; or an inline one, with its translations inline.
pub fn at_hand(source: &SetSource, language: Language, host: &Element) -> Option<Loaded> {
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
                None => {
                    // A set shipped beside the widget, not inside it, is fetched.
                    let read = read_text(shipped(name)?).map(Rc::new);
                    match read {
                        Ok(set) => remember(name, Language::English, set),
                        Err(problems) => return Some(refused(problems, language)),
                    }
                }
            };
            translation_needed(&original, language)
                .is_none()
                .then(|| settle(original, language, None))
        }
        SetSource::Inline(text) => Some(match read_text(text) {
            Ok(original) => {
                let translation = inline_translation(host, language).map(Ok);
                settle(
                    Rc::new(original),
                    language,
                    translation.map(|t| (text.clone(), t)),
                )
            }
            Err(problems) => refused(problems, language),
        }),
        SetSource::Url(_) => None,
    }
}

/// The set from `source` in `language`, fetching what is not at hand: a linked set, and a
/// translation (beside the widget's own files for a shipped set, beside a linked one).
///
/// `pinned` holds the integrity hashes of the widget's own files, by name, as the loader has
/// them: a shipped set's translation is fetched with its hash, so the browser checks it.
pub async fn arrive(
    source: SetSource,
    language: Language,
    base: &str,
    pinned: Option<&js_sys::Object>,
) -> Loaded {
    let pinned_hash = |file: String| {
        pinned
            .and_then(|pinned| js_sys::Reflect::get(pinned, &file.into()).ok())
            .and_then(|hash| hash.as_string())
            .unwrap_or_default()
    };
    let (text, stem) = match &source {
        SetSource::Shipped(name) => {
            let stem = Url::new_with_base(name, base)
                .map(|url| url.href())
                .unwrap_or_default();
            let text = match shipped(name) {
                Some(text) => Ok(text.to_owned()),
                None => {
                    fetch(
                        &format!("{stem}.json"),
                        &pinned_hash(format!("{name}.json")),
                    )
                    .await
                }
            };
            (text, stem)
        }
        SetSource::Url(url) => (
            fetch(url, "").await,
            url.strip_suffix(".json").unwrap_or(url).to_owned(),
        ),
        SetSource::Inline(text) => (Ok(text.clone()), String::new()),
    };
    let text = match text {
        Ok(text) => text,
        Err(problems) => return refused(problems, language),
    };
    // A shipped set was read, and kept, by `at_hand` before it found the translation missing.
    let kept = match &source {
        SetSource::Shipped(name) => cached(name, Language::English),
        _ => None,
    };
    let original = match kept {
        Some(set) => set,
        None => match read_text(&text) {
            // A shipped set fetched from beside the widget is kept, as `at_hand` keeps one from
            // inside it, for the next widget.
            Ok(set) => match &source {
                SetSource::Shipped(name) => remember(name, Language::English, Rc::new(set)),
                _ => Rc::new(set),
            },
            Err(problems) => return refused(problems, language),
        },
    };
    let translation = match translation_needed(&original, language) {
        Some(tag) if !stem.is_empty() => {
            let integrity = match &source {
                SetSource::Shipped(name) => pinned_hash(format!("{name}.{tag}.json")),
                _ => String::new(),
            };
            Some((text, fetch(&format!("{stem}.{tag}.json"), &integrity).await))
        }
        _ => None,
    };
    let loaded = settle(original, language, translation);
    match (source, &loaded.set) {
        (SetSource::Shipped(name), Ok(set))
            if loaded.untranslated.is_empty() && cached(name, language).is_none() =>
        {
            remember(name, language, set.clone());
            loaded
        }
        _ => loaded,
    }
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

/// Keeps a shipped set read in a language, so the next widget (or a switch back) has it at once.
fn remember(name: &'static str, language: Language, set: Rc<RequirementSet>) -> Rc<RequirementSet> {
    SHIPPED_SETS.with(|sets| sets.borrow_mut().push(((name, language), set.clone())));
    set
}

/// The tag of the translation to fetch, when the set is not written in `language` but lists it.
fn translation_needed(set: &RequirementSet, language: Language) -> Option<&'static str> {
    let tag = language.tag();
    (set.language != tag && set.translations.iter().any(|listed| listed == tag)).then_some(tag)
}

/// A `<script type="application/json" data-language="es">` inside the host: an inline set's translation.
fn inline_translation(host: &Element, language: Language) -> Option<String> {
    host.query_selector(&format!(
        r#"script[type="application/json"][data-language="{}"]"#,
        language.tag()
    ))
    .ok()
    .flatten()
    .map(|script| script.text_content().unwrap_or_default())
}

/// The set in `language` when it is written in it, or its translation (with the set's text)
/// came and is usable; otherwise the set as written, with why it is not in `language`.
fn settle(
    original: Rc<RequirementSet>,
    language: Language,
    translation: Option<(String, Result<String, Vec<Problem>>)>,
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
    let Some((text, translation)) =
        translation.filter(|_| translation_needed(&original, language).is_some())
    else {
        return as_written(vec![problem(format!(
            "the requirement set \"{}\" has no {} translation here; it is shown in {}",
            original.name,
            language.tag(),
            written_in.tag()
        ))]);
    };
    match translation.and_then(|translation| read_translated(&text, &translation)) {
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

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Element, RequestInit, Response, Url};

use super::apply_url::http_url;
use crate::shipped::{shipped, DEFAULT_SET, SHIPPED};
use mt_requirements::{read_text, Problem, RequirementSet};

/// How long a requirement set may take to arrive before the widget gives up on it.
const FETCH_TIMEOUT_MS: i32 = 10_000;

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

thread_local! {
    // Shipped sets are parsed and checked once, however many widgets use them.
    static SHIPPED_SETS: RefCell<Vec<(&'static str, Rc<RequirementSet>)>> = const { RefCell::new(Vec::new()) };
}

/// The set the host asks for: an inline document first, then the `requirements` attribute (a
/// shipped name, or a same-site URL), else the default. A request that cannot be honoured is a
/// problem, never a quiet fallback to another set.
pub fn choose(
    host: &Element,
    requested: Option<String>,
    page: &str,
) -> Result<SetSource, Vec<Problem>> {
    if let Some(script) = host
        .query_selector(r#"script[type="application/json"]"#)
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
            "{requested:?} is not a shipped set: {}",
            shipped_names()
        )));
    }
    let url = http_url(&requested, page).map_err(|error| {
        problem(format!(
            "{requested:?} is neither a shipped set ({}) nor a usable link: {error}",
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

/// A shipped set, parsed and checked (once).
pub fn shipped_set(name: &'static str) -> Result<Rc<RequirementSet>, Vec<Problem>> {
    let cached = SHIPPED_SETS.with(|sets| {
        sets.borrow()
            .iter()
            .find(|(shipped, _)| *shipped == name)
            .map(|(_, set)| set.clone())
    });
    if let Some(set) = cached {
        return Ok(set);
    }
    let text = shipped(name).unwrap_or_default();
    let set = Rc::new(read_text(text)?);
    SHIPPED_SETS.with(|sets| sets.borrow_mut().push((name, set.clone())));
    Ok(set)
}

/// Fetches a document's text, giving up after [`FETCH_TIMEOUT_MS`].
pub async fn fetch(url: &str) -> Result<String, Vec<Problem>> {
    let failed = |message: String| {
        vec![Problem {
            path: "requirements".into(),
            message,
        }]
    };
    let window = web_sys::window().ok_or_else(|| failed("no window to fetch from".into()))?;
    let controller = AbortController::new().map_err(|_| failed("cannot fetch here".into()))?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let abort = wasm_bindgen::closure::Closure::once_into_js({
        let controller = controller.clone();
        move || controller.abort()
    });
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            FETCH_TIMEOUT_MS,
        )
        .ok();
    let result = async {
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|error| {
                let name = js_sys::Reflect::get(&error, &"name".into())
                    .ok()
                    .and_then(|name| name.as_string());
                if name.as_deref() == Some("AbortError") {
                    failed(format!(
                        "{url} did not arrive within {} seconds",
                        FETCH_TIMEOUT_MS / 1000
                    ))
                } else {
                    failed(format!("{url} could not be fetched ({})", describe(&error)))
                }
            })?
            .unchecked_into();
        if !response.ok() {
            return Err(failed(format!(
                "{url} answered {} {}",
                response.status(),
                response.status_text()
            )));
        }
        let text = response.text().map_err(|error| failed(describe(&error)))?;
        JsFuture::from(text)
            .await
            .map_err(|error| failed(format!("{url} could not be read ({})", describe(&error))))?
            .as_string()
            .ok_or_else(|| failed(format!("{url} is not text")))
    }
    .await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    result
}

fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .unwrap_or_else(|| "no reason given".into())
}

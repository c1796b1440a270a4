//! Fetching a document beside the widget or on the page's site: a set or a translation, with a
//! time limit, its pinned hash, no redirect to another site, and a size cap kept while it streams.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestInit, Response, Url};

use mt_requirements::{parse_whole_number, Problem, MAX_BYTES};

/// How long a requirement set may take to arrive before the widget gives up on it.
const FETCH_TIMEOUT_MS: i32 = 10_000;

/// Fetches a document's text, decoded as `Response.text()` would: UTF-8, bad bytes replaced, a
/// byte-order mark dropped.
pub async fn fetch_text(url: &str, integrity: &str) -> Result<String, Vec<Problem>> {
    let bytes = fetch(url, integrity).await?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned())
}

/// Fetches a document's bytes, giving up after [`FETCH_TIMEOUT_MS`]. A non-empty `integrity`
/// (`sha384-…`) is checked by the browser, which refuses a document that does not match it.
pub async fn fetch(url: &str, integrity: &str) -> Result<Vec<u8>, Vec<Problem>> {
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
    if !integrity.is_empty() {
        init.set_integrity(integrity);
    }
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
                // Only the timer aborts a fetch that has not answered yet.
                if controller.signal().aborted() {
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
        // The site was checked on the address asked for; a redirect must not lead elsewhere.
        let origin = |address: &str| Url::new(address).map(|address| address.origin()).ok();
        if response.redirected() && origin(&response.url()) != origin(url) {
            return Err(failed(format!(
                "{url} was redirected to {}; a requirement set must come from the site it was asked from",
                response.url()
            )));
        }
        // A document larger than a set may be is refused before it is read whole: first by its
        // declared length (one the browser let through is digits), then by counting while it
        // streams in, so a huge one never fills memory.
        let too_large = || {
            controller.abort();
            failed(format!("{url} is larger than {MAX_BYTES} bytes, the most a requirement set may be"))
        };
        let declared = response.headers().get("content-length").ok().flatten();
        let over = |length: String| parse_whole_number(&length, 0, MAX_BYTES as i64).is_err();
        if declared.is_some_and(over) {
            return Err(too_large());
        }
        let unreadable = |error: JsValue| failed(format!("{url} could not be read ({})", describe(&error)));
        // No body at all reads as an empty document, which the reader then refuses.
        let Some(body) = response.body() else {
            return Ok(Vec::new());
        };
        let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        let mut bytes = Vec::new();
        loop {
            // `{ done, value }`, the shape of an iterator's result.
            let read: js_sys::IteratorNext = JsFuture::from(reader.read())
                .await
                .map_err(unreadable)?
                .unchecked_into();
            if read.done() {
                return Ok(bytes);
            }
            let chunk: js_sys::Uint8Array = read.value().unchecked_into();
            if bytes.len() + chunk.length() as usize > MAX_BYTES {
                return Err(too_large());
            }
            let at = bytes.len();
            bytes.resize(at + chunk.length() as usize, 0);
            chunk.copy_to(&mut bytes[at..]);
        }
    }
    .await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    result
}

/// An error's message, or that none was given.
pub(super) fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .unwrap_or_else(|| "no reason given".into())
}

use std::cell::RefCell;

use crate::language::Language;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};

use super::events;

/// A mounted widget, as the panic fallback needs to know it.
#[derive(Clone)]
struct Mounted {
    id: u32,
    host: Element,
    shadow: ShadowRoot,
    root: Element,
    apply_url: Option<String>,
    /// The language the widget speaks, which its apology speaks too.
    language: Language,
}

/// The console's note, and the error event's, when the fallback replaced a widget: for the
/// page's developers, so in English like every other console message.
const REPLACED: &str = "The widget stopped working and was replaced by its Apply link.";

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Replaces Yew's default panic hook: a panic shows an apology and the Apply link, never a blank box.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fallback_everywhere();
    }));
}

/// Remembers (or, on an update, refreshes) a mounted widget so a panic can replace it.
pub fn register(
    id: u32,
    host: Element,
    shadow: ShadowRoot,
    root: Element,
    apply_url: Option<String>,
    language: Language,
) {
    MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        mounted.retain(|widget| widget.id != id);
        mounted.push(Mounted {
            id,
            host,
            shadow,
            root,
            apply_url,
            language,
        });
    });
}

/// Records the language a widget now speaks.
pub fn speak(id: u32, language: Language) {
    MOUNTED.with(|mounted| {
        if let Some(widget) = mounted
            .borrow_mut()
            .iter_mut()
            .find(|widget| widget.id == id)
        {
            widget.language = language;
        }
    });
}

/// Forgets a destroyed widget.
pub fn unregister(id: u32) {
    MOUNTED.with(|mounted| mounted.borrow_mut().retain(|widget| widget.id != id));
}

/// How many widgets are mounted and not destroyed.
pub fn live_widgets() -> usize {
    MOUNTED.with(|mounted| mounted.borrow().len())
}

/// Swaps every mounted widget for a short apology and the Apply link, and reports the crash.
///
/// All widgets share one wasm instance, and after a panic its state cannot be trusted,
/// so every one of them is replaced, not only the one that failed. Exported to JavaScript as
/// `showFallbackEverywhere`, so the browser tests can hold the apology to WCAG under every
/// viewing condition without a way to make the widget panic.
#[wasm_bindgen(js_name = showFallbackEverywhere)]
pub fn show_fallback_everywhere() {
    // Collect, release, then act: each replacement reports to the page, and a page's listener
    // may destroy a widget or change its language, which needs this list again. `try_`
    // throughout: a panic may strike while this very state is borrowed or torn down.
    let widgets: Vec<Mounted> = MOUNTED
        .try_with(|mounted| {
            mounted
                .try_borrow()
                .map(|mounted| mounted.clone())
                .unwrap_or_default()
        })
        .unwrap_or_default();
    for widget in &widgets {
        // A listener may have destroyed this one meanwhile: leave it as the page left it.
        let still_mounted = MOUNTED
            .try_with(|mounted| {
                mounted
                    .try_borrow()
                    .is_ok_and(|mounted| mounted.iter().any(|known| known.id == widget.id))
            })
            .unwrap_or(false);
        if still_mounted {
            show_fallback(widget);
        }
    }
}

fn show_fallback(widget: &Mounted) {
    let Some(document) = widget.host.owner_document() else {
        return;
    };
    // The Yew root is detached, not emptied, so whatever Yew still does lands off the page.
    widget.root.remove();
    if widget
        .shadow
        .query_selector(".mte-fallback")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let Ok(fallback) = document.create_element("div") else {
        return;
    };
    // `mte` too, so the fallback gets the widget's styles and theme.
    fallback.set_class_name("mte mte-fallback");
    let _ = fallback.set_attribute("lang", widget.language.tag());
    let _ = fallback.set_attribute("role", "alert");
    if let Ok(message) = document.create_element("p") {
        let words = widget.language.messages();
        message.set_text_content(Some(match widget.apply_url {
            Some(_) => words.fallback,
            None => words.fallback_without_link,
        }));
        let _ = fallback.append_child(&message);
    }
    if let (Some(href), Ok(link)) = (&widget.apply_url, document.create_element("a")) {
        let _ = link.set_attribute("href", href);
        link.set_class_name("mte-apply-link");
        link.set_text_content(Some(widget.language.messages().apply));
        let _ = fallback.append_child(&link);
    }
    // In place of everything else: a first view the widget had not taken over goes too.
    widget.shadow.replace_children_with_node_1(&fallback);
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &detail,
        &"instance".into(),
        &format!("mte-{}", widget.id).into(),
    );
    let _ = js_sys::Reflect::set(&detail, &"version".into(), &crate::VERSION.into());
    let _ = js_sys::Reflect::set(&detail, &"code".into(), &"crashed".into());
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &REPLACED.into());
    events::dispatch(
        &widget.host,
        &format!("{}error", events::PREFIX),
        &JsValue::from(detail),
    );
}

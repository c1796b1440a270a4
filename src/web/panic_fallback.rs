use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::events;
use super::widget::{self, Fallback, Record};

/// The console's note, and the error event's, when the fallback replaced a widget: for the
/// page's developers, so in English like every other console message.
const REPLACED: &str = "The widget stopped working and was replaced by its Apply link.";

/// Replaces Yew's default panic hook: a panic shows an apology and the Apply link, never a blank box.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fallback_everywhere();
    }));
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
    // may destroy a widget or change its language, which needs the registry again. `try_`
    // throughout: a panic may strike while this very state is borrowed or torn down.
    for record in widget::mounted() {
        // A listener may have destroyed this one meanwhile: leave it as the page left it.
        if widget::mounted()
            .iter()
            .any(|known| Rc::ptr_eq(known, &record))
        {
            show_fallback(&record);
        }
    }
}

fn show_fallback(widget: &Record) {
    let Ok(Fallback {
        apply_url,
        language,
    }) = widget
        .fallback
        .try_borrow()
        .map(|fallback| fallback.clone())
    else {
        return;
    };
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
    let _ = fallback.set_attribute("lang", language.tag());
    let _ = fallback.set_attribute("role", "alert");
    if let Ok(message) = document.create_element("p") {
        let words = language.messages();
        message.set_text_content(Some(match apply_url {
            Some(_) => words.fallback,
            None => words.fallback_without_link,
        }));
        let _ = fallback.append_child(&message);
    }
    if let (Some(href), Ok(link)) = (&apply_url, document.create_element("a")) {
        let _ = link.set_attribute("href", href);
        link.set_class_name("mte-apply-link");
        link.set_text_content(Some(language.messages().apply));
        let _ = fallback.append_child(&link);
    }
    // In place of everything else: a first view the widget had not taken over goes too.
    widget.shadow.replace_children_with_node_1(&fallback);
    events::crashed(&widget.host, &widget.instance, REPLACED);
}

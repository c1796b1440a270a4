use std::cell::RefCell;

use web_sys::Element;

/// A mounted widget, as the panic fallback needs to know it.
struct Mounted {
    host: Element,
    root: Element,
    apply_url: Option<String>,
}

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

/// Remembers a mounted widget so a panic can replace it.
pub fn register(host: Element, root: Element, apply_url: Option<String>) {
    MOUNTED.with(|mounted| {
        mounted.borrow_mut().push(Mounted {
            host,
            root,
            apply_url,
        })
    });
}

/// Swaps every mounted widget for a short apology and the Apply link.
///
/// All widgets share one wasm instance, and after a panic its state cannot be trusted,
/// so every one of them is replaced, not only the one that failed.
pub fn show_fallback_everywhere() {
    // `try_` throughout: a panic may strike while this very state is borrowed or torn down.
    let _ = MOUNTED.try_with(|mounted| {
        if let Ok(mounted) = mounted.try_borrow() {
            for widget in mounted.iter() {
                show_fallback(widget);
            }
        }
    });
}

fn show_fallback(widget: &Mounted) {
    let Some(document) = widget.host.owner_document() else {
        return;
    };
    // The Yew root is detached, not emptied, so whatever Yew still does lands off the page.
    widget.root.remove();
    if widget
        .host
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
    // `mte` too, so the fallback gets the widget's theme properties.
    fallback.set_class_name("mte mte-fallback");
    let _ = fallback.set_attribute("role", "alert");
    if let Ok(message) = document.create_element("p") {
        message.set_text_content(Some(match widget.apply_url {
            Some(_) => "Sorry, the eligibility check stopped working. You can still apply.",
            None => "Sorry, the eligibility check stopped working. Please use the Apply button on this page.",
        }));
        let _ = fallback.append_child(&message);
    }
    if let (Some(href), Ok(link)) = (&widget.apply_url, document.create_element("a")) {
        let _ = link.set_attribute("href", href);
        link.set_class_name("mte-apply-link");
        link.set_text_content(Some("Apply today"));
        let _ = fallback.append_child(&link);
    }
    let _ = widget.host.append_child(&fallback);
}

use std::cell::{Cell, RefCell};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};
use yew::{AppHandle, AttrValue};

use super::apply_url::http_url;
use super::panic_fallback;
use crate::ui::{EligibilityCheck, EligibilityCheckProps};

/// The elements the widget mounts on: `<div data-mt-eligibility data-apply-url="…">`.
const HOST_SELECTOR: &str = "[data-mt-eligibility]";

const MOUNTED: &str = "data-mt-eligibility-mounted";

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    // Mounted apps live as long as the page; keeping their handles is what keeps them alive.
    static APPS: RefCell<Vec<AppHandle<EligibilityCheck>>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the widget on every host element not mounted yet.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for index in 0..hosts.length() {
        if let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            if !host.has_attribute(MOUNTED) {
                mount(&document, &host);
            }
        }
    }
}

fn mount(document: &Document, host: &Element) {
    let base = document
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| document.url().unwrap_or_default());
    let apply_url = apply_url(host, &base);
    let Ok(root) = document.create_element("div") else {
        return;
    };
    if host.append_child(&root).is_err() {
        return;
    }
    // The snippet's own content is the no-JavaScript fallback. It goes only once the widget's root
    // is in place, so a failure on the way leaves the fallback rather than an empty box.
    while let Some(child) = host
        .first_child()
        .filter(|child| !child.is_same_node(Some(&root)))
    {
        let _ = host.remove_child(&child);
    }
    let _ = host.set_attribute(MOUNTED, "");
    panic_fallback::register(host.clone(), root.clone(), apply_url.clone());

    let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
    let props = EligibilityCheckProps {
        apply_url: apply_url.map(AttrValue::from),
        id_prefix: AttrValue::from(format!("mte-{id}")),
        initial: Default::default(),
    };
    let app = yew::Renderer::<EligibilityCheck>::with_root_and_props(root, props).render();
    APPS.with(|apps| apps.borrow_mut().push(app));
}

/// The host's `data-apply-url` if it is a usable http(s) link, else the link written inside the host.
fn apply_url(host: &Element, base: &str) -> Option<String> {
    if let Some(raw) = host.get_attribute("data-apply-url") {
        match http_url(&raw, base) {
            Ok(url) => return Some(url),
            Err(problem) => warn(&format!(
                "mt-eligibility: data-apply-url {raw:?} was refused because {problem}. Using the link written inside the element instead."
            )),
        }
    }
    let written = host
        .query_selector("a[href]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"));
    match written.map(|raw| (http_url(&raw, base), raw)) {
        Some((Ok(url), _)) => Some(url),
        Some((Err(problem), raw)) => {
            warn(&format!("mt-eligibility: the Apply link {raw:?} inside the element was refused because {problem}."));
            None
        }
        None => {
            warn("mt-eligibility: no Apply link is configured. Set data-apply-url to an http(s) link.");
            None
        }
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

use super::events::Reporter;
use super::panic_fallback;
use super::settings::Settings;
use super::stylesheet;
use crate::ui::{EligibilityCheck, EligibilityCheckProps};

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// One widget, mounted in a host element's shadow root. The loader holds it and ends it with `destroy`.
#[wasm_bindgen]
pub struct Widget {
    id: u32,
    host: HtmlElement,
    shadow: ShadowRoot,
    app: AppHandle<EligibilityCheck>,
    theme: Vec<&'static str>,
}

/// Mounts a widget in `shadow`, configured by `host`'s attributes.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, shadow: ShadowRoot) -> Result<Widget, JsValue> {
    let document = host
        .owner_document()
        .ok_or("the host element is not in a document")?;
    let root = document.create_element("div")?;
    root.set_class_name("mte-root");
    stylesheet::adopt(&shadow);
    shadow.replace_children_with_node_1(&root);

    let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
    let (props, theme) = configure(id, &host, &root, &shadow);
    let app = yew::Renderer::<EligibilityCheck>::with_root_and_props(root, props).render();
    Ok(Widget {
        id,
        host,
        shadow,
        app,
        theme,
    })
}

#[wasm_bindgen]
impl Widget {
    /// Reads the host's attributes again, after one changed; what the visitor answered stays.
    pub fn update(&mut self) {
        let root = self.shadow.first_element_child();
        let Some(root) = root else {
            return;
        };
        for property in &self.theme {
            let _ = self.host.style().remove_property(property);
        }
        let (props, theme) = configure(self.id, &self.host, &root, &self.shadow);
        self.theme = theme;
        self.app.update(props);
    }

    /// Unmounts the widget and frees it; the snippet's own content (the plain Apply link) shows again.
    pub fn destroy(self) {
        self.app.destroy();
        panic_fallback::unregister(self.id);
        for property in &self.theme {
            let _ = self.host.style().remove_property(property);
        }
        self.shadow.set_adopted_style_sheets(&js_sys::Array::new());
        if let Ok(slot) = self
            .host
            .owner_document()
            .ok_or(())
            .and_then(|document| document.create_element("slot").map_err(drop))
        {
            self.shadow.replace_children_with_node_1(&slot);
        }
    }
}

/// Reads the host's settings, reports what it refused, applies the theme, and builds the props.
fn configure(
    id: u32,
    host: &HtmlElement,
    root: &Element,
    shadow: &ShadowRoot,
) -> (EligibilityCheckProps, Vec<&'static str>) {
    let (settings, problems) = Settings::read(host);
    let settings = Rc::new(settings);
    let instance = format!("mte-{id}");
    let reporter = Rc::new(Reporter::new(
        host.clone().into(),
        instance.clone(),
        settings.clone(),
    ));
    for problem in &problems {
        reporter.refused(problem);
    }
    let style = host.style();
    let theme = settings
        .theme
        .iter()
        .filter(|(property, value)| style.set_property(property, value).is_ok())
        .map(|(property, _)| *property)
        .collect();
    panic_fallback::register(
        id,
        host.clone().into(),
        shadow.clone(),
        root.clone(),
        settings.apply_url.clone(),
    );

    let props = yew::props!(EligibilityCheckProps {
        apply_url: settings.apply_url.clone().map(AttrValue::from),
        link_target: settings.link_target.map(AttrValue::Static),
        id_prefix: AttrValue::from(instance),
        on_ready: Callback::from({
            let reporter = reporter.clone();
            move |()| reporter.ready()
        }),
        on_event: Callback::from(move |event| reporter.visitor(&event)),
    });
    (props, theme)
}

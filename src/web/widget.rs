use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

use super::events::Reporter;
use super::first_view::{FirstView, Handover};
use super::panic_fallback;
use super::requirements::{self, Loaded, SetSource};
use super::safe_colors;
use super::settings::Settings;
use crate::language::Language;
use crate::ui::{EligibilityWidget, EligibilityWidgetProps, Host, Requirements, State};
use mt_requirements::Problem;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// The roots and apps of destroyed widgets, for the next ones to mount in. Yew 0.23 never
    /// frees an app's root listeners (`HostHandlers::add_listener` forgets their closures), so a
    /// new app for every mount would leak its root and listeners; reused, they stay as many as
    /// the most widgets a page had at once.
    static SPARE: RefCell<Vec<(Element, AppHandle<EligibilityWidget>)>> = const { RefCell::new(Vec::new()) };
}

/// One widget, mounted in a host element's shadow root. The loader holds it and ends it with `destroy`.
#[wasm_bindgen]
pub struct Widget {
    id: u32,
    host: HtmlElement,
    shadow: ShadowRoot,
    live: Rc<RefCell<Live>>,
    theme: Vec<&'static str>,
}

/// The running app, the props it was last given, and which requirement source and language
/// they come from.
struct Live {
    id: u32,
    app: Option<AppHandle<EligibilityWidget>>,
    props: EligibilityWidgetProps,
    source: Result<SetSource, Vec<Problem>>,
    /// The language the host asks for; the one shown is in `props.host.language`.
    language: Language,
    /// Where the set on screen came from, if one is.
    shown: Option<SetSource>,
    reporter: Rc<Reporter>,
    /// Bumped on every load, so a slow fetch cannot overwrite a newer choice.
    generation: u32,
    host: HtmlElement,
    /// The widget's own root in the shadow root, which carries its `lang` and `dir`.
    root: Element,
    /// Where the widget's files are served, the shipped sets' translations among them.
    base: String,
    /// The integrity hashes of those files, by name, as the loader has them.
    pinned: Option<js_sys::Object>,
    /// The first view the loader showed, on screen until the check's first set arrives.
    first: Option<FirstView>,
    /// The first view's handover, once the check that takes its place is rendering. Its `ready`
    /// runs it. A `Cell`, taken whole: it is never borrowed while the host page's code runs.
    handover: Rc<Cell<Option<Handover>>>,
    shadow: ShadowRoot,
}

impl Live {
    fn show(&mut self, requirements: Requirements, language: Language) {
        self.props.requirements = requirements;
        self.props.host.language = language;
        let _ = self.root.set_attribute("lang", language.tag());
        let _ = self.root.set_attribute("dir", "ltr");
        panic_fallback::speak(self.id, language);
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }

    /// Whether a set from `source` is on screen, which a translation of it may replace in place.
    fn showing(&self, source: &SetSource) -> bool {
        matches!(self.props.requirements, Requirements::Ready(_))
            && self.shown.as_ref() == Some(source)
    }
}

/// Mounts a widget in `shadow`, configured by `host`'s attributes. `base` is where the widget's
/// files are served (the loader's own folder); without it, the page's. `integrity` maps those
/// files' names to the hashes they are fetched with (`{ "mt-agency.es.json": "sha384-…" }`).
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    shadow: ShadowRoot,
    base: Option<String>,
    integrity: Option<js_sys::Object>,
) -> Result<Widget, JsValue> {
    let document = host
        .owner_document()
        .ok_or("the host element is not in a document")?;
    let spare = SPARE.with(|spare| spare.borrow_mut().pop());
    let (root, spare_app) = match spare {
        Some((root, app)) => (root, Some(app)),
        None => {
            let root = document.create_element("div")?;
            root.set_class_name("mte-root");
            (root, None)
        }
    };
    // The loader gave the shadow root the widget's styles. A first view stays on screen, and in
    // the visitor's hands, until the check's first set is ready to take its place.
    let first = FirstView::find(&shadow);
    if first.is_none() {
        shadow.replace_children_with_node_1(&root);
    }

    let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
    let handover = Rc::new(Cell::new(None));
    let configured = configure(id, &host, &root, &shadow, &handover);
    let app = match spare_app {
        // A spare app starts afresh: the check is keyed by the widget's own id prefix.
        Some(mut app) => {
            app.update(configured.props.clone());
            app
        }
        None => yew::Renderer::<EligibilityWidget>::with_root_and_props(
            root.clone(),
            configured.props.clone(),
        )
        .render(),
    };
    let live = Rc::new(RefCell::new(Live {
        id,
        app: Some(app),
        props: configured.props,
        source: configured.source.clone(),
        language: configured.language,
        shown: None,
        reporter: configured.reporter,
        generation: 0,
        host: host.clone(),
        root: root.clone(),
        base: base.unwrap_or_else(|| document.base_uri().ok().flatten().unwrap_or_default()),
        pinned: integrity,
        first,
        handover,
        shadow: shadow.clone(),
    }));
    load(&live);
    Ok(Widget {
        id,
        host,
        shadow,
        live,
        theme: configured.theme,
    })
}

#[wasm_bindgen]
impl Widget {
    /// Reads the host's attributes again, after one changed; the answers stay unless the set changes.
    pub fn update(&mut self) {
        // Its own root, not the shadow root's first child: that may still be the first view.
        let (root, handover) = {
            let live = self.live.borrow();
            (live.root.clone(), live.handover.clone())
        };
        for property in &self.theme {
            let _ = self.host.style().remove_property(property);
        }
        let configured = configure(self.id, &self.host, &root, &self.shadow, &handover);
        self.theme = configured.theme;
        let reload = {
            let mut live = self.live.borrow_mut();
            let requirements = live.props.requirements.clone();
            let shown = live.props.host.language;
            live.props = EligibilityWidgetProps {
                requirements,
                ..configured.props
            };
            // The language shown changes when its set arrives in it, not before.
            live.props.host.language = shown;
            live.reporter = configured.reporter;
            let reload = live.source != configured.source || live.language != configured.language;
            live.source = configured.source;
            live.language = configured.language;
            let props = live.props.clone();
            if let Some(app) = live.app.as_mut() {
                app.update(props);
            }
            reload
        };
        if reload {
            load(&self.live);
        }
    }

    /// Unmounts the widget and frees it; the snippet's own content (the plain Apply link) shows again.
    pub fn destroy(self) {
        // The borrow ends before the app does: nothing may hold it while code runs that could
        // reach the host page.
        let (app, root) = {
            let mut live = self.live.borrow_mut();
            // A check still rendering must not take the first view's place once it is gone.
            live.handover.take();
            (live.app.take(), live.root.clone())
        };
        if let Some(mut app) = app {
            // Emptied, detached and kept for the next widget (see `SPARE`): nothing of this one's
            // set, answers or callbacks stays in it.
            app.update(EligibilityWidgetProps {
                requirements: Requirements::Loading,
                host: Host::default(),
                initial: State::default(),
                pending: false,
            });
            root.remove();
            SPARE.with(|spare| spare.borrow_mut().push((root, app)));
        }
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

/// Shows the set the host asks for, in its language: at once if it is at hand, else after a
/// fetch. While only a translation of the set on screen is fetched, that set stays, answers and
/// all; otherwise the widget says it is loading.
fn load(live: &Rc<RefCell<Live>>) {
    let (generation, source, language, host, base, pinned) = {
        let mut live = live.borrow_mut();
        live.generation += 1;
        (
            live.generation,
            live.source.clone(),
            live.language,
            live.host.clone(),
            live.base.clone(),
            live.pinned.clone(),
        )
    };
    let source = match source {
        Ok(source) => source,
        Err(problems) => {
            return finish(
                live,
                None,
                Loaded {
                    set: Err(problems),
                    language,
                    untranslated: Vec::new(),
                },
            )
        }
    };
    if let Some(loaded) = requirements::at_hand(&source, language, &host) {
        return finish(live, Some(source), loaded);
    }
    {
        let mut live = live.borrow_mut();
        if !live.showing(&source) {
            live.show(Requirements::Loading, language);
        }
    }
    let weak: Weak<RefCell<Live>> = Rc::downgrade(live);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = requirements::arrive(source.clone(), language, &base, pinned.as_ref()).await;
        // Destroyed meanwhile, or asked for another set or language: this answer is no longer wanted.
        if let Some(live) = weak
            .upgrade()
            .filter(|live| live.borrow().generation == generation)
        {
            finish(&live, Some(source), loaded);
        }
    });
}

/// Shows the loaded set, or the misconfigured message, then reports what went wrong.
///
/// The events go out last and with no borrow held: a host's listener may destroy the widget or
/// change its attributes (which loads again), and either needs `live` itself.
fn finish(live: &Rc<RefCell<Live>>, source: Option<SetSource>, loaded: Loaded) {
    let Loaded {
        set,
        language,
        untranslated,
    } = loaded;
    let (reporter, handover) = {
        let mut live = live.borrow_mut();
        // The first view's answers are for its set's questions; any other set starts afresh.
        let handover = live.first.take().map(|first| {
            let carried = set.is_ok()
                && matches!(&source, Some(SetSource::Shipped(name)) if first.shows(name));
            let focus = carried.then(|| first.focus(&live.shadow)).flatten();
            if carried {
                live.props.initial = first.read();
            }
            let handover = Handover {
                focus,
                shadow: live.shadow.clone(),
                root: live.root.clone(),
                prefix: live.props.host.id_prefix.to_string(),
            };
            (carried.then_some(first), handover)
        });
        match &set {
            Ok(set) => live.show(Requirements::Ready(set.clone()), language),
            Err(_) => live.show(Requirements::Misconfigured, language),
        }
        // Once taken over, the answers live in the check; a set shown later starts afresh.
        live.props.initial = State::default();
        live.shown = source.filter(|_| set.is_ok());
        (live.reporter.clone(), handover)
    };
    match handover {
        // The check's first `ready` hands over, once it is whole. Meanwhile the first view takes
        // no more answers, which would not be carried.
        Some((Some(first), handover)) => {
            first.freeze();
            live.borrow().handover.set(Some(handover));
        }
        // Nothing to carry: the widget's message takes the first view's place at once.
        Some((None, handover)) => handover.run(),
        None => {}
    }
    if !untranslated.is_empty() {
        reporter.untranslated(&untranslated);
    }
    if let Err(problems) = set {
        reporter.misconfigured(&problems);
    }
}

/// What the host's attributes come to: the props (the set still to be loaded), the theme
/// properties set on the host, the reporter for its events, and where its set comes from.
struct Configured {
    props: EligibilityWidgetProps,
    language: Language,
    theme: Vec<&'static str>,
    reporter: Rc<Reporter>,
    source: Result<SetSource, Vec<Problem>>,
}

/// Reads the host's settings, reports what it refused, applies the theme, and builds the props.
fn configure(
    id: u32,
    host: &HtmlElement,
    root: &Element,
    shadow: &ShadowRoot,
    handover: &Rc<Cell<Option<Handover>>>,
) -> Configured {
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
    let mut theme: Vec<&'static str> = settings
        .theme
        .iter()
        .filter(|(property, value)| style.set_property(property, value).is_ok())
        .map(|(property, _)| *property)
        .collect();
    // Whatever set them (these attributes or the page's CSS), colors too faint to read are
    // refused like any other value.
    let (fallbacks, faint) = safe_colors::enforce(host, shadow);
    for property in fallbacks {
        if !theme.contains(&property) {
            theme.push(property);
        }
    }
    for problem in &faint {
        reporter.refused(problem);
    }
    panic_fallback::register(
        id,
        host.clone().into(),
        shadow.clone(),
        root.clone(),
        settings.apply_url.clone(),
        settings.language,
    );
    let source = requirements::source_of(host, settings.requirements.clone(), &settings.page);

    let props = EligibilityWidgetProps {
        requirements: Requirements::Loading,
        host: Host {
            apply_url: settings.apply_url.clone().map(AttrValue::from),
            link_target: settings.link_target.map(AttrValue::Static),
            id_prefix: AttrValue::from(instance),
            on_ready: Callback::from({
                let reporter = reporter.clone();
                let handover = handover.clone();
                move |requirements: Vec<String>| {
                    // The check is whole on screen: it takes the first view's place first.
                    if let Some(handover) = handover.take() {
                        handover.run();
                    }
                    reporter.ready(&requirements)
                }
            }),
            on_event: Callback::from({
                let reporter = reporter.clone();
                move |event| reporter.visitor(&event)
            }),
            on_print: Callback::from(|()| print()),
            on_copy: Callback::from(|(text, done): (String, Callback<bool>)| copy(text, done)),
            language: settings.language,
        },
        initial: State::default(),
        pending: false,
    };
    Configured {
        props,
        language: settings.language,
        theme,
        reporter,
        source,
    }
}

/// The browser's print dialog; the stylesheet prints the checklist, with its sources, plainly.
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Copies `text` to the clipboard, then tells `done` whether that worked.
fn copy(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        return done.emit(false);
    };
    let written = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
    });
}

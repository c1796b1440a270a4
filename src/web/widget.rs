use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

use super::answer_link::brought_back;
use super::clock::today;
use super::events::{Counted, Reporter};
use super::first_view::{FirstView, Handover};
use super::intl::intl_formatting;
use super::remembered;
use super::set_loading::{self, Files, Loaded, SetSource};
use super::settings::Settings;
use crate::language::Language;
use crate::ui::{
    Action, EligibilityWidget, EligibilityWidgetProps, Host, Keeping, SetStatus, Speech, State,
};
use mt_requirements::compiled::is_core;
use mt_requirements::Problem;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Every mounted widget's record, and nowhere else: the panic fallback reads it too.
    static MOUNTED: RefCell<Vec<Rc<Record>>> = const { RefCell::new(Vec::new()) };
    /// The roots and apps of destroyed widgets, for the next ones to mount in. Yew 0.23 never
    /// frees an app's root listeners (`HostHandlers::add_listener` forgets their closures), so a
    /// new app for every mount would leak its root and listeners; reused, they stay as many as
    /// the most widgets a page had at once.
    static SPARE: RefCell<Vec<(Element, AppHandle<EligibilityWidget>)>> = const { RefCell::new(Vec::new()) };
}

/// One widget, mounted in a host element's shadow root. The loader holds it and ends it with `destroy`.
#[wasm_bindgen]
pub struct Widget(Rc<Record>);

/// Everything about one mounted widget, in one place: what is fixed while it lives, what the
/// panic fallback needs, and its state.
///
/// Re-entry: the page may call back into a widget (destroy it, change an attribute) from any
/// event or callback the widget sends. So no borrow of `fallback` or `live` is held across such
/// a call: state is collected, the borrow released, then the page is called. The loader keeps
/// the same rule from its side, queueing a call into a widget until the running one returns.
pub(super) struct Record {
    /// Its name in events (`mte-1`), which is also its ids' prefix.
    pub(super) instance: String,
    pub(super) host: HtmlElement,
    pub(super) shadow: ShadowRoot,
    /// The widget's own root in the shadow root, which carries its `lang` and `dir`.
    pub(super) root: Element,
    /// What the apology says after a panic; read with `try_borrow` there.
    pub(super) fallback: RefCell<Fallback>,
    live: RefCell<Live>,
}

/// What the panic fallback shows in a widget's place: the Apply link, in the widget's language.
#[derive(Clone)]
pub(super) struct Fallback {
    pub(super) apply_url: Option<String>,
    pub(super) language: Language,
}

/// Every mounted widget, as they are when asked; an empty list if the registry is busy (a panic
/// may strike while it is borrowed).
pub(super) fn mounted() -> Vec<Rc<Record>> {
    MOUNTED
        .try_with(|mounted| {
            mounted
                .try_borrow()
                .map(|mounted| mounted.clone())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// How many widgets are mounted and not destroyed.
pub fn live_widgets() -> usize {
    MOUNTED.with(|mounted| mounted.borrow().len())
}

/// The running app, the props it was last given, and which requirement source and language
/// they come from.
struct Live {
    app: Option<AppHandle<EligibilityWidget>>,
    props: EligibilityWidgetProps,
    source: Result<SetSource, Vec<Problem>>,
    /// The language the host asks for; the one shown is in `props.host.speech`.
    language: Language,
    /// Where the set on screen came from, if one is.
    shown: Option<SetSource>,
    reporter: Rc<Reporter>,
    /// Bumped on every load, so a slow fetch cannot overwrite a newer choice.
    generation: u32,
    /// Where the widget's files are served, the shipped sets' translations among them.
    base: String,
    /// The integrity hashes of those files, by name, as the loader has them.
    pinned: Option<js_sys::Object>,
    /// The loader's reader, for a set the page writes in or links to.
    reader: Option<js_sys::Function>,
    /// The first view the loader showed, on screen until the check's first set arrives.
    first: Option<FirstView>,
    /// The first view's handover, once the check that takes its place is rendering. Its `ready`
    /// runs it. A `Cell`, taken whole: it is never borrowed while the host page's code runs.
    handover: Rc<Cell<Option<Handover>>>,
}

impl Record {
    /// Shows the set (or where it stands) in `language`, in the app and in what a panic would show.
    fn show(&self, live: &mut Live, set: SetStatus, language: Language) {
        live.props.set = set;
        live.props.host.speech = Speech {
            language,
            formatting: intl_formatting(language.tag()),
        };
        let _ = self.root.set_attribute("lang", language.tag());
        let _ = self.root.set_attribute("dir", "ltr");
        self.fallback.borrow_mut().language = language;
        if let Some(app) = live.app.as_mut() {
            app.update(live.props.clone());
        }
    }
}

impl Live {
    /// Whether a set from `source` is on screen, which a translation of it may replace in place.
    fn showing(&self, source: &SetSource) -> bool {
        matches!(self.props.set, SetStatus::Ready(_)) && self.shown.as_ref() == Some(source)
    }
}

/// Mounts a widget in `shadow`, configured by `host`'s attributes. `base` is where the widget's
/// files are served (the loader's own folder); without it, the page's. `integrity` maps those
/// files' names to the hashes they are fetched with (`{ "mt-agency.es.set": "sha384-…" }`).
/// `refused` is what the loader refused of the host's theme, to report (see `Reporter::theme_refused`).
/// `reader` reads a set the page writes in or links to (`(document, translation?)` → the set
/// compiled, or a promise of it; thrown: its problems): the loader's, from a second wasm.
/// `instance` is the widget's name in events, as the loader named it (else `mte-` and a count);
/// `counted` tells which question's answer in the first view the loader reported as the visit's
/// start (`() => question | undefined`), so the check does not report it again.
// The loader's one call: plain values wasm-bindgen converts, cheaper than an object read by name.
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    shadow: ShadowRoot,
    base: Option<String>,
    integrity: Option<js_sys::Object>,
    refused: Option<js_sys::Array>,
    reader: Option<js_sys::Function>,
    instance: Option<String>,
    counted: Option<js_sys::Function>,
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

    let instance = instance.unwrap_or_else(|| {
        let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
        format!("mte-{id}")
    });
    let handover = Rc::new(Cell::new(None));
    let configured = configure(&instance, &host, &handover, refused, Counted::new(counted));
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
    let record = Rc::new(Record {
        instance,
        host,
        shadow,
        root,
        fallback: RefCell::new(configured.fallback),
        live: RefCell::new(Live {
            app: Some(app),
            props: configured.props,
            source: configured.source,
            language: configured.language,
            shown: None,
            reporter: configured.reporter,
            generation: 0,
            base: base.unwrap_or_else(|| document.base_uri().ok().flatten().unwrap_or_default()),
            pinned: integrity,
            reader,
            first,
            handover,
        }),
    });
    MOUNTED.with(|mounted| mounted.borrow_mut().push(record.clone()));
    load(&record);
    Ok(Widget(record))
}

#[wasm_bindgen]
impl Widget {
    /// Reads the host's attributes again, after one changed; the answers stay unless the set
    /// changes. `refused` is what the loader refused of the theme, which it applied again.
    pub fn update(&mut self, refused: Option<js_sys::Array>) {
        let record = &self.0;
        let (handover, counted) = {
            let live = record.live.borrow();
            (live.handover.clone(), live.reporter.counted())
        };
        let configured = configure(&record.instance, &record.host, &handover, refused, counted);
        // The language a panic would speak changes when the set arrives in it, not before.
        record.fallback.borrow_mut().apply_url = configured.fallback.apply_url;
        let reload = {
            let mut live = record.live.borrow_mut();
            let set = live.props.set.clone();
            let shown = live.props.host.speech.clone();
            live.props = EligibilityWidgetProps {
                set,
                ..configured.props
            };
            // The language shown changes when its set arrives in it, not before.
            live.props.host.speech = shown;
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
            load(record);
        }
    }

    /// Unmounts the widget and frees it; the snippet's own content (the plain Apply link) shows again.
    pub fn destroy(self) {
        let record = self.0;
        MOUNTED.with(|mounted| {
            mounted
                .borrow_mut()
                .retain(|known| !Rc::ptr_eq(known, &record))
        });
        // The borrow ends before the app does: nothing may hold it while code runs that could
        // reach the host page.
        let app = {
            let mut live = record.live.borrow_mut();
            // A check still rendering must not take the first view's place once it is gone.
            live.handover.take();
            live.app.take()
        };
        let root = &record.root;
        if let Some(mut app) = app {
            // Emptied, detached and kept for the next widget (see `SPARE`): nothing of this one's
            // set, answers or callbacks stays in it.
            app.update(EligibilityWidgetProps {
                set: SetStatus::Loading,
                host: Host::default(),
                initial: State::default(),
                pending: false,
                path_failed: false,
                restored: None,
            });
            root.remove();
            SPARE.with(|spare| spare.borrow_mut().push((root.clone(), app)));
        }
        record
            .shadow
            .set_adopted_style_sheets(&js_sys::Array::new());
        if let Ok(slot) = record
            .host
            .owner_document()
            .ok_or(())
            .and_then(|document| document.create_element("slot").map_err(drop))
        {
            record.shadow.replace_children_with_node_1(&slot);
        }
    }
}

/// Shows the set the host asks for, in its language: at once if it is at hand, else after a
/// fetch. While only a translation of the set on screen is fetched, that set stays, answers and
/// all; otherwise the widget says it is loading.
fn load(record: &Rc<Record>) {
    let (generation, source, language, files) = {
        let mut live = record.live.borrow_mut();
        live.generation += 1;
        (
            live.generation,
            live.source.clone(),
            live.language,
            Files {
                base: live.base.clone(),
                pinned: live.pinned.clone(),
                reader: live.reader.clone(),
            },
        )
    };
    let source = match source {
        Ok(source) => source,
        Err(problems) => {
            return finish(
                record,
                None,
                Loaded {
                    set: Err(problems),
                    language,
                    untranslated: Vec::new(),
                },
            )
        }
    };
    if let Some(loaded) = set_loading::at_hand(&source, language) {
        return finish(record, Some(source), loaded);
    }
    {
        let mut live = record.live.borrow_mut();
        if !live.showing(&source) {
            record.show(&mut live, SetStatus::Loading, language);
        }
    }
    let weak: Weak<Record> = Rc::downgrade(record);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = set_loading::arrive(source.clone(), language, &files).await;
        // Destroyed meanwhile, or asked for another set or language: this answer is no longer wanted.
        if let Some(record) = weak
            .upgrade()
            .filter(|record| record.live.borrow().generation == generation)
        {
            finish(&record, Some(source), loaded);
        }
    });
}

/// Shows the loaded set, or the misconfigured message, then reports what went wrong.
///
/// The events go out last and with no borrow held: a host's listener may destroy the widget or
/// change its attributes (which loads again), and either needs `live` itself.
fn finish(record: &Rc<Record>, source: Option<SetSource>, loaded: Loaded) {
    let Loaded {
        set,
        language,
        untranslated,
    } = loaded;
    let (reporter, handover, link_error) = {
        let mut live = record.live.borrow_mut();
        // The first view's answers are for its set's questions; any other set starts afresh.
        let handover = live.first.take().map(|first| {
            let carried = set.is_ok()
                && matches!(&source, Some(SetSource::Shipped(name)) if first.shows(name));
            let carried = carried.then(|| {
                let read = first.read();
                live.props.initial = read.clone();
                (first, read)
            });
            Handover {
                shadow: record.shadow.clone(),
                root: record.root.clone(),
                prefix: live.props.host.id_prefix.to_string(),
                carried,
            }
        });
        live.props.path_failed = false;
        // A link's answers, or this device's, fill what the first view did not: the visitor's
        // own come first. Remembered answers start with the box ticked: the visitor ticked it.
        let (link, remembered) = match &set {
            Ok(set) => brought_back(set, &live.props.host),
            Err(_) => (Ok(None), false),
        };
        if remembered {
            live.props.initial.keeping = Keeping::Yes;
        }
        if let Ok(Some(restored)) = &link {
            if let Action::Restore(entries) = Action::restore(&restored.answers) {
                live.props.initial.fill(entries);
            }
        }
        live.props.restored = link.as_ref().ok().cloned().flatten().map(Rc::new);
        match &set {
            Ok(set) => record.show(&mut live, SetStatus::Ready(set.clone()), language),
            Err(_) => record.show(&mut live, SetStatus::Misconfigured, language),
        }
        // Once taken over, the answers live in the check; a set shown later starts afresh.
        live.props.initial = State::default();
        live.shown = source.clone().filter(|_| set.is_ok());
        (live.reporter.clone(), handover, link.err())
    };
    match handover {
        // The check's first `ready` hands over, once it is whole. Until then the first view stays
        // in the visitor's hands: what they do there is replayed in the check at the swap.
        Some(handover) if handover.carried.is_some() => {
            record.live.borrow().handover.set(Some(handover))
        }
        // Nothing to carry: the widget's message takes the first view's place at once.
        Some(handover) => handover.run(),
        None => {}
    }
    if !untranslated.is_empty() {
        reporter.untranslated(&untranslated);
    }
    if let Some(error) = link_error {
        reporter.link_refused(error);
    }
    match (set, source) {
        (Ok(set), Some(SetSource::Shipped(name))) if is_core(&set) => {
            complete_when_idle(record, name, language)
        }
        (Err(problems), _) => reporter.misconfigured(&problems),
        _ => {}
    }
}

/// Brings the whole set in place of the core on screen (`mt_requirements::compiled::core`) when
/// the page is next idle after the first verdict: the path's questions and steps, which most
/// visitors never open, are not in what a page downloads before it. Usually they are there
/// before the visitor opens the path, which says they are loading until then. The answers stay:
/// the whole set has the core's name and version.
fn complete_when_idle(record: &Rc<Record>, name: &'static str, language: Language) {
    let weak = Rc::downgrade(record);
    let generation = record.live.borrow().generation;
    // Only while the widget still shows what it showed when this was asked for.
    let current = move || {
        weak.upgrade()
            .filter(|record| record.live.borrow().generation == generation)
    };
    wasm_bindgen_futures::spawn_local(async move {
        idle().await;
        let Some((files, formatting)) = current().map(|record| {
            let live = record.live.borrow();
            let files = Files {
                base: live.base.clone(),
                pinned: live.pinned.clone(),
                reader: None,
            };
            (files, live.props.host.speech.formatting.clone())
        }) else {
            return;
        };
        // The browser's formatters, made now rather than in the middle of an answer (web/intl.rs).
        formatting.number(0);
        let whole = set_loading::whole(name, language, &files).await;
        let Some(record) = current() else { return };
        let reporter = {
            let mut live = record.live.borrow_mut();
            match &whole {
                Ok(set) => {
                    // The path's answers in a link, or on this device, come with the path's
                    // questions; a link that could not be read was reported with the core.
                    if let (Ok(Some(restored)), _) = brought_back(set, &live.props.host) {
                        live.props.restored = Some(Rc::new(restored));
                    }
                    record.show(&mut live, SetStatus::Ready(set.clone()), language)
                }
                Err(_) => {
                    live.props.path_failed = true;
                    let props = live.props.clone();
                    if let Some(app) = live.app.as_mut() {
                        app.update(props);
                    }
                }
            }
            live.reporter.clone()
        };
        if let Err(problems) = whole {
            reporter.path_unavailable(&problems);
        }
    });
}

/// Resolves when the page is next idle, or after 2 seconds at most (`requestIdleCallback`); at
/// once where the browser has no such call.
async fn idle() {
    let waited = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(2_000);
        let asked = web_sys::window().map(|window| {
            window
                .request_idle_callback_with_options(&resolve, &options)
                .is_ok()
        });
        if asked != Some(true) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(waited).await;
}

/// What the host's attributes come to: the props (the set still to be loaded), the reporter for
/// its events, and where its set comes from.
struct Configured {
    props: EligibilityWidgetProps,
    /// What a panic would show, in the language asked for (the one shown is set as a set arrives).
    fallback: Fallback,
    language: Language,
    reporter: Rc<Reporter>,
    source: Result<SetSource, Vec<Problem>>,
}

/// Reads the host's settings, reports what it and the loader refused, and builds the props.
/// `counted`: whether the loader reported the visit's start (see [`Counted`]).
fn configure(
    instance: &str,
    host: &HtmlElement,
    handover: &Rc<Cell<Option<Handover>>>,
    refused: Option<js_sys::Array>,
    counted: Rc<Counted>,
) -> Configured {
    let (settings, problems) = Settings::read(host);
    let settings = Rc::new(settings);
    let reporter = Rc::new(Reporter::new(
        host.clone().into(),
        instance.to_owned(),
        settings.clone(),
        counted,
    ));
    for problem in &problems {
        reporter.refused(problem);
    }
    for problem in refused.iter().flat_map(|refused| refused.iter()) {
        reporter.theme_refused(&problem);
    }
    let source = set_loading::source_of(host, settings.requirements.clone(), &settings.page);

    let props = EligibilityWidgetProps {
        set: SetStatus::Loading,
        host: Host {
            apply_url: settings.apply_url.clone().map(AttrValue::from),
            link_target: settings.link_target.map(AttrValue::Static),
            id_prefix: AttrValue::from(instance.to_owned()),
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
            speech: Speech {
                language: settings.language,
                formatting: intl_formatting(settings.language.tag()),
            },
            link_base: settings.answers_link.clone().map(AttrValue::from),
            // Offered only where the browser has a storage to keep them in.
            on_remember: (settings.remember_answers && remembered::storage().is_some()).then(
                || {
                    Callback::from(|(set, entry): (AttrValue, Option<String>)| {
                        remembered::keep(&set, entry.as_deref())
                    })
                },
            ),
            today: AttrValue::from(today()),
        },
        initial: State::default(),
        pending: false,
        path_failed: false,
        restored: None,
    };
    Configured {
        props,
        fallback: Fallback {
            apply_url: settings.apply_url.clone(),
            language: settings.language,
        },
        language: settings.language,
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

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::settings::{Refusal, Settings};
use crate::ui::VisitorEvent;
use mt_requirements::link::LinkError;
use mt_requirements::{Answers, Problem, Value};

/// Every event's name starts with this, e.g. `mt-eligibility:ready`.
pub const PREFIX: &str = "mt-eligibility:";

/// Sends one instance's events: `CustomEvent`s on its host element, and to `window.dataLayer` if asked.
pub struct Reporter {
    host: Element,
    instance: String,
    settings: Rc<Settings>,
    /// Whether the loader reported the visit's start from the first view.
    counted: Rc<Counted>,
}

/// Whether the loader reported the visit's start, for an answer in the first view: it does so at
/// once, as long as the first view is on screen, and the check's own first `started` is then
/// dropped. One per widget, shared by the reporters its attribute changes make.
pub struct Counted {
    /// Asks the loader which question it counted: `() => question | undefined`.
    by_loader: Option<js_sys::Function>,
    /// The check's `started` was dropped once already.
    dropped: Cell<bool>,
}

impl Counted {
    /// Counts what `by_loader` says, if given; without it, the check counts alone.
    pub fn new(by_loader: Option<js_sys::Function>) -> Rc<Counted> {
        Rc::new(Counted {
            by_loader,
            dropped: Cell::new(false),
        })
    }

    /// Whether the check's `started` is the loader's, already sent: true once at most.
    fn already(&self) -> bool {
        let by_loader = self
            .by_loader
            .as_ref()
            .and_then(|ask| ask.call0(&JsValue::NULL).ok());
        let counted = by_loader
            .and_then(|question| question.as_string())
            .is_some();
        counted && !self.dropped.replace(true)
    }
}

/// A plain JS object built key by key: event details, their parts and dataLayer entries are all
/// plain objects, which is what analytics tools expect to read.
struct Detail(Object);

impl Detail {
    fn empty() -> Detail {
        Detail(Object::new())
    }

    fn new(instance: &str) -> Detail {
        Detail::empty()
            .text("instance", instance)
            .text("version", crate::VERSION)
    }

    fn set(self, key: &str, value: &JsValue) -> Detail {
        let _ = Reflect::set(&self.0, &key.into(), value);
        self
    }

    fn text(self, key: &str, value: &str) -> Detail {
        self.set(key, &value.into())
    }

    fn list<'a>(self, key: &str, items: impl IntoIterator<Item = &'a str>) -> Detail {
        let array: Array = items.into_iter().map(JsValue::from_str).collect();
        self.set(key, &array)
    }
}

impl Reporter {
    /// A reporter for the instance named `instance` on `host`; `counted` tells whether the loader
    /// reported the visit's start.
    pub fn new(
        host: Element,
        instance: String,
        settings: Rc<Settings>,
        counted: Rc<Counted>,
    ) -> Reporter {
        Reporter {
            host,
            instance,
            settings,
            counted,
        }
    }

    /// Whether the loader reported the visit's start, for the next reporter of this widget.
    pub fn counted(&self) -> Rc<Counted> {
        self.counted.clone()
    }

    /// The widget is on screen and answering.
    pub fn ready(&self, requirements: &[String]) {
        let detail = Detail::new(&self.instance)
            .list("requirements", requirements.iter().map(String::as_str));
        self.send("ready", detail);
    }

    /// An attribute was refused: a console warning for whoever set it up, and an error event.
    pub fn refused(&self, problem: &Refusal) {
        let message = format!("{} {}", problem.attribute, problem.message);
        let detail = Detail::empty()
            .text("attribute", problem.attribute)
            .text("message", &message);
        self.invalid(&message, &detail.0);
    }

    /// A theme value the loader refused (it checks the theme, so the first view has the brand at
    /// once): `fields` are the event's own, as the loader wrote them (`attribute`, `message`, and
    /// for a pair too faint `text`, `background` and `ratio`).
    pub fn theme_refused(&self, fields: &JsValue) {
        let message = Reflect::get(fields, &"message".into())
            .ok()
            .and_then(|message| message.as_string())
            .unwrap_or_default();
        self.invalid(&message, fields.unchecked_ref());
    }

    fn invalid(&self, message: &str, fields: &Object) {
        web_sys::console::warn_1(&JsValue::from_str(&format!("mt-eligibility: {message}")));
        let detail = Detail::new(&self.instance).text("code", "invalid-attribute");
        Object::assign(&detail.0, fields);
        self.send("error", detail);
    }

    /// The requirement set was refused: each reason to the console with its JSON path, and an error event.
    pub fn misconfigured(&self, problems: &[Problem]) {
        for problem in problems {
            web_sys::console::error_1(&JsValue::from_str(&format!(
                "mt-eligibility: requirements {problem}"
            )));
        }
        let details: Array = problems
            .iter()
            .map(|problem| {
                Detail::empty()
                    .text("path", &problem.path)
                    .text("message", &problem.message)
                    .0
            })
            .collect();
        let message = format!(
            "the requirement set was refused: {} problem(s); see the console",
            problems.len()
        );
        let detail = Detail::new(&self.instance)
            .text("code", "invalid-requirements")
            .text("message", &message)
            .set("problems", &details);
        self.send("error", detail);
    }

    /// The language asked for could not be used, so the widget speaks another: a console warning
    /// with each reason, and an error event.
    pub fn untranslated(&self, problems: &[Problem]) {
        for problem in problems {
            web_sys::console::warn_1(&JsValue::from_str(&format!("mt-eligibility: {problem}")));
        }
        let message = problems.first().map_or("", |problem| &problem.message);
        let detail = Detail::new(&self.instance)
            .text("code", "untranslated")
            .text("attribute", "lang")
            .text("message", message);
        self.send("error", detail);
    }

    /// The whole set for a core on screen could not be had, so its path will not come: the
    /// reasons to the console, and an error event.
    pub fn path_unavailable(&self, problems: &[Problem]) {
        for problem in problems {
            web_sys::console::error_1(&JsValue::from_str(&format!(
                "mt-eligibility: path {problem}"
            )));
        }
        let message = problems.first().map_or("", |problem| &problem.message);
        let detail = Detail::new(&self.instance)
            .text("code", "path-unavailable")
            .text("message", message);
        self.send("error", detail);
    }

    /// The page's address held answers for this widget that could not be read: one warning, and
    /// an error event. Neither repeats the fragment, which is the visitor's.
    pub fn link_refused(&self, error: LinkError) {
        let message = match error {
            LinkError::TooLong => {
                "the link's answers are too long to be ours; the check starts without them"
            }
            LinkError::Malformed => {
                "the link's answers could not be read; the check starts without them"
            }
        };
        web_sys::console::warn_1(&JsValue::from_str(&["mt-eligibility: ", message].concat()));
        let detail = Detail::new(&self.instance)
            .text("code", error.code())
            .text("message", message);
        self.send("error", detail);
    }

    /// Something the visitor did.
    pub fn visitor(&self, event: &VisitorEvent) {
        let detail = Detail::new(&self.instance);
        match event {
            // A visit starts once: if the loader counted it, the check's own count is dropped.
            VisitorEvent::Started { .. } if self.counted.already() => {}
            VisitorEvent::Started { question } => {
                self.send("started", detail.text("question", question))
            }
            VisitorEvent::ResultChanged { answers, verdict } => {
                let detail = detail
                    .text("summary", verdict.summary().kind())
                    .list("met", verdict.ids_where("met"))
                    .list("notMet", verdict.ids_where("not-met"))
                    .list("ask", verdict.ids_where("ask"))
                    .list("unanswered", verdict.ids_where("not-answered"));
                self.send("result", self.shared(detail, answers))
            }
            VisitorEvent::ApplyClicked { answers, verdict } => {
                let detail = detail
                    .text(
                        "href",
                        self.settings.apply_url.as_deref().unwrap_or_default(),
                    )
                    .text("summary", verdict.summary().kind())
                    .list("met", verdict.ids_where("met"));
                self.send("apply", self.shared(detail, answers))
            }
        }
    }

    /// Adds `answers` (an option id or a number per question) only when the host opted in.
    fn shared(&self, detail: Detail, answers: &Answers) -> Detail {
        if !self.settings.share_answers {
            return detail;
        }
        let shared =
            answers
                .iter()
                .fold(Detail::empty(), |shared, (question, value)| match value {
                    Value::Choice(option) => shared.text(question, option),
                    Value::Number(n) => shared.set(question, &JsValue::from_f64(*n as f64)),
                });
        detail.set("answers", &shared.0)
    }

    fn send(&self, name: &str, detail: Detail) {
        let name = format!("{PREFIX}{name}");
        let detail = JsValue::from(detail.0);
        dispatch(&self.host, &name, &detail);
        if self.settings.datalayer {
            push_to_data_layer(&name, &detail);
        }
    }
}

/// The `error` event of a widget the panic fallback replaced. No reporter is asked: after a
/// panic, none can be trusted.
pub fn crashed(host: &Element, instance: &str, message: &str) {
    let detail = Detail::new(instance)
        .text("code", "crashed")
        .text("message", message);
    dispatch(host, &format!("{PREFIX}error"), &detail.0);
}

/// Dispatches a `CustomEvent` that bubbles out of the shadow root to the whole page.
pub fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// `window.dataLayer.push({ event, mtEligibility: detail })`, creating the array as Google Tag Manager would.
fn push_to_data_layer(name: &str, detail: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str("dataLayer");
    let layer = match Reflect::get(&window, &key) {
        Ok(layer) if !layer.is_undefined() && !layer.is_null() => layer,
        _ => {
            let layer: JsValue = Array::new().into();
            let _ = Reflect::set(&window, &key, &layer);
            layer
        }
    };
    let entry = Detail::empty()
        .text("event", name)
        .set("mtEligibility", detail)
        .0;
    // GTM replaces `push` with its own; calling whatever `push` is there is what GTM expects.
    if let Ok(push) =
        Reflect::get(&layer, &"push".into()).and_then(|push| push.dyn_into::<js_sys::Function>())
    {
        let _ = push.call1(&layer, &entry);
    }
}

use std::collections::BTreeMap;
use std::rc::Rc;

use js_sys::{Array, Reflect};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::settings::{Problem as Refused, Settings};
use crate::domain::{Answers, Problem, Value};
use crate::ui::VisitorEvent;

/// Every event's name starts with this, e.g. `mt-eligibility:ready`.
pub const PREFIX: &str = "mt-eligibility:";

/// Sends one instance's events: `CustomEvent`s on its host element, and to `window.dataLayer` if asked.
pub struct Reporter {
    host: Element,
    instance: String,
    settings: Rc<Settings>,
}

#[derive(Serialize)]
struct Ready<'a> {
    instance: &'a str,
    requirements: &'a [String],
}

#[derive(Serialize)]
struct Started<'a> {
    instance: &'a str,
    question: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Result<'a> {
    instance: &'a str,
    summary: &'static str,
    met: Vec<&'a str>,
    not_met: Vec<&'a str>,
    unanswered: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<BTreeMap<&'a str, Shared<'a>>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Apply<'a> {
    instance: &'a str,
    href: &'a str,
    summary: &'static str,
    met: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<BTreeMap<&'a str, Shared<'a>>>,
}

#[derive(Serialize)]
struct Error<'a> {
    instance: &'a str,
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    attribute: Option<&'static str>,
    message: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    problems: &'a [ProblemDetail<'a>],
}

#[derive(Serialize)]
struct ProblemDetail<'a> {
    path: &'a str,
    message: &'a str,
}

/// One of the visitor's answers, only ever sent when the host opts in with `share-answers`:
/// an option id or a number.
#[derive(Serialize)]
#[serde(untagged)]
enum Shared<'a> {
    Choice(&'a str),
    Number(i64),
}

impl Reporter {
    /// A reporter for the instance named `instance` on `host`.
    pub fn new(host: Element, instance: String, settings: Rc<Settings>) -> Reporter {
        Reporter {
            host,
            instance,
            settings,
        }
    }

    /// The widget is on screen and answering.
    pub fn ready(&self, requirements: &[String]) {
        self.send(
            "ready",
            &Ready {
                instance: &self.instance,
                requirements,
            },
        );
    }

    /// An attribute was refused: a console warning for whoever set it up, and an error event.
    pub fn refused(&self, problem: &Refused) {
        let message = format!("{} {}", problem.attribute, problem.message);
        web_sys::console::warn_1(&JsValue::from_str(&format!("mt-eligibility: {message}")));
        let detail = Error {
            instance: &self.instance,
            code: "invalid-attribute",
            attribute: Some(problem.attribute),
            message: &message,
            problems: &[],
        };
        self.send("error", &detail);
    }

    /// The requirement set was refused: each reason to the console with its JSON path, and an error event.
    pub fn misconfigured(&self, problems: &[Problem]) {
        for problem in problems {
            web_sys::console::error_1(&JsValue::from_str(&format!(
                "mt-eligibility: requirements {problem}"
            )));
        }
        let details: Vec<ProblemDetail> = problems
            .iter()
            .map(|problem| ProblemDetail {
                path: &problem.path,
                message: &problem.message,
            })
            .collect();
        let message = format!(
            "the requirement set was refused: {} problem(s); see the console",
            problems.len()
        );
        let detail = Error {
            instance: &self.instance,
            code: "invalid-requirements",
            attribute: None,
            message: &message,
            problems: &details,
        };
        self.send("error", &detail);
    }

    /// Something the visitor did.
    pub fn visitor(&self, event: &VisitorEvent) {
        let instance = &self.instance;
        match event {
            VisitorEvent::Started { question } => {
                self.send("started", &Started { instance, question })
            }
            VisitorEvent::ResultChanged { answers, verdict } => self.send(
                "result",
                &Result {
                    instance,
                    summary: verdict.summary().kind(),
                    met: verdict.ids_where("met"),
                    not_met: verdict.ids_where("not-met"),
                    unanswered: verdict.ids_where("not-answered"),
                    answers: self.shared(answers),
                },
            ),
            VisitorEvent::ApplyClicked { answers, verdict } => self.send(
                "apply",
                &Apply {
                    instance,
                    href: self.settings.apply_url.as_deref().unwrap_or_default(),
                    summary: verdict.summary().kind(),
                    met: verdict.ids_where("met"),
                    answers: self.shared(answers),
                },
            ),
        }
    }

    fn shared<'a>(&self, answers: &'a Answers) -> Option<BTreeMap<&'a str, Shared<'a>>> {
        self.settings.share_answers.then(|| {
            answers
                .iter()
                .map(|(question, value)| {
                    let shared = match value {
                        Value::Choice(option) => Shared::Choice(option),
                        Value::Number(n) => Shared::Number(*n),
                    };
                    (question, shared)
                })
                .collect()
        })
    }

    fn send(&self, name: &str, detail: &impl Serialize) {
        // Plain objects rather than Maps, so analytics tools read the payload as they expect.
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        let Ok(detail) = detail.serialize(&serializer) else {
            return;
        };
        let name = format!("{PREFIX}{name}");
        dispatch(&self.host, &name, &detail);
        if self.settings.datalayer {
            push_to_data_layer(&name, &detail);
        }
    }
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
    let entry = js_sys::Object::new();
    let _ = Reflect::set(&entry, &"event".into(), &name.into());
    let _ = Reflect::set(&entry, &"mtEligibility".into(), detail);
    // GTM replaces `push` with its own; calling whatever `push` is there is what GTM expects.
    if let Ok(push) =
        Reflect::get(&layer, &"push".into()).and_then(|push| push.dyn_into::<js_sys::Function>())
    {
        let _ = push.call1(&layer, &entry);
    }
}

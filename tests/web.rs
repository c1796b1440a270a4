//! Browser glue, tested in headless Chromium: host attributes, links, sets, events, lifecycle.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use mt_eligibility::web::{
    http_url, live_widgets, mount, show_fallback_everywhere, UrlProblem, Widget,
};
use mt_requirements::compiled::compile;
use mt_requirements::read_text;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

const BASE: &str = "https://articles.example.org/blog/mt.html";

/// The wasm carries only the default set's core; a page fetches the rest compiled from beside
/// the widget's files, as the package serves them: another set by name, and the default set
/// whole once the page is idle. The test runner serves no such file, so the page's `fetch`
/// answers for them here, with the sets compiled as the build compiles them.
fn serve_package_sets() {
    let window = web_sys::window().unwrap();
    for (key, document) in [
        ("/mlt.set", include_str!("../requirements/mlt.json")),
        (
            "/mt-agency.set",
            include_str!("../requirements/mt-agency.json"),
        ),
    ] {
        let set = read_text(document).unwrap();
        js_sys::Reflect::set(
            &window,
            &format!("__served{key}").into(),
            &js_sys::Uint8Array::from(&compile(&set)[..]),
        )
        .unwrap();
    }
    js_sys::eval(
        r#"if (!window.__packageServed) {
            window.__packageServed = true;
            const fetched = window.fetch.bind(window);
            window.fetch = (url, init) => {
                const file = String(url).match(/\/[a-z-]+\.set$/)?.[0];
                return file && window[`__served${file}`]
                    ? Promise.resolve(new Response(window[`__served${file}`]))
                    : fetched(url, init);
            };
        }"#,
    )
    .unwrap();
}

/// The loader's reader (for a set the page writes in or links to), as the loader gives it: the
/// reader crate's own `read`.
fn reader() -> js_sys::Function {
    Closure::<dyn Fn(String, JsValue) -> Result<JsValue, JsValue>>::new(
        |document: String, translation: JsValue| {
            mt_eligibility_reader::read(&document, translation.as_string())
                .map(|bytes| js_sys::Uint8Array::from(&bytes[..]).into())
        },
    )
    .into_js_value()
    .unchecked_into()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A host element as a page would hold it, with an event recorder, mounted the way the loader does.
struct Mounted {
    host: HtmlElement,
    shadow: ShadowRoot,
    widget: Option<Widget>,
    events: Rc<RefCell<Vec<(String, JsValue)>>>,
    _listeners: Vec<Closure<dyn Fn(web_sys::Event)>>,
}

impl Mounted {
    async fn new(tag: &str, attributes: &[(&str, &str)], inner_html: &str) -> Mounted {
        let host: HtmlElement = document().create_element(tag).unwrap().unchecked_into();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        host.set_inner_html(inner_html);
        let events = Rc::new(RefCell::new(Vec::new()));
        let listeners = ["ready", "started", "result", "apply", "error"]
            .into_iter()
            .map(|name| {
                let events = events.clone();
                let listener =
                    Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                        let detail = event.unchecked_ref::<web_sys::CustomEvent>().detail();
                        events.borrow_mut().push((event.type_(), detail));
                    });
                host.add_event_listener_with_callback(
                    &format!("mt-eligibility:{name}"),
                    listener.as_ref().unchecked_ref(),
                )
                .unwrap();
                listener
            })
            .collect();
        document().body().unwrap().append_child(&host).unwrap();
        let shadow = host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .unwrap();
        serve_package_sets();
        let widget = mount(
            host.clone(),
            shadow.clone(),
            None,
            None,
            None,
            Some(reader()),
            None,
            None,
        )
        .unwrap();
        yew::scheduler::flush().await;
        Mounted {
            host,
            shadow,
            widget: Some(widget),
            events,
            _listeners: listeners,
        }
    }

    async fn div(attributes: &[(&str, &str)], inner_html: &str) -> Mounted {
        Mounted::new("div", attributes, inner_html).await
    }

    fn apply_href(&self) -> Option<String> {
        self.shadow
            .query_selector(".mte-apply-link")
            .unwrap()
            .and_then(|link| link.get_attribute("href"))
    }

    fn text(&self) -> String {
        self.shadow.text_content().unwrap_or_default()
    }

    fn events_named(&self, name: &str) -> Vec<JsValue> {
        let name = format!("mt-eligibility:{name}");
        self.events
            .borrow()
            .iter()
            .filter(|(kind, _)| *kind == name)
            .map(|(_, detail)| detail.clone())
            .collect()
    }

    async fn click(&self, selector: &str) {
        let element: HtmlElement = self
            .shadow
            .query_selector(selector)
            .unwrap()
            .expect(selector)
            .unchecked_into();
        element.click();
        yew::scheduler::flush().await;
    }

    /// Sets (or, with `None`, removes) attributes, then updates the widget as the loader would.
    async fn change(&mut self, attributes: &[(&str, Option<&str>)]) {
        for (name, value) in attributes {
            match value {
                Some(value) => self.host.set_attribute(name, value).unwrap(),
                None => self.host.remove_attribute(name).unwrap(),
            }
        }
        self.widget.as_mut().unwrap().update(None);
        yew::scheduler::flush().await;
    }

    fn end(mut self) {
        if let Some(widget) = self.widget.take() {
            widget.destroy();
        }
        self.host.remove();
    }
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap()
}

fn strings(value: &JsValue) -> Vec<String> {
    js_sys::Array::from(value)
        .iter()
        .filter_map(|item| item.as_string())
        .collect()
}

#[wasm_bindgen_test]
fn only_http_links_are_accepted() {
    for (raw, expected) in [
        (
            "https://jobs.example.org/apply?x=1",
            Ok("https://jobs.example.org/apply?x=1"),
        ),
        (
            "http://jobs.example.org/apply",
            Ok("http://jobs.example.org/apply"),
        ),
        ("/apply", Ok("https://articles.example.org/apply")),
        (
            "apply.html",
            Ok("https://articles.example.org/blog/apply.html"),
        ),
        (
            "//cdn.example.org/apply",
            Ok("https://cdn.example.org/apply"),
        ),
        (
            "  https://jobs.example.org/  ",
            Ok("https://jobs.example.org/"),
        ),
        (
            "javascript:alert(1)",
            Err(UrlProblem::NotHttp("javascript:".into())),
        ),
        (
            "JaVaScRiPt:alert(1)",
            Err(UrlProblem::NotHttp("javascript:".into())),
        ),
        (
            " java\tscript:alert(1)",
            Err(UrlProblem::NotHttp("javascript:".into())),
        ),
        (
            "data:text/html,<script>alert(1)</script>",
            Err(UrlProblem::NotHttp("data:".into())),
        ),
        (
            "mailto:jobs@example.org",
            Err(UrlProblem::NotHttp("mailto:".into())),
        ),
        ("https://[not-an-address", Err(UrlProblem::Unreadable)),
        ("", Err(UrlProblem::Empty)),
        ("   ", Err(UrlProblem::Empty)),
    ] {
        assert_eq!(http_url(raw, BASE), expected.map(str::to_owned), "{raw:?}");
    }
}

#[wasm_bindgen_test]
async fn both_host_forms_read_the_same_attributes() {
    let div = Mounted::div(&[("data-apply-url", "https://jobs.example.org/div")], "").await;
    let element = Mounted::new(
        "mt-eligibility-test",
        &[("apply-url", "https://jobs.example.org/element")],
        "",
    )
    .await;
    assert_eq!(
        div.apply_href().as_deref(),
        Some("https://jobs.example.org/div")
    );
    assert_eq!(
        element.apply_href().as_deref(),
        Some("https://jobs.example.org/element")
    );
    assert!(
        div.shadow.query_selector("form").unwrap().is_some(),
        "the questions are shown"
    );
    div.end();
    element.end();
}

#[wasm_bindgen_test]
async fn a_javascript_apply_url_falls_back_to_the_link_in_the_snippet_with_a_warning_and_an_error_event(
) {
    let mounted = Mounted::div(
        &[("data-apply-url", "javascript:alert(document.cookie)")],
        r#"<a href="https://fallback.example.org/apply">Apply today</a>"#,
    )
    .await;
    assert_eq!(
        mounted.apply_href().as_deref(),
        Some("https://fallback.example.org/apply")
    );
    assert!(
        !mounted.shadow.inner_html().contains("javascript:"),
        "{}",
        mounted.shadow.inner_html()
    );
    let errors = mounted.events_named("error");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        get(&errors[0], "code").as_string().as_deref(),
        Some("invalid-attribute")
    );
    assert_eq!(
        get(&errors[0], "attribute").as_string().as_deref(),
        Some("apply-url")
    );
    mounted.end();
}

#[wasm_bindgen_test]
async fn with_no_usable_link_the_widget_says_so_and_still_works() {
    let mounted = Mounted::div(
        &[("data-apply-url", "data:text/html,hi")],
        r#"<a href="javascript:void(0)">Apply</a>"#,
    )
    .await;
    assert_eq!(mounted.apply_href(), None);
    assert!(
        mounted
            .text()
            .contains("This check has no working Apply link."),
        "{}",
        mounted.text()
    );
    assert!(mounted.shadow.query_selector("form").unwrap().is_some());
    mounted.end();
}

#[wasm_bindgen_test]
async fn attribute_values_are_never_markup() {
    let hostile = r#"https://jobs.example.org/?q="><img src=x onerror=alert(1)>"#;
    let mounted = Mounted::div(
        &[
            ("data-apply-url", hostile),
            ("data-font", r#"x"><img src=y>"#),
        ],
        "",
    )
    .await;
    assert!(
        mounted.shadow.query_selector("img").unwrap().is_none(),
        "{}",
        mounted.shadow.inner_html()
    );
    let href = mounted.apply_href().expect("the link is kept, encoded");
    assert!(
        href.starts_with("https://jobs.example.org/?q=") && !href.contains('<'),
        "{href}"
    );
    mounted.end();
}

#[wasm_bindgen_test]
async fn unknown_values_fall_back_to_the_documented_defaults() {
    let mounted = Mounted::div(
        &[
            ("data-apply-url", "https://jobs.example.org/apply"),
            ("data-link-target", "_new"),
            ("data-datalayer", "maybe"),
        ],
        "",
    )
    .await;
    let link = mounted
        .shadow
        .query_selector(".mte-apply-link")
        .unwrap()
        .unwrap();
    assert_eq!(link.get_attribute("target"), None, "same tab, the default");
    let refused: Vec<String> = mounted
        .events_named("error")
        .iter()
        .map(|error| get(error, "attribute").as_string().unwrap())
        .collect();
    assert_eq!(refused, ["link-target", "datalayer"]);
    assert!(
        mounted.shadow.query_selector("form").unwrap().is_some(),
        "and it keeps working"
    );
    mounted.end();
}

#[wasm_bindgen_test]
async fn events_carry_ids_and_no_answers_unless_the_host_opts_in() {
    // A same-page link, so following it does not take the test page away.
    let mounted = Mounted::div(&[("data-apply-url", "#apply")], "").await;
    let ready = mounted.events_named("ready");
    assert_eq!(ready.len(), 1);
    assert_eq!(
        strings(&get(&ready[0], "requirements")),
        ["education", "experience", "certification"]
    );
    let instance = get(&ready[0], "instance").as_string().unwrap();
    assert!(instance.starts_with("mte-"), "{instance}");

    // No degree, then an associate degree: neither meets the degree requirement.
    mounted.click("input[value=none]").await;
    mounted.click("input[value=associate]").await;
    let started = mounted.events_named("started");
    assert_eq!(started.len(), 1, "only the first answer starts the visit");
    assert_eq!(
        get(&started[0], "question").as_string().as_deref(),
        Some("degree-level")
    );

    let results = mounted.events_named("result");
    assert_eq!(
        results.len(),
        1,
        "another degree below a bachelor's changes no outcome"
    );
    let result = &results[0];
    assert_eq!(get(result, "instance").as_string(), Some(instance.clone()));
    assert_eq!(get(result, "summary").as_string().as_deref(), Some("gaps"));
    assert_eq!(strings(&get(result, "notMet")), ["education"]);
    assert_eq!(
        strings(&get(result, "unanswered")),
        ["experience", "certification"]
    );
    assert!(
        get(result, "answers").is_undefined(),
        "no answers without share-answers"
    );

    mounted.click(".mte-apply-link").await;
    let apply = mounted.events_named("apply");
    assert_eq!(apply.len(), 1);
    let href = get(&apply[0], "href").as_string().unwrap();
    assert!(
        href.starts_with("http") && href.ends_with("#apply"),
        "{href}"
    );
    mounted.end();
}

#[wasm_bindgen_test]
async fn share_answers_and_datalayer_are_opt_in() {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::delete_property(&window, &"dataLayer".into()).unwrap();
    let mounted = Mounted::div(
        &[
            ("data-apply-url", "https://jobs.example.org/apply"),
            ("data-share-answers", ""),
            ("data-datalayer", "true"),
        ],
        "",
    )
    .await;
    mounted.click("input[value=none]").await;
    let result = mounted
        .events_named("result")
        .pop()
        .expect("a result event");
    let answers = get(&result, "answers");
    assert_eq!(
        get(&answers, "degree-level").as_string().as_deref(),
        Some("none")
    );
    assert!(
        get(&answers, "certification").is_undefined(),
        "only what was answered"
    );

    let layer = js_sys::Array::from(&get(&window, "dataLayer"));
    let pushed: Vec<String> = layer
        .iter()
        .map(|entry| get(&entry, "event").as_string().unwrap())
        .collect();
    assert_eq!(
        pushed,
        [
            "mt-eligibility:ready",
            "mt-eligibility:started",
            "mt-eligibility:result"
        ]
    );
    mounted.end();
}

#[wasm_bindgen_test]
async fn an_attribute_change_updates_the_live_widget_and_keeps_the_answers() {
    let mut mounted = Mounted::div(&[("data-apply-url", "https://jobs.example.org/one")], "").await;
    mounted.click("input[value=bachelor]").await;
    mounted
        .change(&[("data-apply-url", Some("https://jobs.example.org/two"))])
        .await;
    assert_eq!(
        mounted.apply_href().as_deref(),
        Some("https://jobs.example.org/two")
    );
    let bachelor: HtmlInputElement = mounted
        .shadow
        .query_selector("input[value=bachelor]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(bachelor.checked(), "the visitor's answer stays");
    mounted.end();
}

#[wasm_bindgen_test]
async fn destroy_frees_the_widget_and_shows_the_snippet_again() {
    let before = live_widgets();
    let mut mounted = Mounted::div(
        &[("data-apply-url", "https://jobs.example.org/")],
        r#"<a href="https://jobs.example.org/">Apply today</a>"#,
    )
    .await;
    assert_eq!(live_widgets(), before + 1);
    mounted.widget.take().unwrap().destroy();
    assert_eq!(live_widgets(), before, "nothing is left behind");
    assert!(mounted.shadow.query_selector("form").unwrap().is_none());
    assert!(
        mounted.shadow.query_selector("slot").unwrap().is_some(),
        "the light-DOM link shows through again"
    );
    mounted.end();
}

#[wasm_bindgen_test]
async fn after_a_panic_every_widget_shows_an_apology_and_the_apply_link() {
    let first = Mounted::div(&[("data-apply-url", "https://jobs.example.org/apply")], "").await;
    let second = Mounted::div(&[], r#"<a href="https://jobs.example.org/other">Apply</a>"#).await;
    show_fallback_everywhere();
    for (mounted, href) in [
        (&first, "https://jobs.example.org/apply"),
        (&second, "https://jobs.example.org/other"),
    ] {
        assert!(
            mounted.shadow.query_selector("form").unwrap().is_none(),
            "the broken widget is gone"
        );
        let fallback = mounted
            .shadow
            .query_selector(".mte-fallback[role=alert]")
            .unwrap()
            .expect("an apology");
        assert!(fallback
            .text_content()
            .unwrap()
            .contains("Sorry, the eligibility check stopped working. You can still apply."));
        assert_eq!(mounted.apply_href().as_deref(), Some(href));
        let crashed = mounted.events_named("error");
        assert_eq!(
            get(crashed.last().unwrap(), "code").as_string().as_deref(),
            Some("crashed")
        );
    }
    // Twice is harmless: still one apology each.
    show_fallback_everywhere();
    assert_eq!(
        first
            .shadow
            .query_selector_all(".mte-fallback")
            .unwrap()
            .length(),
        1
    );
    first.end();
    second.end();
}

fn heading(mounted: &Mounted) -> String {
    mounted
        .shadow
        .query_selector("h2")
        .unwrap()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_shipped_set_is_chosen_by_name() {
    let mounted = Mounted::div(
        &[
            ("data-apply-url", "https://jobs.example.org/"),
            ("data-requirements", "mlt"),
        ],
        "",
    )
    .await;
    // Not inside the wasm: fetched from beside it, as the package serves it.
    until("the MLT set", || {
        heading(&mounted) == "Could you work as a Medical Laboratory Technician?"
    })
    .await;
    let ready = mounted.events_named("ready");
    assert_eq!(
        strings(&get(&ready[0], "requirements")),
        ["education", "training", "certification"]
    );
    mounted.end();
}

const INLINE_SET: &str = r#"{
  "format": "mt-eligibility/requirements@1", "name": "hospital", "title": "A hospital's set",
  "version": "2", "effective": "2026-11-01", "heading": "Ready for our hospital?", "intro": "One question.",
  "questions": [{ "id": "license", "label": "Do you hold a California CLS license?", "kind": "yes-no" }],
  "requirements": [{
    "id": "license", "title": "California license", "criterion": "external", "confidence": "primary",
    "condition": { "answer": "license", "in": ["yes"] },
    "rule": "California requires its own CLS license.", "met": "You hold it.", "unanswered": "Answer the question.",
    "not_met": ["Our licensure team can help you apply for it."],
    "source": { "title": "CDPH: Clinical Laboratory Scientist", "url": "https://www.cdph.ca.gov/Programs/OSPHLD/LFS/Pages/CLS.aspx" },
    "verified": "2026-11-21"
  }]
}"#;

#[wasm_bindgen_test]
async fn an_inline_set_in_the_snippet_is_used() {
    let inner = format!(
        r#"<a href="https://jobs.example.org/">Apply today</a><script type="application/json">{INLINE_SET}</script>"#
    );
    let mounted = Mounted::div(&[], &inner).await;
    // Read by the reader, which the loader loads only for such a set.
    until("the inline set", || {
        heading(&mounted) == "Ready for our hospital?"
    })
    .await;
    mounted.click("input[value=no]").await;
    assert!(
        mounted
            .text()
            .contains("Our licensure team can help you apply for it."),
        "{}",
        mounted.text()
    );
    mounted.end();
}

#[wasm_bindgen_test]
async fn a_set_that_cannot_be_had_is_misconfigured_never_swapped_for_another() {
    for (attributes, inner, path) in [
        (
            vec![("data-requirements", "mlt-typo")],
            String::new(),
            "requirements",
        ),
        (
            vec![(
                "data-requirements",
                "https://elsewhere.example.org/set.json",
            )],
            String::new(),
            "requirements",
        ),
        (
            vec![],
            format!(
                r#"<script type="application/json">{}</script>"#,
                INLINE_SET.replace(
                    r#""answer": "license", "in""#,
                    r#""answer": "permit", "in""#
                )
            ),
            "$.requirements[0].condition.answer",
        ),
        (
            vec![],
            r#"<script type="application/json">{ "format": </script>"#.to_owned(),
            "$",
        ),
        (
            vec![],
            format!(
                r#"<script type="application/json">{}</script>"#,
                INLINE_SET.replace(r#""version": "2""#, r#""version": 2"#)
            ),
            "$.version",
        ),
        (
            vec![],
            format!(
                r#"<script type="application/json">{}</script>"#,
                INLINE_SET.replace(
                    r#""answer": "license", "in": ["yes"]"#,
                    &format!(r#""not": {}1{}"#, "[".repeat(200), "]".repeat(200))
                )
            ),
            "$",
        ),
        (
            vec![],
            format!(
                r#"<script type="application/json">{}</script>"#,
                INLINE_SET.replace(
                    r#""id": "license", "label""#,
                    r#""id": "license", "min": 1.5, "label""#
                )
            ),
            "$.questions[0].min",
        ),
    ] {
        let mut all = vec![("data-apply-url", "https://jobs.example.org/apply")];
        all.extend(attributes);
        let mounted = Mounted::div(&all, &inner).await;
        until(path, || {
            mounted
                .text()
                .contains("This eligibility check is misconfigured.")
        })
        .await;
        assert!(
            mounted.shadow.query_selector("form").unwrap().is_none(),
            "{path}: nothing of it is used"
        );
        assert_eq!(
            mounted.apply_href().as_deref(),
            Some("https://jobs.example.org/apply"),
            "{path}"
        );
        let error = mounted.events_named("error").pop().expect("an error event");
        assert_eq!(
            get(&error, "code").as_string().as_deref(),
            Some("invalid-requirements")
        );
        let paths: Vec<String> = js_sys::Array::from(&get(&error, "problems"))
            .iter()
            .map(|problem| get(&problem, "path").as_string().unwrap())
            .collect();
        assert!(
            paths.iter().any(|found| found == path),
            "expected {path} in {paths:?}"
        );
        mounted.end();
    }
}

#[wasm_bindgen_test]
async fn changing_the_set_on_a_live_widget_asks_the_new_questions() {
    let mut mounted = Mounted::div(&[("data-apply-url", "https://jobs.example.org/")], "").await;
    assert_eq!(heading(&mounted), "Do you meet our requirements?");
    mounted.change(&[("data-requirements", Some("mlt"))]).await;
    until("the MLT set", || {
        heading(&mounted) == "Could you work as a Medical Laboratory Technician?"
    })
    .await;
    mounted.end();
}

/// Waits, a few milliseconds at a time and at most 10 seconds, until `done` is true.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..500 {
        if done() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    panic!("gave up waiting: {what}");
}

/// A host's error listener may destroy the widget, or change an attribute (which reloads it),
/// while the widget is telling it that its set could not be fetched. Neither may panic: a borrow
/// held across that event once replaced every widget on the page with the fallback.
#[wasm_bindgen_test]
async fn an_error_listener_may_destroy_the_widget_or_change_its_attributes() {
    for destroys in [true, false] {
        let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        host.set_attribute("data-apply-url", "https://jobs.example.org/apply")
            .unwrap();
        // On the page's own site, so it is fetched; it does not exist, so it is refused.
        host.set_attribute("data-requirements", "/no-such-set.json")
            .unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        let shadow = host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .unwrap();
        serve_package_sets();
        let widget: Rc<RefCell<Option<Widget>>> = Rc::default();
        let errors = Rc::new(std::cell::Cell::new(0));
        let listener = Closure::<dyn Fn(web_sys::Event)>::new({
            let (widget, errors, host) = (widget.clone(), errors.clone(), host.clone());
            move |_: web_sys::Event| {
                errors.set(errors.get() + 1);
                if destroys {
                    if let Some(widget) = widget.borrow_mut().take() {
                        widget.destroy();
                    }
                } else if errors.get() == 1 {
                    // The set inside the widget instead: it loads at once, inside this listener.
                    host.set_attribute("data-requirements", "mt-agency")
                        .unwrap();
                    // What the loader does when an attribute changes.
                    widget.borrow_mut().as_mut().unwrap().update(None);
                }
            }
        });
        host.add_event_listener_with_callback(
            "mt-eligibility:error",
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
        *widget.borrow_mut() = Some(
            mount(
                host.clone(),
                shadow.clone(),
                None,
                None,
                None,
                Some(reader()),
                None,
                None,
            )
            .unwrap(),
        );
        until("the error event", || errors.get() >= 1).await;
        yew::scheduler::flush().await;
        if destroys {
            assert!(widget.borrow().is_none());
            assert!(
                shadow.query_selector("slot").unwrap().is_some(),
                "destroyed: the snippet's own content shows again"
            );
        } else {
            let text = shadow.text_content().unwrap_or_default();
            assert!(
                text.contains("Do you meet our requirements?"),
                "the set the listener chose is shown: {text}"
            );
            assert_eq!(errors.get(), 1, "{text}");
            widget.borrow_mut().take().unwrap().destroy();
        }
        // A panic would have failed the test outright, and shown the fallback here.
        let text = shadow.text_content().unwrap_or_default();
        assert!(!text.contains("stopped working"), "{text}");
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn a_widget_mounted_right_after_another_is_destroyed_starts_afresh() {
    // Destroyed widgets leave their Yew app for the next mount (Yew 0.23 would leak a new one);
    // the next widget must get none of the last one's answers, and its own `ready`.
    let first = Mounted::div(&[("data-apply-url", "#apply")], "").await;
    first.click("input[value=bachelor]").await;
    first.end();
    let second = Mounted::div(&[("data-apply-url", "#apply")], "").await;
    assert_eq!(second.events_named("ready").len(), 1);
    let checked = second
        .shadow
        .query_selector("input[value=bachelor]")
        .unwrap()
        .expect("the degree question")
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked();
    assert!(!checked, "the last widget's answer is not carried");
    second.end();
}

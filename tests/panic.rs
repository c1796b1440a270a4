//! A real panic, in headless Chromium: the visitor gets an apology and the Apply link, never a blank box.
//! Its own test binary, because a panic leaves the wasm instance unusable for anything after it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(window: &web_sys::Window, ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(wait).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_in_an_event_leaves_an_apology_and_the_apply_link() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_attribute("data-apply-url", "https://jobs.example.org/apply")
        .unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    mt_eligibility::web::start();
    let _widget = mt_eligibility::web::mount(
        host.clone(),
        shadow.clone(),
        None,
        None,
        None,
        None,
        None,
        None,
    )
    .unwrap();
    yew::scheduler::flush().await;
    assert!(shadow.query_selector("form").unwrap().is_some());

    // As a bug in an event handler would: the panic happens in a callback the browser calls.
    let boom = Closure::once_into_js(|| -> () { panic!("deliberate panic from the test") });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
        .unwrap();
    sleep(&window, 50).await;

    assert!(
        shadow.query_selector("form").unwrap().is_none(),
        "{}",
        shadow.inner_html()
    );
    let text = shadow.text_content().unwrap();
    assert!(
        text.contains("Sorry, the eligibility check stopped working. You can still apply."),
        "{text}"
    );
    let link = shadow
        .query_selector("a.mte-apply-link")
        .unwrap()
        .expect("the Apply link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://jobs.example.org/apply")
    );

    // The apology itself meets WCAG 2.2 AA: axe-core (from node_modules, which ./dev test
    // installs first) over the host and its shadow root.
    js_sys::eval(include_str!("../node_modules/axe-core/axe.min.js")).unwrap();
    let axe = js_sys::Reflect::get(&window, &"axe".into()).unwrap();
    let run: js_sys::Function = js_sys::Reflect::get(&axe, &"run".into())
        .unwrap()
        .unchecked_into();
    let options = js_sys::JSON::parse(
        r#"{ "runOnly": { "type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }"#,
    )
    .unwrap();
    let result = JsFuture::from(js_sys::Promise::from(
        run.call2(&axe, &host, &options).unwrap(),
    ))
    .await
    .unwrap();
    let violations = js_sys::Reflect::get(&result, &"violations".into()).unwrap();
    let ids: Vec<String> = js_sys::Array::from(&violations)
        .iter()
        .map(|violation| {
            js_sys::Reflect::get(&violation, &"id".into())
                .unwrap()
                .as_string()
                .unwrap_or_default()
        })
        .collect();
    assert!(ids.is_empty(), "axe on the fallback: {ids:?}");
    let passes = js_sys::Reflect::get(&result, &"passes".into()).unwrap();
    assert!(
        js_sys::Array::from(&passes).length() > 5,
        "axe checked the fallback"
    );
}

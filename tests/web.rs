//! Browser glue, tested in headless Chromium: mounting from host attributes, link checks, the panic fallback.
#![cfg(target_arch = "wasm32")]

use mt_eligibility::web::{http_url, show_fallback_everywhere, start, UrlProblem};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const BASE: &str = "https://articles.example.org/blog/mt.html";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A host element as a CMS would hold it, added to the page and mounted.
async fn mounted_host(attributes: &[(&str, &str)], inner_html: &str) -> Element {
    let host = document().create_element("div").unwrap();
    host.set_attribute("data-mt-eligibility", "").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    host.set_inner_html(inner_html);
    document().body().unwrap().append_child(&host).unwrap();
    start();
    yew::scheduler::flush().await;
    host
}

fn apply_href(host: &Element) -> Option<String> {
    host.query_selector(".mte-apply-link")
        .unwrap()
        .and_then(|link| link.get_attribute("href"))
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
async fn mounts_on_a_host_and_uses_its_apply_url() {
    let host = mounted_host(
        &[("data-apply-url", "https://jobs.example.org/apply")],
        "<a href=\"https://fallback.example.org/\">Apply today</a>",
    )
    .await;
    assert!(
        host.query_selector("form").unwrap().is_some(),
        "the questions are shown"
    );
    assert_eq!(
        apply_href(&host).as_deref(),
        Some("https://jobs.example.org/apply")
    );
    assert!(host.has_attribute("data-mt-eligibility-mounted"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_javascript_apply_url_falls_back_to_the_link_in_the_snippet() {
    let host = mounted_host(
        &[("data-apply-url", "javascript:alert(document.cookie)")],
        "<a href=\"https://fallback.example.org/apply\">Apply today</a>",
    )
    .await;
    assert_eq!(
        apply_href(&host).as_deref(),
        Some("https://fallback.example.org/apply")
    );
    assert!(
        !host.inner_html().contains("javascript:"),
        "{}",
        host.inner_html()
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn with_no_usable_link_the_widget_says_so_and_still_works() {
    let host = mounted_host(
        &[("data-apply-url", "data:text/html,hi")],
        "<a href=\"javascript:void(0)\">Apply</a>",
    )
    .await;
    assert_eq!(apply_href(&host), None);
    let text = host.text_content().unwrap();
    assert!(
        text.contains("This check has no working Apply link."),
        "{text}"
    );
    assert!(
        host.query_selector("form").unwrap().is_some(),
        "the questions are still shown"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn attribute_values_are_never_markup() {
    let hostile = "https://jobs.example.org/?q=\"><img src=x onerror=alert(1)>";
    let host = mounted_host(&[("data-apply-url", hostile)], "").await;
    assert!(
        host.query_selector("img").unwrap().is_none(),
        "{}",
        host.inner_html()
    );
    let href = apply_href(&host).expect("the link is kept, encoded");
    assert!(
        href.starts_with("https://jobs.example.org/?q=") && !href.contains('<'),
        "{href}"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn mounting_twice_mounts_once() {
    let host = mounted_host(&[("data-apply-url", "https://jobs.example.org/apply")], "").await;
    start();
    yew::scheduler::flush().await;
    assert_eq!(host.query_selector_all("form").unwrap().length(), 1);
    host.remove();
}

#[wasm_bindgen_test]
async fn after_a_panic_every_widget_shows_an_apology_and_the_apply_link() {
    let first = mounted_host(&[("data-apply-url", "https://jobs.example.org/apply")], "").await;
    let second = mounted_host(&[], "<a href=\"https://jobs.example.org/other\">Apply</a>").await;
    show_fallback_everywhere();
    for (host, href) in [
        (&first, "https://jobs.example.org/apply"),
        (&second, "https://jobs.example.org/other"),
    ] {
        assert!(
            host.query_selector("form").unwrap().is_none(),
            "the broken widget is gone"
        );
        let fallback = host
            .query_selector(".mte-fallback[role=alert]")
            .unwrap()
            .expect("an apology");
        assert!(fallback
            .text_content()
            .unwrap()
            .contains("Sorry, the eligibility check stopped working. You can still apply."));
        assert_eq!(apply_href(host).as_deref(), Some(href));
    }
    // Twice is harmless: still one apology each.
    show_fallback_everywhere();
    assert_eq!(
        first.query_selector_all(".mte-fallback").unwrap().length(),
        1
    );
    first.remove();
    second.remove();
}

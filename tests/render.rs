//! Renders the widget natively (Yew SSR) in each state a visitor can reach, and checks what they would see.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use mt_eligibility::language::Language;
use mt_eligibility::shipped::shipped;
use mt_eligibility::ui::{EligibilityCheck, EligibilityCheckProps, Host, SetStatus, State};
use mt_requirements::{read_text, Formatting, RequirementSet};
use rendered::{text_pieces, visible_text, APPLY};
use yew::{AttrValue, LocalServerRenderer};

mod plain_words;
mod rendered;

fn set(name: &str) -> Rc<RequirementSet> {
    Rc::new(read_text(shipped(name).expect("a shipped set")).expect("a valid set"))
}

/// A state with these entries: question id → option id or typed text.
fn entered(pairs: &[(&str, &str)]) -> State {
    State {
        entered: pairs
            .iter()
            .map(|(question, value)| (question.to_string(), value.to_string()))
            .collect(),
        ..State::default()
    }
}

/// `state` with the "Why?" of these requirements opened by the visitor.
fn with_why_open(mut state: State, requirements: &[&str]) -> State {
    state
        .why_open
        .extend(requirements.iter().map(|id| id.to_string()));
    state
}

/// The same, with the optional path opened by the visitor.
fn opened(pairs: &[(&str, &str)]) -> State {
    State {
        path_open: true,
        ..entered(pairs)
    }
}

async fn render(initial: State) -> String {
    render_with(initial, Some(APPLY)).await
}

async fn render_with(initial: State, apply_url: Option<&'static str>) -> String {
    render_set("mt-agency", initial, apply_url).await
}

async fn render_set(name: &str, initial: State, apply_url: Option<&'static str>) -> String {
    let props = yew::props!(EligibilityCheckProps {
        set: set(name),
        host: Host {
            apply_url: apply_url.map(AttrValue::Static),
            id_prefix: AttrValue::Static("t"),
            ..Host::default()
        },
        initial,
    });
    LocalServerRenderer::<EligibilityCheck>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The outcome shown for one requirement: "met", "not-met" or "not-answered".
fn outcome<'a>(html: &'a str, requirement: &str) -> &'a str {
    let start = html
        .find(&format!(r#"data-requirement="{requirement}""#))
        .unwrap_or_else(|| panic!("no finding for {requirement} in {html}"));
    let rest = &html[start..];
    let value = rest
        .find(r#"data-outcome=""#)
        .map(|at| &rest[at + 14..])
        .expect("an outcome");
    &value[..value.find('"').expect("closing quote")]
}

/// The agency check's own form, without the optional path below it.
fn check_form(html: &str) -> &str {
    &html[..html.find("</form>").expect("the check's form")]
}

/// The values of the checked radio buttons, in page order.
fn checked_values(html: &str) -> Vec<&str> {
    html.split("<input ")
        .skip(1)
        .map(|tag| &tag[..tag.find('>').expect("a closed tag")])
        .filter(|attributes| {
            attributes
                .split(' ')
                .any(|attribute| attribute == "checked")
        })
        .filter_map(|attributes| attributes.strip_prefix(r#"value=""#))
        .map(|value| &value[..value.find('"').expect("closing quote")])
        .collect()
}

const ALL_MET: [(&str, &str); 5] = [
    ("degree-level", "bachelor"),
    ("degree-field", "mls"),
    ("degree-years", "four"),
    ("experience-months", "12"),
    ("certification", "mls-ascp"),
];

fn all_met() -> State {
    entered(&ALL_MET)
}

/// All met, but for these entries.
fn all_met_but(changes: &[(&str, &str)]) -> State {
    let mut state = all_met();
    for (question, value) in changes {
        state
            .entered
            .insert(question.to_string(), value.to_string());
    }
    state
}

/// All met, without these questions answered.
fn all_met_without(questions: &[&str]) -> State {
    let mut state = all_met();
    for question in questions {
        state.entered.remove(question);
    }
    state
}

fn assert_apply_link(html: &str) {
    assert!(
        html.contains(&format!(r#"href="{APPLY}""#)) && visible_text(html).contains("Apply today"),
        "the Apply link is missing: {html}"
    );
}

#[tokio::test]
async fn nothing_answered_judges_nothing_and_still_offers_apply() {
    let html = render(State::default()).await;
    let text = visible_text(&html);
    assert!(
        text.contains("Answer the questions to see where you stand."),
        "{text}"
    );
    for requirement in ["education", "experience", "certification"] {
        assert_eq!(outcome(&html, requirement), "not-answered");
    }
    assert_eq!(
        html.matches("Not answered yet</span>").count(),
        3,
        "one status per requirement: {html}"
    );
    assert!(!text.contains("You meet"), "{text}");
    assert!(!text.contains("Not yet met"), "{text}");
    assert!(
        !html.contains("aria-invalid"),
        "no field is invalid before the visitor types: {html}"
    );
    assert_apply_link(&html);
}

#[tokio::test]
async fn every_question_is_native_and_labelled() {
    // Everything answered but the last, so every question shows.
    let html = render(entered(&[
        ("degree-level", "bachelor"),
        ("degree-field", "mls"),
        ("degree-years", "four"),
        ("experience-months", "14"),
    ]))
    .await;
    assert_eq!(
        check_form(&html).matches("<fieldset").count(),
        4,
        "degree level, field and years, certification"
    );
    for legend in [
        "What degree do you have?",
        "What field is that degree in?",
        "How many years of study did your bachelor's program take?",
        "Which certification do you hold?",
    ] {
        assert!(
            html.contains(&format!(r#"<legend class="mte-legend">{legend}</legend>"#)),
            "{legend}"
        );
    }
    assert_eq!(
        check_form(&html).matches(r#"type="radio""#).count(),
        6 + 6 + 3 + 5
    );
    assert!(
        html.contains(r#"<label for="t-experience-months""#),
        "the months field has a label: {html}"
    );
    assert!(html.contains(r#"id="t-experience-months""#));
    assert!(
        checked_values(&render(State::default()).await).is_empty(),
        "nothing is chosen for the visitor"
    );
    assert!(html.contains(r#"inputmode="numeric""#));
    assert!(
        html.contains(r#"aria-live="polite""#),
        "the verdict is in a live region"
    );
}

#[tokio::test]
async fn partly_answered_counts_what_is_met_so_far() {
    let html = render(all_met_without(&["experience-months", "certification"])).await;
    let text = visible_text(&html);
    assert!(
        text.contains("So far you meet 1 of 3 requirements."),
        "{text}"
    );
    assert_eq!(outcome(&html, "education"), "met");
    assert_eq!(outcome(&html, "experience"), "not-answered");
    assert_eq!(outcome(&html, "certification"), "not-answered");
    assert!(
        text.contains("Your bachelor's degree in Medical Laboratory Science meets this."),
        "{text}"
    );
    assert_apply_link(&html);
}

#[tokio::test]
async fn all_met_says_so_clearly() {
    let html = render(all_met()).await;
    let text = visible_text(&html);
    assert!(text.contains("You meet all 3 requirements."), "{text}");
    assert_eq!(
        html.matches(r#"<span class="mte-status-text">Met</span>"#)
            .count(),
        3,
        "{html}"
    );
    assert!(!text.contains("Not yet met"), "{text}");
    assert!(
        text.contains("Your 12 months of work as an MT meet the 12 months we ask for."),
        "{text}"
    );
    assert!(
        text.contains("Your MLS(ASCP) or MLS(ASCPi) certification meets this."),
        "{text}"
    );
    assert!(
        text.contains("Next: apply, and open “Your path to a U.S. job” below."),
        "a visitor who meets everything still gets a next step: {text}"
    );
    assert_apply_link(&html);
    assert_eq!(
        checked_values(&html),
        ["bachelor", "mls", "four", "mls-ascp"],
        "the chosen answers stay shown"
    );
}

/// Each single gap, with the other two requirements met.
#[tokio::test]
async fn each_single_gap_names_what_to_do_and_invites_to_apply() {
    let cases: [(State, &str, &str); 6] = [
        (
            all_met_but(&[("degree-level", "none")]),
            "education",
            "We ask for a bachelor's degree. Talk with our licensure team",
        ),
        (
            all_met_but(&[("degree-level", "associate")]),
            "education",
            "the technician credential, MLT (Medical Laboratory Technician), may fit you.",
        ),
        (
            all_met_but(&[("certification", "mlt")]),
            "certification",
            "are technician credentials. We ask for the technologist level, MLS.",
        ),
        (
            all_met_but(&[("degree-field", "other")]),
            "education",
            "A degree in another field is worth discussing with our licensure team.",
        ),
        (
            all_met_but(&[("experience-months", "11")]),
            "experience",
            "You have 11 months of work as an MT. We ask for 12 months, so you need 1 month more.",
        ),
        (
            all_met_but(&[("certification", "not-yet")]),
            "certification",
            "Both boards accept graduates of programs outside the U.S.",
        ),
    ];
    for (state, gap, advice) in cases {
        let html = render(state.clone()).await;
        let text = visible_text(&html);
        for requirement in ["education", "experience", "certification"] {
            let expected = if requirement == gap { "not-met" } else { "met" };
            assert_eq!(
                outcome(&html, requirement),
                expected,
                "{state:?}: {requirement}"
            );
        }
        assert!(
            text.contains("You meet 2 of 3 requirements."),
            "{state:?}: {text}"
        );
        assert!(text.contains(advice), "{state:?}: {text}");
        assert!(text.contains("You can still apply."), "{state:?}: {text}");
        assert!(
            text.contains("below to see the steps that can close each gap"),
            "{state:?}: {text}"
        );
        assert_apply_link(&html);
    }
}

/// Each case the facts leave open, with the other two requirements met: neither met nor a gap,
/// the status in words, who decides, a headline that says so, and the strongest invitation.
#[tokio::test]
async fn each_case_someone_else_decides_is_neither_met_nor_a_gap() {
    let cases: [(State, &str, &str, &str); 4] = [
        (
            all_met_but(&[("degree-years", "three")]),
            "education",
            "a credential evaluation decides",
            "World Education Services",
        ),
        (
            all_met_but(&[("degree-level", "master"), ("degree-years", "three")]),
            "education",
            "a credential evaluation decides",
            "depends on each case",
        ),
        (
            all_met_but(&[("degree-field", "related")]),
            "education",
            "our licensure team decides",
            "Our licensure team decides if your degree fits.",
        ),
        (
            all_met_but(&[("certification", "one-area")]),
            "certification",
            "our licensure team decides",
            "Our licensure team decides if yours fits a job with us.",
        ),
    ];
    for (state, open, who, advice) in cases {
        let html = render(state.clone()).await;
        let text = visible_text(&html);
        for requirement in ["education", "experience", "certification"] {
            let expected = if requirement == open { "ask" } else { "met" };
            assert_eq!(
                outcome(&html, requirement),
                expected,
                "{state:?}: {requirement}"
            );
        }
        assert!(
            text.contains(&format!(
                "You meet 2 of 3 requirements. For the other one, {who}."
            )),
            "{state:?}: {text}"
        );
        assert!(text.contains("It depends"), "{state:?}: {text}");
        assert!(!text.contains("Not yet met"), "{state:?}: {text}");
        assert!(text.contains("Who decides: "), "{state:?}: {text}");
        assert!(text.contains(advice), "{state:?}: {text}");
        assert!(
            text.contains("Apply today. Our licensure team looks at cases like yours"),
            "{state:?}: {text}"
        );
        assert_apply_link(&html);
    }
}

#[tokio::test]
async fn no_degree_hides_the_field_question() {
    let html = render(entered(&[
        ("degree-level", "none"),
        ("experience-months", "3"),
    ]))
    .await;
    let text = visible_text(&html);
    assert!(!text.contains("What field is that degree in?"), "{text}");
    assert!(!text.contains("How many years of study"), "{text}");
    assert!(text.contains("Which certification do you hold?"), "{text}");
    assert_eq!(check_form(&html).matches("<fieldset").count(), 2);
}

#[tokio::test]
async fn the_questions_show_one_more_as_each_is_answered() {
    let questions = |html: &str| {
        let form = check_form(html);
        form.matches("<fieldset").count() + form.matches(r#"inputmode="numeric""#).count()
    };
    for (answers, shown) in [
        (&[][..], 1),
        (&[("degree-level", "master")][..], 2),
        (
            &[("degree-level", "master"), ("degree-field", "other")][..],
            3,
        ),
        // Answers further on wait, kept, until the ones before them are answered.
        (
            &[("degree-level", "master"), ("certification", "mlt")][..],
            2,
        ),
        (&[("degree-level", "associate")][..], 2),
        // A refused number still moves the visitor on: its message shows under the field.
        (
            &[("degree-level", "associate"), ("experience-months", "abc")][..],
            3,
        ),
    ] {
        assert_eq!(
            questions(&render(entered(answers)).await),
            shown,
            "{answers:?}"
        );
    }
}

#[tokio::test]
async fn a_refused_months_value_is_flagged_on_the_field_and_not_judged() {
    for (typed, message) in [
        ("", "Enter the number of months, from 0 to 600."),
        (
            "abc",
            "Enter a whole number of months using digits only, from 0 to 600.",
        ),
        ("1.5", "Enter a whole number of months using digits only"),
        ("-3", "The number of months cannot be negative."),
        ("601", "Enter 600 months or fewer."),
    ] {
        let html = render(entered(&[
            ("degree-level", "none"),
            ("experience-months", typed),
        ]))
        .await;
        assert!(html.contains(r#"aria-invalid="true""#), "{typed:?}: {html}");
        assert!(
            html.contains(
                r#"aria-describedby="t-experience-months-hint t-experience-months-error""#
            ),
            "{typed:?}: {html}"
        );
        assert!(visible_text(&html).contains(message), "{typed:?}");
        assert_eq!(outcome(&html, "experience"), "not-answered", "{typed:?}");
        // What the visitor typed is kept, not wiped.
        assert!(
            html.contains(&format!(r#"value="{typed}""#)),
            "{typed:?}: {html}"
        );
    }
}

#[tokio::test]
async fn no_usable_apply_link_is_said_out_loud() {
    let html = render_with(State::default(), None).await;
    assert!(!html.contains("mte-apply-link"), "{html}");
    assert!(visible_text(&html).contains(
        "This check has no working Apply link. Please use the Apply button on this page."
    ));
}

#[tokio::test]
async fn a_new_tab_link_is_announced_and_cannot_reach_back_into_the_page() {
    let props = yew::props!(EligibilityCheckProps {
        set: set("mt-agency"),
        host: Host {
            apply_url: Some(AttrValue::Static(APPLY)),
            link_target: Some(AttrValue::Static("_blank")),
            ..Host::default()
        },
    });
    let html = LocalServerRenderer::<EligibilityCheck>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    let link = &html[html
        .find(r#"<a part="apply-link""#)
        .expect("the Apply link")..];
    let link = &link[..link.find("</a>").expect("closed")];
    assert!(
        link.contains(r#"target="_blank""#) && link.contains(r#"rel="noopener""#),
        "{link}"
    );
    assert!(
        visible_text(link).contains("Apply today (opens in a new tab)"),
        "{link}"
    );
}

#[tokio::test]
async fn a_closed_why_is_only_its_summary() {
    let html = render(all_met_but(&[("experience-months", "3")])).await;
    let item = &html[html.find(r#"data-requirement="experience""#).unwrap()..];
    let why = &item[item.find("<details").expect("a Why? detail")..];
    let why = &why[..why.find("</details>").unwrap()];
    assert!(!why[..why.find('>').unwrap()].contains("open"), "{why}");
    assert_eq!(visible_text(why), "Why?");
}

#[tokio::test]
async fn each_requirement_says_why_with_the_rule_the_answers_and_a_source() {
    let html = render(with_why_open(
        all_met_but(&[("experience-months", "3")]),
        &["experience"],
    ))
    .await;
    let item = &html[html.find(r#"data-requirement="experience""#).unwrap()..];
    let why = &item[item.find("<details").expect("a Why? detail")..];
    let why = &why[..why.find("</details>").unwrap()];
    let text = visible_text(why);
    assert!(text.starts_with("Why?"), "{text}");
    assert!(
        text.contains("We ask for at least 12 months of work as a Medical Technologist"),
        "{text}"
    );
    assert!(
        text.contains("This is our own hiring requirement, not a certifying board's rule."),
        "{text}"
    );
    assert!(
        text.contains("How many months have you worked as a Medical Technologist (MT)? 3 months"),
        "{text}"
    );
    assert!(
        text.contains("This text was last compared with our notes on the source: 2026-12-01."),
        "the date says what was reviewed: {text}"
    );
    assert!(
        why.contains(r#"href="https://www.conexusmedstaff.com/blog/2018/09/what-do-i-need-to-work-as-a-mt-in-the-usa""#),
        "{why}"
    );
}

#[tokio::test]
async fn unverified_rules_say_so_and_whom_to_check_with() {
    let html = render_set(
        "mlt",
        with_why_open(entered(&[("certification", "not-yet")]), &["certification"]),
        Some(APPLY),
    )
    .await;
    let item = &html[html.find(r#"data-requirement="certification""#).unwrap()..];
    let text = visible_text(&item[..item.find("</details>").unwrap()]);
    assert!(text.contains("Not confirmed yet."), "{text}");
    assert!(text.contains("check with our licensure team"), "{text}");
    assert!(
        text.contains("This is a rule of the certifying boards, not ours."),
        "{text}"
    );
}

#[tokio::test]
async fn the_mlt_set_asks_its_own_questions() {
    let text = visible_text(
        &render_set(
            "mlt",
            entered(&[("degree-level", "associate")]),
            Some(APPLY),
        )
        .await,
    );
    assert!(
        text.contains("Could you work as a Medical Laboratory Technician?"),
        "{text}"
    );
    assert!(
        text.contains(
            "Did you complete a medical laboratory technician program, with clinical training?"
        ),
        "{text}"
    );
    assert!(!text.contains("How many months"), "{text}");
}

async fn render_widget(set: SetStatus) -> String {
    rendered::widget(set, Language::English, false).await
}

#[tokio::test]
async fn the_first_view_says_the_check_is_loading_and_judges_nothing() {
    for name in ["mt-agency", "mlt"] {
        let html = rendered::widget(SetStatus::Ready(set(name)), Language::English, true).await;
        let text = visible_text(&html);
        assert!(
            text.contains(
                "The check is still loading. You can answer now, and your result will show here."
            ),
            "{text}"
        );
        for verdict in [
            r#"data-outcome="met""#,
            r#"data-outcome="not-met""#,
            r#"data-outcome="ask""#,
            "aria-live=\"polite\" aria-atomic",
        ] {
            assert!(
                !html.contains(verdict),
                "{name}: {verdict:?} in the first view"
            );
        }
        // The snippet's own Apply link shows through a slot: the host page's, never configuration.
        assert!(html.contains("<slot></slot>"), "{html}");
        assert!(!html.contains(APPLY), "{html}");
    }
}

#[tokio::test]
async fn a_refused_requirement_set_shows_a_polite_error_and_the_apply_link() {
    let html = render_widget(SetStatus::Misconfigured).await;
    let text = visible_text(&html);
    assert!(
        text.contains("This eligibility check is misconfigured."),
        "{text}"
    );
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert_apply_link(&html);
    assert!(
        !html.contains("<form"),
        "nothing of a refused set is used: {html}"
    );
}

#[tokio::test]
async fn while_a_set_loads_the_apply_link_is_already_there() {
    let html = render_widget(SetStatus::Loading).await;
    assert!(
        visible_text(&html).contains("Loading the eligibility check"),
        "{html}"
    );
    assert_apply_link(&html);
}

const PATH_ANSWERS: [(&str, &str); 8] = [
    ("degree-field", "medtech"),
    ("degree-level", "bachelor"),
    ("degree-years", "four"),
    ("certification", "not-yet"),
    ("study-country", "outside"),
    ("training", "internship"),
    ("specialty", "generalist"),
    ("work-state", "ca"),
];

#[tokio::test]
async fn the_path_is_collapsed_and_not_built_until_asked_for() {
    let html = render(entered(&PATH_ANSWERS)).await;
    let path = &html[html
        .find(r#"<details part="path""#)
        .expect("the path, in a details element")..];
    let opening = &path[..path.find('>').unwrap()];
    assert!(
        !opening.contains("open"),
        "collapsed until asked for: {opening}"
    );
    assert_eq!(
        visible_text(path),
        "Your path to a U.S. job Optional: a few more questions"
    );
    assert!(
        !path.contains("<select") && !path.contains("mte-step"),
        "nothing but the summary is built while collapsed: {path}"
    );
}

#[tokio::test]
async fn the_opened_path_lists_the_visitors_steps() {
    let html = render(opened(&PATH_ANSWERS)).await;
    let path = &html[html
        .find(r#"<details part="path""#)
        .expect("the path, in a details element")..];
    let opening = &path[..path.find('>').unwrap()];
    assert!(opening.contains("open"), "open: {opening}");
    let text = visible_text(path);
    assert!(
        text.starts_with("Your path to a U.S. job Optional: a few more questions"),
        "{text}"
    );
    assert!(
        text.contains("This is guidance, not a legal decision."),
        "{text}"
    );
    for step in [
        "Take ASCP's international exam, MLS(ASCPi)",
        "Your route: route 1, a degree with clinical training",
        "Have your degree evaluated",
        "Apply for a California Clinical Laboratory Scientist license",
    ] {
        assert!(text.contains(step), "{step}: {text}");
    }
    assert!(text.contains("Source: California Department of Public Health: Clinical Laboratory Scientist https://www.cdph.ca.gov/"), "sources print with the checklist: {text}");
    assert!(
        path.contains(r#"<button type="button""#)
            && text.contains("Print checklist")
            && text.contains("Copy as text"),
        "{text}"
    );
}

#[tokio::test]
async fn before_any_path_answer_the_path_says_what_to_do() {
    let html = render(opened(&[("certification", "not-yet")])).await;
    let path = &html[html.find(r#"<details part="path""#).unwrap()..];
    assert!(visible_text(path).contains("Answer the questions above to see your next steps."));
    assert!(!path.contains("Print checklist"), "nothing to print yet");
}

#[tokio::test]
async fn a_long_choice_such_as_the_state_is_a_labelled_drop_down() {
    let html = render(opened(&[
        ("study-country", "us"),
        ("specialty", "generalist"),
        ("work-state", "tn"),
    ]))
    .await;
    assert!(html.contains(r#"<label for="t-work-state""#), "{html}");
    let select = &html[html.find("<select").expect("a select")..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(select.contains(r#"id="t-work-state""#), "{select}");
    assert_eq!(
        select.matches("<option").count(),
        1 + 1 + 51 + 5,
        "a prompt, not sure yet, 50 states, Puerto Rico, D.C. and four other territories"
    );
    assert!(
        select.contains(r#"<option value="tn" selected="selected">Tennessee"#),
        "{select}"
    );
    assert_eq!(
        select.matches(r#"selected="selected""#).count(),
        1,
        "only the chosen state: {select}"
    );
    assert!(
        !html.contains(r#"name="t-work-state""#),
        "no radio group for it"
    );
}

/// The widget's own words, in every state a visitor can reach, read as plainly as the sets'
/// (readability.rs checks the sets' texts on their own). Source titles and links are other
/// people's words and are left out.
#[tokio::test]
async fn the_widgets_own_words_are_plain_in_every_state() {
    let mut pages = vec![
        render(State::default()).await,
        render(all_met_without(&["experience-months", "certification"])).await,
        render(with_why_open(
            all_met(),
            &["education", "experience", "certification"],
        ))
        .await,
        render(all_met_but(&[
            ("degree-level", "none"),
            ("certification", "not-yet"),
        ]))
        .await,
        render(all_met_but(&[("experience-months", "abc")])).await,
        render(all_met_but(&[("experience-months", "-3")])).await,
        render(all_met_but(&[("experience-months", "601")])).await,
        render(all_met_but(&[("experience-months", "")])).await,
        render(opened(&[])).await,
        render(opened(&PATH_ANSWERS)).await,
        render_with(all_met(), None).await,
        render_set(
            "mlt",
            with_why_open(State::default(), &["training"]),
            Some(APPLY),
        )
        .await,
        render_widget(SetStatus::Misconfigured).await,
        render_widget(SetStatus::Loading).await,
        rendered::widget(SetStatus::Ready(set("mt-agency")), Language::English, true).await,
        rendered::widget(SetStatus::Ready(set("mlt")), Language::English, true).await,
    ];
    pages.push(render(opened(&[("visa", "no"), ("work-state", "ga")])).await);
    let sources: Vec<String> = ["mt-agency", "mlt"]
        .iter()
        .flat_map(|name| plain_words::source_titles(&set(name)))
        .collect();
    let mut problems = Vec::new();
    let mut pieces = 0;
    for page in &pages {
        for text in text_pieces(page) {
            if text.contains("http") || sources.iter().any(|title| text.contains(title.as_str())) {
                continue;
            }
            pieces += 1;
            problems.extend(plain_words::problems("rendered", &text));
            for term in plain_words::unexplained_terms(&text) {
                problems.push(format!(
                    "rendered: {term:?} is not an explained term: {text:?}"
                ));
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(pieces > 200, "only {pieces} pieces of text were read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every headline, invitation and next step the English catalogue can write, for every shape of
/// verdict (someone else deciding among them), and each "Who decides", in plain words.
#[test]
fn every_headline_is_plain() {
    use mt_eligibility::messages::ENGLISH;
    let formatting = Formatting::default();
    let problems: Vec<String> =
        rendered::verdict_sentences(&ENGLISH, &formatting, "Your path to a U.S. job")
            .iter()
            .flat_map(|(place, text)| plain_words::problems(place, text))
            .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The copied checklist carries the usual times, the green-card line and the dated notices, each
/// with its source, so a visitor who pastes it keeps what the widget said (issue 25). Maria is
/// crates/requirements/tests/timelines.rs's: born in the Philippines, abroad, bound for California.
#[test]
fn the_checklist_text_carries_times_the_line_and_notices() {
    use mt_eligibility::messages::{ENGLISH, SPANISH};
    use mt_requirements::{plan, Answers, Value};
    let answers: Answers = [
        ("degree-level", "bachelor"),
        ("degree-field", "mls"),
        ("degree-years", "four"),
        ("certification", "not-yet"),
        ("study-country", "outside"),
        ("training", "internship"),
        ("specialty", "generalist"),
        ("work-state", "ca"),
        ("visa", "abroad"),
        ("citizenship", "neither"),
        ("birth-country", "philippines"),
    ]
    .into_iter()
    .map(|(question, option)| (question, Value::Choice(option.into())))
    .chain([("experience-months", Value::Number(24))])
    .collect();
    for (words, name, expected) in [
        (
            &ENGLISH,
            "mt-agency",
            [
                "Recent changes\n! A $100,000 payment for some H-1B petitions (as of 2025-10-01)\n",
                "    This is more than 90 days old and may be out of date.",
                "    How long: LFS says about 90 days on average",
                "    Starts after: Your degree.\n",
                "    In the 2026-07 Visa Bulletin, EB-3 for people born in the Philippines was at 2023-08-01: about 3 years behind.\n",
                "    This bulletin is more than 90 days old",
                "    U.S. Department of State: the current Visa Bulletin https://travel.state.gov/",
            ],
        ),
        (
            &SPANISH,
            "mt-agency.es",
            [
                "Cambios recientes\n",
                "    Esto tiene más de 90 días y puede estar desactualizado.",
                "    Cuánto tarda: LFS indica unos 90 días",
                "    Empieza después de: Su título.\n",
                "la fecha de EB-3 para quienes nacieron en Filipinas era el 2023-08-01. La diferencia es de alrededor de 3 años.\n",
                "    Este boletín tiene más de 90 días",
                "https://travel.state.gov/",
            ],
        ),
    ] {
        let set = match name {
            "mt-agency" => set(name),
            _ => {
                let path = concat!(env!("CARGO_MANIFEST_DIR"), "/requirements/mt-agency.es.json");
                let translation = std::fs::read_to_string(path).unwrap();
                Rc::new(mt_requirements::read_translated(shipped("mt-agency").unwrap(), &translation).unwrap())
            }
        };
        let plan = plan(&set, &answers, &Formatting::default(), "2026-12-04").unwrap();
        let text = words.checklist(
            &mt_requirements::evaluate(&set, &answers, &Formatting::default()),
            &plan,
            "Path",
            "Guidance.",
            &Formatting::default(),
        );
        for wanted in expected {
            assert!(text.contains(wanted), "{wanted:?} not in\n{text}");
        }
        assert!(!text.contains("in total") && !text.contains("en total"), "{text}");
    }
}

/// How far behind a line is: months under a year, whole years to two, then half years, in each
/// language (§2.3 of the timelines research: India "about 12½ years").
#[test]
fn a_lines_wait_reads_in_months_years_then_half_years() {
    use mt_eligibility::messages::{ENGLISH, SPANISH};
    let plain = Formatting::default();
    let english: Vec<String> = [1, 11, 12, 23, 35, 149]
        .map(|months| (ENGLISH.behind)(months, &plain))
        .into();
    assert_eq!(
        english,
        [
            "about 1 month",
            "about 11 months",
            "about 1 year",
            "about 2 years",
            "about 3 years",
            "about 12 and a half years"
        ]
    );
    assert_eq!((SPANISH.behind)(35, &plain), "alrededor de 3 años");
    assert_eq!(
        (SPANISH.behind)(149, &plain),
        "alrededor de 12 años y medio"
    );
    assert_eq!((SPANISH.behind)(1, &plain), "alrededor de 1 mes");
}

/// The copied checklist: the path's heading and intro, every step as a line to tick, its text,
/// and its source with the date its text was reviewed.
#[test]
fn the_checklist_text_carries_every_step_and_its_source() {
    use mt_eligibility::messages::ENGLISH;
    use mt_requirements::{plan, Answers, Value};
    let set = set("mt-agency");
    let answers: Answers = [
        ("degree-level", Value::Choice("bachelor".into())),
        ("degree-years", Value::Choice("four".into())),
        ("certification", Value::Choice("not-yet".into())),
        ("study-country", Value::Choice("outside".into())),
        ("training", Value::Choice("internship".into())),
        ("specialty", Value::Choice("generalist".into())),
        ("work-state", Value::Choice("ca".into())),
    ]
    .into_iter()
    .collect();
    let plan = plan(&set, &answers, &Formatting::default(), "2026-12-04").unwrap();
    let text = ENGLISH.checklist(
        &mt_requirements::evaluate(&set, &answers, &Formatting::default()),
        &plan,
        "Your path to a U.S. job",
        "Guidance, not a decision.",
        &Formatting::default(),
    );
    assert!(
        text.contains("\nYour path to a U.S. job\nGuidance, not a decision.\n"),
        "{text}"
    );
    assert!(
        text.contains("[ ] Take ASCP's international exam, MLS(ASCPi)"),
        "{text}"
    );
    assert!(
        text.contains("[ ] Apply for a California Clinical Laboratory Scientist license"),
        "{text}"
    );
    assert!(text.contains("Source: California Department of Public Health: Clinical Laboratory Scientist https://www.cdph.ca.gov/"), "{text}");
    assert!(text.contains("(reviewed 2026-12-04)"), "{text}");
    assert_eq!(text.matches("[ ] ").count(), plan.step_ids().len());
}

/// No component holds text of its own: every word the widget says is in the catalogue, so a
/// second language changes no component.
#[test]
fn the_components_hold_no_words_of_their_own() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let source = std::fs::read_to_string(&path).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") || code.starts_with('#') {
                continue;
            }
            // A string literal that reads like words: a capital letter, then a lower-case one
            // and a space, as in "Apply today".
            for literal in code.split('"').skip(1).step_by(2) {
                let mut chars = literal.chars();
                let words = chars.next().is_some_and(char::is_uppercase)
                    && literal.contains(' ')
                    && literal.chars().any(char::is_lowercase);
                if words {
                    found.push(format!("{}:{}: {literal:?}", path.display(), number + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "move these into src/messages:\n{}",
        found.join("\n")
    );
}

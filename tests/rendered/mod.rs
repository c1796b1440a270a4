//! Rendering the widget on the server, and reading its HTML as a visitor and a screen reader meet
//! it: the text, piece by piece, and the accessible names in attributes. Shared by `render.rs`
//! and `spanish.rs`.
#![allow(dead_code)]

use mt_eligibility::language::Language;
use mt_eligibility::ui::{EligibilityWidget, EligibilityWidgetProps, Host, SetStatus, Speech};
use yew::{AttrValue, LocalServerRenderer};

/// The Apply link the tests give the widget.
pub const APPLY: &str = "https://jobs.example.org/apply";

/// The widget as mounted, in `language`, or (`pending`) as the first view the loader shows
/// before the wasm runs.
pub async fn widget(set: SetStatus, language: Language, pending: bool) -> String {
    let props = yew::props!(EligibilityWidgetProps {
        set,
        host: Host {
            apply_url: Some(AttrValue::Static(APPLY)),
            speech: Speech {
                language,
                ..Speech::default()
            },
            ..Host::default()
        },
        pending,
    });
    LocalServerRenderer::<EligibilityWidget>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// HTML entities as Yew's server renderer writes them, decoded; `&amp;` last, so an escaped
/// entity is not decoded twice.
fn decoded(text: &str) -> String {
    text.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// White space folded to single spaces, trimmed.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text a visitor reads: tags dropped, entities decoded, white space folded.
pub fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    folded(&decoded(&text))
}

/// The text between tags, one piece per element's text, entities decoded.
pub fn text_pieces(html: &str) -> Vec<String> {
    html.split('<')
        .filter_map(|piece| piece.split_once('>').map(|(_, text)| text))
        .map(visible_text)
        .filter(|text| text.chars().any(char::is_alphabetic))
        .collect()
}

/// [`text_pieces`], with the accessible names and hints written in attributes (`aria-label`,
/// `title`, `placeholder`, `alt`) as pieces of their own.
pub fn pieces_and_names(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for piece in html.split('<') {
        let Some((tag, text)) = piece.split_once('>') else {
            continue;
        };
        found.push(folded(&decoded(text)));
        for attribute in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
            if let Some(start) = tag.find(attribute) {
                let value = &tag[start + attribute.len()..];
                found.push(folded(&decoded(
                    &value[..value.find('"').unwrap_or(value.len())],
                )));
            }
        }
    }
    found
        .into_iter()
        .filter(|text| text.chars().any(char::is_alphabetic))
        .collect()
}

/// Every sentence a catalogue can write about a verdict, with where it comes from: for every shape
/// of summary a set of one to three requirements can have, the headline, the invitation and the
/// next step (pointing to `path_heading`), and each "Who decides" line. For holding them all to
/// the plain-words checks.
pub fn verdict_sentences(
    words: &mt_eligibility::messages::Messages,
    formatting: &mt_requirements::Formatting,
    path_heading: &str,
) -> Vec<(String, String)> {
    use mt_requirements::{Decider, Outcome, Verdict};
    let deciders = [Decider::LicensureTeam, Decider::Evaluation, Decider::Board];
    let outcomes = [Outcome::NotAnswered, Outcome::Met, Outcome::NotMet]
        .into_iter()
        .chain(deciders.map(Outcome::Ask))
        .collect::<Vec<_>>();
    let mut summaries = Vec::new();
    for total in 1..=3u32 {
        for mut code in 0..outcomes.len().pow(total) {
            let findings = (0..total)
                .map(|index| {
                    let outcome = outcomes[code % outcomes.len()];
                    code /= outcomes.len();
                    mt_requirements::Finding {
                        requirement: format!("r{index}"),
                        title: String::new(),
                        description: None,
                        outcome,
                        guidance: Vec::new(),
                    }
                })
                .collect();
            let summary = Verdict { findings }.summary();
            if !summaries.contains(&summary) {
                summaries.push(summary);
            }
        }
    }
    assert!(summaries.len() > 30, "only {} shapes", summaries.len());
    let mut sentences = Vec::new();
    for summary in summaries {
        let place = format!("{summary:?}");
        sentences.push((place.clone(), (words.headline)(summary, formatting)));
        sentences.push((place.clone(), (words.invitation)(summary).to_owned()));
        if let Some(next) = (words.next_step)(summary, path_heading) {
            sentences.push((place, next));
        }
    }
    for decider in deciders {
        sentences.push((
            format!("{decider:?}"),
            (words.who_decides)(decider).to_owned(),
        ));
    }
    for (_, text) in &sentences {
        assert!(!text.contains("  ") && !text.contains(" ."), "{text:?}");
    }
    sentences
}

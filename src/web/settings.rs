use web_sys::{Element, Url, UrlSearchParams};

use super::apply_url::http_url;
use crate::attributes::Attribute;
use crate::language::{self, Language};

/// What a host element's attributes ask for, each value checked; a refused value leaves the default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// The Apply link, absolute and http(s), with any forwarded page parameters.
    pub apply_url: Option<String>,
    /// The Apply link's target; `None` for the same tab.
    pub link_target: Option<&'static str>,
    /// Whether events are also pushed to `window.dataLayer`.
    pub datalayer: bool,
    /// Whether event payloads may carry the visitor's answers.
    pub share_answers: bool,
    /// The address a link to the visitor's answers starts with: the page's own, without its
    /// fragment, unless the host gives another or turns the link off (`None`).
    pub answers_link: Option<String>,
    /// Whether the visitor is offered to remember their answers on this device (off by default
    /// for the visitor, who must tick it; a host can remove the offer).
    pub remember_answers: bool,
    /// The `requirements` attribute as written: a shipped set's name or a link (checked when loading).
    pub requirements: Option<String>,
    /// The page's address, which links are resolved against.
    pub page: String,
    /// The language asked for (see [`language::choose`]).
    pub language: Language,
}

/// One attribute value that was refused, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The attribute, as documented (without `data-`).
    pub attribute: &'static str,
    /// What was wrong and what is used instead.
    pub message: String,
}

impl Settings {
    /// Reads and checks the host's attributes; never fails, and says what it refused.
    pub fn read(host: &Element) -> (Settings, Vec<Refusal>) {
        let mut problems = Vec::new();
        let mut refuse = |attribute: Attribute, message: String| {
            problems.push(Refusal {
                attribute: attribute.name(),
                message,
            })
        };
        let base = page_url(host);

        let apply_url = apply_url(host, &base, &mut refuse).map(|url| {
            match attribute(host, Attribute::ForwardParams) {
                Some(list) => forward_params(&url, &list, &base),
                None => url,
            }
        });

        let link_target = attribute(host, Attribute::LinkTarget).and_then(|value| {
            let target = ["_self", "_blank", "_parent", "_top"].into_iter().find(|known| *known == value.trim());
            if target.is_none() {
                refuse(Attribute::LinkTarget, format!("\"{value}\" is not one of _self, _blank, _parent or _top; the link opens in the same tab."));
            }
            target.filter(|target| *target != "_self")
        });

        let mut switch = |name: Attribute| match attribute(host, name).as_deref().map(str::trim) {
            None | Some("false") => false,
            Some("" | "true") => true,
            Some(other) => {
                refuse(
                    name,
                    format!("\"{other}\" is neither true nor false; it stays off."),
                );
                false
            }
        };
        let datalayer = switch(Attribute::Datalayer);
        let share_answers = switch(Attribute::ShareAnswers);

        // The document's own address (not a `<base>`'s), as the visitor would share it.
        let own_page = host
            .owner_document()
            .and_then(|document| document.url().ok())
            .unwrap_or_default();
        let own_page = own_page.split('#').next().unwrap_or_default().to_owned();
        let answers_link = match attribute(host, Attribute::AnswersLink)
            .as_deref()
            .map(str::trim)
        {
            None | Some("" | "on") => Some(own_page),
            Some("off") => None,
            Some(other) => match http_url(other, &base) {
                Ok(url) => Some(url.split('#').next().unwrap_or_default().to_owned()),
                Err(_) => {
                    refuse(
                        Attribute::AnswersLink,
                        format!("\"{other}\" is neither off nor an http(s) link; the link uses this page's address."),
                    );
                    Some(own_page)
                }
            },
        };

        let remember_answers = match attribute(host, Attribute::RememberAnswers)
            .as_deref()
            .map(str::trim)
        {
            None | Some("" | "on") => true,
            Some("off") => false,
            Some(other) => {
                // The host meant to change something: the side that keeps less is the safe one.
                refuse(
                    Attribute::RememberAnswers,
                    format!("\"{other}\" is neither on nor off; visitors are not offered to remember their answers."),
                );
                false
            }
        };

        let requirements = attribute(host, Attribute::Requirements);
        let around = host
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|element| element.get_attribute("lang"));
        let browser: Vec<String> = web_sys::window()
            .map(|window| window.navigator().languages())
            .map(|languages| languages.iter().filter_map(|tag| tag.as_string()).collect())
            .unwrap_or_default();
        let choice = language::choose(
            attribute(host, Attribute::Lang).as_deref(),
            around.as_deref(),
            &browser,
        );
        if let Some(tag) = &choice.unsupported {
            let spoken: Vec<&str> = Language::ALL
                .iter()
                .map(|language| language.tag())
                .collect();
            refuse(
                Attribute::Lang,
                format!(
                    "\"{tag}\" is not a language this widget speaks ({}); it speaks English.",
                    spoken.join(", ")
                ),
            );
        }
        let settings = Settings {
            apply_url,
            link_target,
            datalayer,
            share_answers,
            answers_link,
            remember_answers,
            requirements,
            page: base,
            language: choice.language,
        };
        (settings, problems)
    }
}

/// An attribute by its documented name, or with the `data-` prefix a `<div>` host uses.
fn attribute(host: &Element, attribute: Attribute) -> Option<String> {
    let name = attribute.name();
    host.get_attribute(name)
        .or_else(|| host.get_attribute(&format!("data-{name}")))
}

/// The page's address: relative Apply links resolve against it, and its query is what gets forwarded.
fn page_url(host: &Element) -> String {
    host.owner_document()
        .and_then(|document| {
            document
                .base_uri()
                .ok()
                .flatten()
                .or_else(|| document.url().ok())
        })
        .unwrap_or_default()
}

/// The `apply-url` attribute if it is a usable http(s) link, else the link written inside the host.
fn apply_url(
    host: &Element,
    base: &str,
    refuse: &mut impl FnMut(Attribute, String),
) -> Option<String> {
    if let Some(raw) = attribute(host, Attribute::ApplyUrl) {
        match http_url(&raw, base) {
            Ok(url) => return Some(url),
            Err(problem) => refuse(Attribute::ApplyUrl, format!("\"{raw}\" was refused because {problem}; the link written inside the element is used instead.")),
        }
    }
    let written = host
        .query_selector("a[href]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"));
    match written.map(|raw| (http_url(&raw, base), raw)) {
        Some((Ok(url), _)) => Some(url),
        Some((Err(problem), raw)) => {
            refuse(Attribute::ApplyUrl, format!("the link \"{raw}\" inside the element was refused because {problem}; there is no Apply link."));
            None
        }
        None => {
            refuse(
                Attribute::ApplyUrl,
                "is missing, and the element holds no link; there is no Apply link.".into(),
            );
            None
        }
    }
}

/// The Apply link with the page's query parameters named in `list` (or all, for `*`) added;
/// a parameter the Apply link already has keeps its own value.
fn forward_params(apply_url: &str, list: &str, page: &str) -> String {
    let (Ok(target), Ok(page)) = (Url::new(apply_url), Url::new(page)) else {
        return apply_url.to_owned();
    };
    let (into, from) = (target.search_params(), page.search_params());
    let wanted: Vec<&str> = list
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    let names: Vec<String> = if wanted.contains(&"*") {
        keys(&from)
    } else {
        wanted.into_iter().map(str::to_owned).collect()
    };
    for name in names {
        if let (false, Some(value)) = (into.has(&name), from.get(&name)) {
            into.append(&name, &value);
        }
    }
    target.href()
}

fn keys(params: &UrlSearchParams) -> Vec<String> {
    // A repeated name comes back twice; the `has` check above then skips it.
    params
        .keys()
        .into_iter()
        .filter_map(|key| key.ok()?.as_string())
        .collect()
}

//! Which language a widget speaks: the host's `lang` attribute (`data-lang` on a `<div>`), else
//! the nearest `lang` around the host, else the visitor's browser languages, else English.

use super::Language;

/// The language chosen, and the tag asked for if the widget does not speak it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// What the widget speaks.
    pub language: Language,
    /// A tag the host or its page asked for that the widget does not speak; it speaks English
    /// instead, and says so in the console and in an error event.
    pub unsupported: Option<String>,
}

/// Chooses from the host's attribute, the nearest ancestor's `lang`, and the browser's
/// `navigator.languages`, in that order. An empty `lang` means "unknown" in HTML, so it is
/// passed over. The visitor's own browser languages are a preference, not a request: the first
/// one spoken wins, and none spoken is English without a complaint.
pub fn choose(attribute: Option<&str>, ancestor: Option<&str>, browser: &[String]) -> Choice {
    let asked = [attribute, ancestor]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|tag| !tag.is_empty());
    if let Some(tag) = asked {
        return match Language::from_tag(tag) {
            Some(language) => Choice {
                language,
                unsupported: None,
            },
            None => Choice {
                language: Language::English,
                unsupported: Some(tag.to_owned()),
            },
        };
    }
    Choice {
        language: browser
            .iter()
            .find_map(|tag| Language::from_tag(tag))
            .unwrap_or_default(),
        unsupported: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|tag| tag.to_string()).collect()
    }

    #[test]
    fn the_attribute_comes_first_then_the_page_then_the_browser() {
        let spanish = Choice {
            language: Language::Spanish,
            unsupported: None,
        };
        let english = Choice {
            language: Language::English,
            unsupported: None,
        };
        assert_eq!(choose(Some("es"), Some("en"), &tags(&["en"])), spanish);
        assert_eq!(choose(Some("en"), Some("es"), &tags(&["es"])), english);
        assert_eq!(choose(None, Some("es"), &tags(&["en"])), spanish);
        assert_eq!(choose(Some(" "), Some("es"), &[]), spanish);
        assert_eq!(
            choose(None, Some(""), &tags(&["fr-FR", "es-MX", "en"])),
            spanish
        );
        assert_eq!(choose(None, None, &tags(&["fr", "de"])), english);
        assert_eq!(choose(None, None, &[]), english);
    }

    #[test]
    fn a_region_uses_its_language() {
        for tag in ["es-PR", "es-419", "ES", "es_MX", "en-US"] {
            assert!(choose(Some(tag), None, &[]).unsupported.is_none(), "{tag}");
        }
        assert_eq!(Language::from_tag("es-PR"), Some(Language::Spanish));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::English));
        assert_eq!(Language::from_tag("e"), None);
        assert_eq!(Language::from_tag("est"), None);
    }

    #[test]
    fn an_unsupported_request_is_english_and_named() {
        assert_eq!(
            choose(Some("fr-CA"), Some("es"), &tags(&["es"])),
            Choice {
                language: Language::English,
                unsupported: Some("fr-CA".into()),
            }
        );
        assert_eq!(
            choose(None, Some("pt-BR"), &[]).unsupported.as_deref(),
            Some("pt-BR")
        );
    }
}

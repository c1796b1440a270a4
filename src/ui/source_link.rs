use yew::prelude::*;

use super::use_speech;
use mt_requirements::Source;

/// Properties of [`SourceLink`].
#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    /// The citation.
    pub source: Source,
    /// When its text was last reviewed against the notes on its source, `YYYY-MM-DD`; none for a
    /// fact that carries its own date (a notice's "as of", a bulletin's month).
    #[prop_or_default]
    pub verified: Option<AttrValue>,
}

/// "Source: <link>. This text was last compared with our notes on the source: <date>." The date
/// says when the wording was reviewed, not when the source's page was last opened. The link opens in a new tab, so the visitor keeps
/// their answers, and says so to screen readers.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let speech = use_speech();
    let words = speech.language.messages();
    html! {
        <p class="mte-source">
            { words.source }
            <a href={props.source.url.clone()} target="_blank" rel="noopener">
                { props.source.title.clone() }
                <span class="mte-visually-hidden">{ words.opens_new_tab }</span>
            </a>
            if let Some(verified) = &props.verified {
                { (words.reviewed)(&speech.formatting.date(verified)) }
            } else {
                { "." }
            }
        </p>
    }
}

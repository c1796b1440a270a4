use yew::prelude::*;

use crate::domain::Source;

/// Properties of [`SourceLink`].
#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    /// The citation.
    pub source: Source,
    /// When it was last checked, `YYYY-MM-DD`.
    pub verified: AttrValue,
}

/// "Source: <link>. Last checked <date>." The link opens in a new tab, so the visitor keeps
/// their answers, and says so to screen readers.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    html! {
        <p class="mte-source">
            { "Source: " }
            <a href={props.source.url.clone()} target="_blank" rel="noopener">
                { props.source.title.clone() }
                <span class="mte-visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
            { format!(". Last checked {}.", props.verified) }
        </p>
    }
}

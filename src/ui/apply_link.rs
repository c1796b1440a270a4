use yew::prelude::*;

use super::use_messages;

/// Properties of [`ApplyLink`].
#[derive(Properties, PartialEq)]
pub struct ApplyLinkProps {
    /// Where applying happens; `None` when the host page gave no usable link.
    pub href: Option<AttrValue>,
    /// The link's target (`_blank` opens a new tab); `None` for the same tab.
    #[prop_or_default]
    pub target: Option<AttrValue>,
    /// The sentence that invites the visitor to apply.
    pub invitation: AttrValue,
    /// Called when the visitor follows the link.
    #[prop_or_default]
    pub onclick: Callback<()>,
}

/// The Apply call to action: always shown, whatever the verdict.
#[component]
pub fn ApplyLink(props: &ApplyLinkProps) -> Html {
    let words = use_messages();
    let new_tab = props.target.as_deref() == Some("_blank");
    html! {
        <div class="mte-apply" part="apply">
            <p class="mte-invitation">{ props.invitation.clone() }</p>
            if let Some(href) = props.href.clone() {
                <a
                    class="mte-apply-link"
                    part="apply-link"
                    {href}
                    target={props.target.clone()}
                    // A new tab must not get a handle on the host page.
                    rel={new_tab.then_some("noopener")}
                    onclick={props.onclick.reform(|_: MouseEvent| ())}
                >
                    { words.apply }
                    if new_tab {
                        <span class="mte-visually-hidden">{ words.opens_new_tab }</span>
                    }
                </a>
            } else {
                <p class="mte-config-error">
                    { words.no_apply_link }
                </p>
            }
        </div>
    }
}

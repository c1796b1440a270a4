use yew::prelude::*;

/// Properties of [`ApplyLink`].
#[derive(Properties, PartialEq)]
pub struct ApplyLinkProps {
    /// Where applying happens; `None` when the host page gave no usable link.
    pub href: Option<AttrValue>,
    /// The sentence that invites the visitor to apply.
    pub invitation: AttrValue,
}

/// The Apply call to action: always shown, whatever the verdict.
#[component]
pub fn ApplyLink(props: &ApplyLinkProps) -> Html {
    html! {
        <div class="mte-apply" part="apply">
            <p class="mte-invitation">{ props.invitation.clone() }</p>
            if let Some(href) = props.href.clone() {
                <a class="mte-apply-link" part="apply-link" {href}>{ "Apply today" }</a>
            } else {
                <p class="mte-config-error">
                    { "This check has no working Apply link. Please use the Apply button on this page." }
                </p>
            }
        </div>
    }
}

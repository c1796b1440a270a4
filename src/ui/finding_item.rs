use yew::prelude::*;

use crate::domain::{Finding, Outcome};

/// Properties of [`FindingItem`].
#[derive(Properties, PartialEq)]
pub struct FindingItemProps {
    /// Where the visitor stands on one requirement.
    pub finding: Finding,
}

/// One requirement with its status in words (never by colour alone) and its guidance.
#[component]
pub fn FindingItem(props: &FindingItemProps) -> Html {
    let Finding {
        requirement,
        outcome,
        guidance,
    } = &props.finding;
    let modifier = outcome.kind();
    let (icon, status) = match outcome {
        Outcome::Met => ("✓", "Met"),
        Outcome::NotMet(_) => ("!", "Not yet met"),
        Outcome::NotAnswered => ("?", "Not answered yet"),
    };
    html! {
        <li class={classes!("mte-finding", format!("mte-finding--{modifier}"))} data-requirement={requirement.id()} data-outcome={modifier}>
            <p class="mte-finding-head">
                <span class="mte-status">
                    <span class="mte-status-icon" aria-hidden="true">{ icon }</span>
                    { status }
                </span>
                <strong class="mte-finding-title">{ requirement.title() }</strong>
            </p>
            <p class="mte-finding-description">{ requirement.description() }</p>
            for sentence in guidance.iter() {
                <p class="mte-guidance">{ sentence.clone() }</p>
            }
        </li>
    }
}

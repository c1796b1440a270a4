use yew::prelude::*;

use super::disclosure::opened;
use super::use_messages;
use super::{Action, SourceLink};
use mt_requirements::{Confidence, Criterion, Finding, Outcome, Why};

/// Properties of [`FindingItem`].
#[derive(Properties, PartialEq)]
pub struct FindingItemProps {
    /// Where the visitor stands on one requirement.
    pub finding: Finding,
    /// Why it came out so, if the visitor opened its "Why?"; closed, only the summary is built.
    #[prop_or_default]
    pub why: Option<Why>,
    /// Called when the visitor opens or closes the "Why?".
    #[prop_or_default]
    pub onaction: Callback<Action>,
}

/// One requirement: its status in words (never by colour alone), its guidance, and why.
#[component]
pub fn FindingItem(props: &FindingItemProps) -> Html {
    let Finding {
        requirement,
        title,
        description,
        outcome,
        guidance,
        ..
    } = &props.finding;
    let words = use_messages();
    let icon = match outcome {
        Outcome::Met => "✓",
        Outcome::NotMet => "!",
        Outcome::NotAnswered => "?",
        Outcome::Ask(_) => "→",
    };
    let status = words.status(*outcome);
    let kind = outcome.kind();

    let ontoggle = props.onaction.reform({
        let requirement = requirement.clone();
        move |event: Event| Action::OpenWhy {
            requirement: requirement.clone(),
            open: opened(&event),
        }
    });
    // Not answered, a requirement is one line, its status for screen readers only: the headline
    // asks for answers, and three cards saying so would fill a phone's screen before the visitor
    // has done anything. Met, what it asks for is no longer news.
    let (detailed, described) = match outcome {
        Outcome::NotAnswered => (false, false),
        Outcome::Met => (true, false),
        _ => (true, true),
    };
    html! {
        <li class="mte-finding" data-requirement={requirement.clone()} data-outcome={kind}>
            <p class="mte-finding-head">
                <span class="mte-status">
                    <span class="mte-status-icon" aria-hidden="true">{ icon }</span>
                    <span class="mte-status-text">{ status }</span>
                </span>
                <strong class="mte-finding-title">{ title.clone() }</strong>
            </p>
            if detailed {
                if described {
                    if let Some(description) = description.clone() {
                        <p class="mte-finding-description">{ description }</p>
                    }
                }
                if let Outcome::Ask(decider) = outcome {
                    <p class="mte-decides">{ (words.who_decides)(*decider) }</p>
                }
                for sentence in guidance.iter() {
                    <p class="mte-guidance">{ sentence.clone() }</p>
                }
                <details class="mte-why" part="why" open={props.why.is_some()} {ontoggle}>
                    <summary>{ words.why }</summary>
                    if let Some(why) = &props.why {
                        if why.confidence == Confidence::Unverified {
                            <p class="mte-unverified"><strong>{ words.not_confirmed }</strong></p>
                        }
                        <p>{ why.rule.clone() }</p>
                        <p>{ match why.criterion {
                            Criterion::Agency => words.agency_rule,
                            Criterion::External => words.external_rule,
                        } }</p>
                        <p class="mte-why-answers-title">{ words.your_answers }</p>
                        <ul class="mte-why-answers">
                            for (question, answer) in why.answers.iter() {
                                <li>{ format!("{question} {}", answer.as_deref().unwrap_or(&format!("{}.", words.not_answered))) }</li>
                            }
                        </ul>
                        <SourceLink source={why.source.clone()} verified={why.verified.clone()} />
                    }
                </details>
            }
        </li>
    }
}

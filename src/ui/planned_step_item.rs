use yew::prelude::*;

use super::SourceLink;
use crate::messages::Messages;
use mt_requirements::{Confidence, Formatting, PlannedStep};

/// One checklist line: what to do, how long it usually takes and what comes first, the question
/// asked in it (`asked`: the country of birth, on the green-card step) and the line it gives, and
/// the sources behind "Why?". A function, not a component:
/// it has no state, and a component's machinery for each would cost the download kilobytes.
pub fn planned_step_item(
    step: &PlannedStep,
    words: &Messages,
    formatting: &Formatting,
    fresh_days: u32,
    asked: Option<Html>,
) -> Html {
    let days = formatting.number(i64::from(fresh_days));
    html! {
        <li class="mte-step" key={step.id.clone()} data-step={step.id.clone()}>
            <p class="mte-step-title">
                <span class="mte-checkbox" aria-hidden="true">{ "☐" }</span>
                <strong>{ step.title.clone() }</strong>
            </p>
            for paragraph in step.text.iter() {
                <p class="mte-guidance">{ paragraph.clone() }</p>
            }
            if let Some(timing) = &step.timing {
                <p class="mte-timing">
                    <strong>{ words.how_long }</strong>{ " " }{ timing.text.clone() }
                    if !timing.after.is_empty() {
                        { " " }{ (words.starts_after)(&words.listed(&timing.after)) }
                    }
                </p>
            }
            if let Some(control) = asked {
                <div class="mte-asked">{ control }</div>
            }
            if let Some(line) = &step.line {
                <div class="mte-line">
                    <p><strong>{ words.line_sentence(line, formatting) }</strong></p>
                    <p>{ words.line_is_not }</p>
                    if line.stale {
                        <p class="mte-stale">{ (words.line_stale)(&days) }</p>
                    }
                    <p>
                        <a href={line.current.url.clone()} target="_blank" rel="noopener">
                            { line.current.title.clone() }
                            <span class="mte-visually-hidden">{ words.opens_new_tab }</span>
                        </a>
                    </p>
                </div>
            }
            <div class="mte-print-only">
                <p>{ words.source_line_of(&step.source, &step.verified, formatting) }</p>
                if let Some(timing) = &step.timing {
                    <p>{ words.source_line_of(&timing.source, &timing.checked, formatting) }</p>
                }
            </div>
            <details class="mte-why">
                <summary>{ words.why }</summary>
                if step.confidence == Confidence::Unverified {
                    <p class="mte-unverified"><strong>{ words.not_confirmed }</strong></p>
                }
                <SourceLink source={step.source.clone()} verified={step.verified.clone()} />
                if let Some(timing) = &step.timing {
                    <SourceLink source={timing.source.clone()} verified={timing.checked.clone()} />
                }
                if let Some(line) = &step.line {
                    <SourceLink source={line.source.clone()} />
                }
            </details>
        </li>
    }
}

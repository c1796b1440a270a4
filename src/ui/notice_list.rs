use yew::prelude::*;

use super::SourceLink;
use crate::messages::Messages;
use mt_requirements::{Formatting, PlannedNotice};

/// Recent policy that applies to the visitor, each with its date; one older than the set's fresh
/// days says it may be out of date, by the visitor's own clock. A function, like
/// [`super::planned_step_item`]: no state of its own.
pub fn notice_list(
    notices: &[PlannedNotice],
    words: &Messages,
    formatting: &Formatting,
    fresh_days: u32,
) -> Html {
    if notices.is_empty() {
        return Html::default();
    }
    let days = formatting.number(i64::from(fresh_days));
    html! {
        // Folded like the checklist's groups, so the phone shows a line, not a screen; printing
        // and copying hold every notice.
        <details class="mte-notices">
            <summary class="mte-plan-group-title">{ words.notices_heading }</summary>
            for notice in notices.iter() {
                <div class="mte-notice" key={notice.id.clone()} data-notice={notice.id.clone()}>
                    <p>
                        <strong>{ notice.title.clone() }</strong>
                        { " (" }{ (words.as_of)(&formatting.date(&notice.as_of)) }{ ")" }
                    </p>
                    for paragraph in notice.text.iter() {
                        <p>{ paragraph.clone() }</p>
                    }
                    if notice.stale {
                        <p class="mte-stale">{ (words.notice_stale)(&days) }</p>
                    }
                    <SourceLink source={notice.source.clone()} />
                </div>
            }
        </details>
    }
}

use std::rc::Rc;

use yew::prelude::*;

use super::{Action, AnswerLink, Keeping};
use crate::messages::Messages;
use mt_requirements::{Answers, RequirementSet};

/// Where the visitor can keep their answers: the host's choices and the visitor's own.
pub struct Saving<'a> {
    /// The address a link starts with; `None` when the host turned the link off.
    pub link_base: &'a Option<AttrValue>,
    /// Copies a text, then tells whether that worked.
    pub on_copy: &'a Callback<(String, Callback<bool>)>,
    /// Whether this device keeps the answers; `None` when the widget may not offer it.
    pub keeping: Option<Keeping>,
    /// Whether the fold is open when it appears.
    pub open: bool,
    /// Told when the visitor ticks or forgets.
    pub onaction: &'a Callback<Action>,
}

/// "Save your answers for later": a fold with the link to the answers and the tick that keeps
/// them on this device. Folded, it is one line, so the phone page does not grow. `id` names the
/// tick box, unique within the page.
pub fn save_answers(
    set: &Rc<RequirementSet>,
    answers: &Answers,
    saving: Saving,
    id: String,
    words: &Messages,
) -> Html {
    if saving.link_base.is_none() && saving.keeping.is_none() {
        return Html::default();
    }
    let remember = saving.keeping.map(|keeping| {
        let kept = keeping == Keeping::Yes;
        let onchange = saving.onaction.reform(move |_: Event| {
            Action::Keep(if kept { Keeping::Forgotten } else { Keeping::Yes })
        });
        let forget = saving
            .onaction
            .reform(|_: MouseEvent| Action::Keep(Keeping::Forgotten));
        let said = match keeping {
            Keeping::No => "",
            Keeping::Yes => words.remembered,
            Keeping::Forgotten => words.forgotten,
            Keeping::Refused => words.not_remembered,
        };
        html! {
            <>
                <p class="mte-remember">
                    <input type="checkbox" id={id.clone()} checked={kept} {onchange} />
                    <label for={id}>{ words.remember }</label>
                </p>
                <p class="mte-copy-status" aria-live="polite">{ said }</p>
                if kept {
                    <p class="mte-answer-link">
                        <button type="button" class="mte-text-button" onclick={forget}>{ words.forget }</button>
                    </p>
                }
            </>
        }
    });
    html! {
        <details class="mte-save" open={saving.open}>
            <summary>{ words.save_answers }</summary>
            if let Some(base) = saving.link_base.clone() {
                <AnswerLink set={set.clone()} answers={answers.clone()} {base} on_copy={saving.on_copy.clone()} />
            }
            { remember }
        </details>
    }
}

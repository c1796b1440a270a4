use std::rc::Rc;

use yew::prelude::*;

use super::use_speech;
use mt_requirements::link::encode;
use mt_requirements::{Answers, RequirementSet};

/// Properties of [`AnswerLink`].
#[derive(Properties, PartialEq)]
pub struct AnswerLinkProps {
    /// The set the answers are for.
    pub set: Rc<RequirementSet>,
    /// The visitor's valid answers.
    pub answers: Answers,
    /// The address the link starts with (the page's, or the host's choice).
    pub base: AttrValue,
    /// Copies the text, then tells whether that worked.
    pub on_copy: Callback<(String, Callback<bool>)>,
}

/// "Copy a link to your answers": the address with the answers in its fragment, which browsers
/// never send to a server. Written when the visitor asks, not on every answer; the address bar
/// and the history are left alone.
#[component]
pub fn AnswerLink(props: &AnswerLinkProps) -> Html {
    let speech = use_speech();
    let words = speech.language.messages();
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let (set, answers, base) = (props.set.clone(), props.answers.clone(), props.base.clone());
        let (on_copy, copied) = (props.on_copy.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let mut link = base.to_string();
            link.push('#');
            link.push_str(&encode(&set, &answers));
            let copied = copied.clone();
            on_copy.emit((link, Callback::from(move |worked| copied.set(Some(worked)))));
        })
    };
    let said = match *copied {
        Some(true) => words.link_copied,
        Some(false) => words.copy_failed,
        None => "",
    };
    // One line, a text button: the phone page grows by a line, not a block.
    html! {
        <p class="mte-answer-link">
            <button type="button" class="mte-text-button" {onclick}>{ words.copy_link }</button>
            { " " }
            <span class="mte-copy-status" aria-live="polite">{ said }</span>
        </p>
    }
}

use std::rc::Rc;

use yew::prelude::*;

use super::disclosure::opened;
use super::use_speech;
use super::{notice_list, planned_step_item, question_control, Action, QuestionList, State};
use mt_requirements::compiled::is_core;
use mt_requirements::{evaluate, plan, Answers, Part, RequirementSet};

/// Properties of [`PathSection`].
#[derive(Properties, PartialEq)]
pub struct PathSectionProps {
    /// The set; the section shows nothing unless it has a path.
    pub set: Rc<RequirementSet>,
    /// What the visitor has entered, and whether the path is open: the reducer's handle, so
    /// passing it on copies a pointer, not the state.
    pub state: UseReducerHandle<State>,
    /// The valid answers.
    pub answers: Answers,
    /// Prefix that makes element ids unique on the page.
    pub id_prefix: AttrValue,
    /// Called with each answer the visitor gives, and when the path is opened or closed.
    pub onaction: Callback<Action>,
    /// Asks the browser to print.
    #[prop_or_default]
    pub on_print: Callback<()>,
    /// Copies the text, then tells whether that worked.
    #[prop_or_default]
    pub on_copy: Callback<(String, Callback<bool>)>,
    /// "Save your answers for later", under the checklist's actions.
    #[prop_or_default]
    pub save: Html,
    /// The visitor's date, `YYYY-MM-DD`, for the ages of dated facts.
    #[prop_or_default]
    pub today: AttrValue,
    /// The set is a core whose whole could not be had: its path's questions will not come.
    #[prop_or_default]
    pub failed: bool,
}

/// The optional second part, collapsed until asked for: a few more questions and the visitor's
/// own checklist of next steps, to print or copy. While collapsed only its summary is built.
#[component]
pub fn PathSection(props: &PathSectionProps) -> Html {
    let speech = use_speech();
    let words = speech.language.messages();
    let copied = use_state(|| None::<bool>);
    let Some(path) = &props.set.path else {
        return Html::default();
    };
    let ontoggle = props
        .onaction
        .reform(|event: Event| Action::OpenPath(opened(&event)));
    let summary = html! {
        <summary class="mte-path-summary">
            <span class="mte-path-title">{ path.heading.clone() }</span>
            <span class="mte-path-hint">{ words.path_hint }</span>
        </summary>
    };
    if !props.state.path_open {
        return html! {
            <details class="mte-path" part="path" {ontoggle}>{ summary }</details>
        };
    }
    // A core: the path's questions and steps come with the whole set, usually before the visitor
    // opens it (the glue fetches it when the page is idle after the first verdict).
    if is_core(&props.set) {
        let said = if props.failed {
            html! { <p role="alert">{ words.path_failed }</p> }
        } else {
            html! { <p role="status">{ words.path_loading }</p> }
        };
        return html! {
            <details class="mte-path" part="path" open=true {ontoggle}>{ summary }{ said }</details>
        };
    }

    let plan =
        plan(&props.set, &props.answers, &speech.formatting, &props.today).unwrap_or_default();
    let heading_id = format!("{}-plan", props.id_prefix);
    // The country of birth is asked in the step it changes, which stays folded until opened:
    // an optional question costs the phone no height until the visitor wants it.
    let bulletin = path.bulletin.as_ref();
    let asked_in = |step: &str| {
        let bulletin = bulletin.filter(|bulletin| bulletin.step == step)?;
        let question = props.set.question(&bulletin.question)?;
        Some(question_control(
            question,
            &props.state,
            &props.id_prefix,
            &props.onaction,
            &speech,
        ))
    };
    let onprint = props.on_print.reform(|_: MouseEvent| ());
    let oncopy = {
        // Written when the visitor copies, not on every answer.
        let set = props.set.clone();
        let answers = props.answers.clone();
        let plan = plan.clone();
        let on_copy = props.on_copy.clone();
        let copied = copied.clone();
        let formatting = speech.formatting.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let Some(path) = &set.path else { return };
            let verdict = evaluate(&set, &answers, &formatting);
            let text = words.checklist(&verdict, &plan, &path.heading, &path.intro, &formatting);
            on_copy.emit((text, Callback::from(move |worked| copied.set(Some(worked)))));
        })
    };
    let copy_status = match *copied {
        Some(true) => words.copied,
        Some(false) => words.copy_failed,
        None => "",
    };
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <details class="mte-path" part="path" open=true {ontoggle}>
            { summary }
            <p class="mte-intro">{ path.intro.clone() }</p>
            <form class="mte-questions" aria-label={path.heading.clone()} novalidate=true {onsubmit}>
                <QuestionList
                    set={props.set.clone()}
                    part={Part::Path}
                    state={props.state.clone()}
                    answers={props.answers.clone()}
                    id_prefix={props.id_prefix.clone()}
                    onanswer={props.onaction.clone()}
                />
            </form>
            <section class="mte-plan" aria-labelledby={heading_id.clone()}>
                <h3 class="mte-verdict-title" id={heading_id}>{ words.next_steps }</h3>
                <div aria-live="polite">
                    if plan.groups.is_empty() {
                        <p>{ words.path_empty }</p>
                    }
                    { notice_list(&plan.notices, words, &speech.formatting, plan.fresh_days) }
                    // Each group folds to its title, all but the first, so the checklist is a
                    // list of headings to open one by one; print and copy still hold every step.
                    for (index, group) in plan.groups.iter().enumerate() {
                        <details class="mte-plan-group" key={group.id.clone()} open={index == 0}>
                            <summary class="mte-plan-group-title">
                                { group.title.clone() }
                                <span class="mte-plan-count">{ (words.step_count)(group.steps.len()) }</span>
                            </summary>
                            <ul class="mte-checklist">
                                for step in group.steps.iter() {
                                    { planned_step_item(step, words, &speech.formatting, plan.fresh_days, asked_in(&step.id)) }
                                }
                            </ul>
                        </details>
                    }
                </div>
                if !plan.groups.is_empty() {
                    <div class="mte-plan-actions">
                        <button type="button" class="mte-button" onclick={onprint}>{ words.print }</button>
                        <button type="button" class="mte-button" onclick={oncopy}>{ words.copy }</button>
                    </div>
                    { props.save.clone() }
                }
                <p class="mte-copy-status" aria-live="polite">{ copy_status }</p>
            </section>
        </details>
    }
}

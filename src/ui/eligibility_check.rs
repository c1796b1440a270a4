use std::rc::Rc;

use yew::prelude::*;

use super::use_speech;
#[cfg(not(target_arch = "wasm32"))]
use super::PendingVerdict;
use super::{
    save_answers, Action, Host, Keeping, PathSection, QuestionList, Saving, State, VerdictPanel,
    VisitorEvent,
};
use mt_requirements::compiled::is_core;
use mt_requirements::link::{encode, Restored};
use mt_requirements::{evaluate, explain, Part, RequirementSet};

/// Properties of [`EligibilityCheck`].
#[derive(Properties, PartialEq)]
pub struct EligibilityCheckProps {
    /// The questions and requirements.
    pub set: Rc<RequirementSet>,
    /// What the host page gives: the Apply link, the id prefix, the callbacks.
    #[prop_or_default]
    pub host: Host,
    /// The answers to start from: none, or those given in the first view before the check ran.
    #[prop_or_default]
    pub initial: State,
    /// Rendered as the first view, ahead of the check: the verdict says the check is loading.
    #[prop_or_default]
    pub pending: bool,
    /// The set is a core whose whole could not be had (see [`super::PathSection`]).
    #[prop_or_default]
    pub path_failed: bool,
    /// Answers brought back from a link: they fill the questions not answered yet, when the
    /// check starts and again when the whole set arrives with the path's questions.
    #[prop_or_default]
    pub restored: Option<Rc<Restored>>,
}

/// The questions of a requirement set, and where the visitor stands, updated on every answer.
#[component]
pub fn EligibilityCheck(props: &EligibilityCheckProps) -> Html {
    let state = use_reducer({
        let initial = props.initial.clone();
        move || initial
    });
    let started = use_mut_ref(|| false);
    let first_render = use_mut_ref(|| true);
    let speech = use_speech();
    let words = speech.language.messages();
    let set = &props.set;
    let answers = state.answers(set);
    let verdict = evaluate(set, &answers, &speech.formatting);
    let carried = set
        .questions
        .iter()
        .find(|question| props.initial.entered.contains_key(&question.id))
        .map(|question| question.id.clone());

    // Tell the host when a requirement's outcome changes, not when a keystroke only rewords the
    // guidance (10 → 9 months missing). Effects run after the DOM is updated, so the first run
    // means the widget is on screen: that is "ready", not a change the visitor caused.
    let mut outcomes: Vec<&'static str> = Vec::with_capacity(verdict.findings.len());
    for finding in &verdict.findings {
        outcomes.push(finding.outcome.kind());
    }
    use_effect_with(outcomes, {
        let (on_ready, on_event) = (props.host.on_ready.clone(), props.host.on_event.clone());
        let (answers, verdict) = (answers.clone(), verdict.clone());
        let started = started.clone();
        move |_| {
            if first_render.replace(false) {
                let mut ids = Vec::with_capacity(verdict.findings.len());
                for finding in &verdict.findings {
                    ids.push(finding.requirement.clone());
                }
                on_ready.emit(ids);
                // Answers given in the first view, before the check ran, count like any other:
                // the visit started, and this is its result.
                if let Some(question) = carried {
                    started.replace(true);
                    on_event.emit(VisitorEvent::Started { question });
                    on_event.emit(VisitorEvent::ResultChanged { answers, verdict });
                }
            } else {
                on_event.emit(VisitorEvent::ResultChanged { answers, verdict });
            }
        }
    });

    // One callback for every action, for the widget's life (until the host's event sink changes), so
    // components whose own props did not change are not redrawn on every answer. The first answer
    // also reports the visit as started.
    let onaction = use_callback(props.host.on_event.clone(), {
        let dispatcher = state.dispatcher();
        move |action: Action, on_event: &Callback<VisitorEvent>| {
            if let Action::Answer { question, .. } = &action {
                if !started.replace(true) {
                    on_event.emit(VisitorEvent::Started {
                        question: question.clone(),
                    });
                }
            }
            dispatcher.dispatch(action);
        }
    });
    let onapply = props.host.on_event.reform({
        let verdict = verdict.clone();
        let answers = answers.clone();
        move |()| VisitorEvent::ApplyClicked {
            answers: answers.clone(),
            verdict: verdict.clone(),
        }
    });
    use_effect_with(props.restored.clone(), {
        let dispatcher = state.dispatcher();
        move |restored: &Option<Rc<Restored>>| {
            if let Some(restored) = restored {
                dispatcher.dispatch(Action::restore(&restored.answers));
            }
        }
    });
    // Said once the whole set is here: a core does not know the path's questions yet.
    let dropped = props
        .restored
        .as_ref()
        .filter(|restored| restored.dropped > 0 && !is_core(set))
        .map(|restored| (words.link_dropped)(restored.dropped, restored.other_version));
    // What this device keeps follows every answer while the visitor wants it kept. A core does
    // not know the path's answers yet, and would write them away: the whole set writes.
    let kept = (state.keeping == Keeping::Yes && (!is_core(set) || props.path_failed))
        .then(|| encode(set, &answers));
    use_effect_with((state.keeping, kept), {
        let on_remember = props.host.on_remember.clone();
        let name = AttrValue::from(set.name.clone());
        let dispatcher = state.dispatcher();
        move |(keeping, kept): &(Keeping, Option<String>)| {
            let worked = match (on_remember, keeping, kept) {
                (Some(on_remember), Keeping::Yes, Some(entry)) => {
                    on_remember.emit((name, Some(entry.clone())))
                }
                (Some(on_remember), Keeping::Forgotten, _) => on_remember.emit((name, None)),
                _ => true,
            };
            if !worked {
                dispatcher.dispatch(Action::Keep(Keeping::Refused));
            }
        }
    });
    let keeping = props.host.on_remember.as_ref().map(|_| state.keeping);
    // The answers came from this device: the fold starts open, so the visitor sees why they are
    // here, and how to forget them. Fixed at the start (`initial` changes when the whole set
    // arrives), so it never closes the fold under the visitor.
    let came_back = *use_state(|| props.initial.keeping == Keeping::Yes);
    let prefix = &props.host.id_prefix;
    let saving = || Saving {
        link_base: &props.host.link_base,
        on_copy: &props.host.on_copy,
        keeping,
        open: came_back,
        onaction: &onaction,
    };
    // Near the verdict until the path is open, whose checklist has its own.
    let save = (!props.pending && !answers.is_empty() && !state.path_open)
        .then(|| save_answers(set, &answers, saving(), format!("{prefix}-remember"), words));
    let path_save = match state.path_open {
        true => save_answers(
            set,
            &answers,
            saving(),
            format!("{prefix}-remember-path"),
            words,
        ),
        false => Html::default(),
    };
    let title_id = format!("{prefix}-title");
    // There is no submit button, but Enter in a text field would still submit the form and
    // navigate the host page away.
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    // Each open "Why?", built for it alone: the verdict is evaluated on every keystroke.
    let whys = state
        .why_open
        .iter()
        .filter_map(|id| Some((id.clone(), explain(set, &answers, id, &speech.formatting)?)))
        .collect::<Vec<_>>();
    // Only the build renders a first view (crates/first-view), so the wasm leaves it out.
    #[cfg(not(target_arch = "wasm32"))]
    let pending = props.pending.then(|| verdict.findings.clone());
    let verdict_part = html! {
        <VerdictPanel
            id_prefix={prefix.clone()}
            {verdict}
            whys={whys}
            onaction={onaction.clone()}
            apply_url={props.host.apply_url.clone()}
            link_target={props.host.link_target.clone()}
            {onapply}
            path_heading={set.path.as_ref().map(|path| AttrValue::from(path.heading.clone()))}
        />
    };
    #[cfg(not(target_arch = "wasm32"))]
    let verdict_part = match pending {
        Some(findings) => html! { <PendingVerdict id_prefix={prefix.clone()} {findings} /> },
        None => verdict_part,
    };

    html! {
        <div class="mte" part="container">
            <h2 class="mte-title" id={title_id.clone()}>{ set.heading.clone() }</h2>
            <p class="mte-intro">{ set.intro.clone() }</p>
            if set.unreviewed > 0 {
                <p class="mte-unreviewed">{ words.unreviewed }</p>
            }
            if let Some(dropped) = dropped {
                <p class="mte-link-note" role="status">{ dropped }</p>
            }
            <form class="mte-questions" aria-labelledby={title_id} novalidate=true {onsubmit}>
                <QuestionList
                    set={set.clone()}
                    part={Part::Check}
                    state={state.clone()}
                    answers={answers.clone()}
                    id_prefix={prefix.clone()}
                    onanswer={onaction.clone()}
                    all={props.pending}
                />
            </form>
            { verdict_part }
            // Always one node, shown or not: Yew pairs an unkeyed list's children from the end, so
            // a child that comes and goes would remake the questions above it, and lose focus.
            <div class="mte-save-slot">{ save }</div>
            <PathSection
                set={set.clone()}
                state={state.clone()}
                {answers}
                id_prefix={prefix.clone()}
                onaction={onaction}
                on_print={props.host.on_print.clone()}
                on_copy={props.host.on_copy.clone()}
                today={props.host.today.clone()}
                save={path_save}
                failed={props.path_failed}
            />
        </div>
    }
}

//! Takes over the first view the loader showed: reads what the visitor did in it, then hands the
//! shadow root to the check with those answers, focus and caret where they were. The first view
//! stays live until the swap, and what the visitor did in it meanwhile is replayed in the check,
//! so no click or keystroke is lost.

use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, HtmlInputElement, ShadowRoot};

use crate::first_view::{MARK, PREFIX};
use crate::ui::State;

/// The first view in a shadow root, until the check takes its place.
pub struct FirstView {
    root: Element,
    /// The shipped set it shows.
    set: String,
}

/// What it takes to put the check in a first view's place once the check is whole on screen:
/// Yew renders on the microtask queue but yields to the browser now and then, so the check is
/// not whole until its first `ready`.
pub struct Handover {
    /// The shadow root it is in.
    pub shadow: ShadowRoot,
    /// The check's root, to take its place.
    pub root: Element,
    /// The check's id prefix.
    pub prefix: String,
    /// The first view and the answers read from it, which the check started from; `None` when
    /// the check shows another set, which starts afresh.
    pub carried: Option<(FirstView, State)>,
}

impl Handover {
    /// Puts the check's root in the first view's place, in one step, so nothing shows or is read
    /// out twice; then gives the check each answer changed in the first view since it was read,
    /// and focuses what has focus, caret and all.
    pub fn run(self) {
        let focus = self
            .carried
            .as_ref()
            .and_then(|(first, _)| first.focus(&self.shadow));
        self.shadow.replace_children_with_node_1(&self.root);
        // The first view, now off the page, still holds what the visitor did in it. A question the
        // check shows only after an answer given in the gap is not there to replay into until Yew
        // renders again; rare, since the check starts from the answers read before the gap.
        if let Some((first, read)) = &self.carried {
            for control in controls(&first.root) {
                let (Some(question), radio) = (question(&control, PREFIX), option(&control)) else {
                    continue;
                };
                let now = match (&radio, control.dyn_ref::<HtmlInputElement>()) {
                    (Some(option), Some(input)) if input.checked() => option.clone(),
                    (Some(_), _) => continue,
                    _ => value(&control).unwrap_or_default(),
                };
                if read.entered.get(&question).map_or("", String::as_str) != now {
                    let prefix = &self.prefix;
                    let selector = match radio {
                        Some(_) => format!(r#"[name="{prefix}-{question}"][value="{now}"]"#),
                        None => format!("#{prefix}-{question}"),
                    };
                    replay(&self.root, &selector, &now);
                }
            }
        }
        if let Some(focus) = focus {
            focus.restore(&self.root, &self.prefix);
        }
    }
}

/// Gives the check's control at `selector` the `value`, as the visitor would: a radio button
/// clicked (the browser checks it and sends the click its component listens to), a field typed
/// in. Question and option ids are letters, digits and hyphens (the validator sees to it), so
/// they are safe in a selector.
fn replay(root: &Element, selector: &str, value: &str) {
    let Ok(Some(control)) = root.query_selector(selector) else {
        return;
    };
    let event = match (control.dyn_ref::<HtmlInputElement>(), option(&control)) {
        (Some(radio), Some(_)) => return radio.click(),
        (Some(input), None) => {
            input.set_value(value);
            "input"
        }
        (None, _) => return,
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(event, &init) {
        let _ = control.dispatch_event(&event);
    }
}

/// Which control had focus in the first view, by what it answers, and where its caret was.
pub struct Focus {
    /// Its question's id.
    question: String,
    /// The option, for a radio button.
    option: Option<String>,
    selection: Option<(u32, u32)>,
}

impl FirstView {
    /// The first view in `shadow`, if the loader showed one.
    pub fn find(shadow: &ShadowRoot) -> Option<FirstView> {
        let root = shadow.query_selector(&format!("[{MARK}]")).ok()??;
        let set = root.get_attribute(MARK)?;
        Some(FirstView { root, set })
    }

    /// Whether it shows the shipped set with this name, whose questions its answers are for.
    pub fn shows(&self, set: &str) -> bool {
        self.set == set
    }

    /// What the visitor entered and opened in it, as the check's starting state.
    pub fn read(&self) -> State {
        let mut state = State::default();
        for control in controls(&self.root) {
            if let Some((question, value)) = entry(&control) {
                state.entered.insert(question, value);
            }
        }
        state.path_open = self
            .root
            .query_selector("details.mte-path[open]")
            .ok()
            .flatten()
            .is_some();
        state
    }

    /// The control that has focus in it, if one has.
    pub fn focus(&self, shadow: &ShadowRoot) -> Option<Focus> {
        let active = shadow.active_element()?;
        let option = option(&active);
        Some(Focus {
            question: question(&active, PREFIX)?,
            selection: active
                .dyn_ref::<HtmlInputElement>()
                .filter(|_| option.is_none())
                .and_then(|input| {
                    Some((input.selection_start().ok()??, input.selection_end().ok()??))
                }),
            option,
        })
    }
}

impl Focus {
    /// Focuses the matching control under `root` (rendered with `prefix`), caret and all.
    pub fn restore(&self, root: &Element, prefix: &str) {
        let matching = controls(root).into_iter().find(|control| {
            question(control, prefix).as_ref() == Some(&self.question)
                && option(control) == self.option
        });
        let Some(control) = matching else {
            return;
        };
        let _ = control.focus();
        if let (Some((start, end)), Some(input)) =
            (self.selection, control.dyn_ref::<HtmlInputElement>())
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// The form controls under `root`, in document order.
fn controls(root: &Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all("input") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The id of the question a control answers: its name for a radio button (the group's), else its
/// id, without the `prefix` it was rendered with.
fn question(control: &Element, prefix: &str) -> Option<String> {
    let key = match control.dyn_ref::<HtmlInputElement>() {
        Some(radio) if radio.type_() == "radio" => radio.name(),
        _ => control.id(),
    };
    Some(key.strip_prefix(prefix)?.strip_prefix('-')?.to_owned())
}

/// The option a radio button stands for; `None` for any other control.
fn option(control: &Element) -> Option<String> {
    control
        .dyn_ref::<HtmlInputElement>()
        .filter(|input| input.type_() == "radio")
        .map(HtmlInputElement::value)
}

/// The question a control answers and what it holds, if it holds an answer.
fn entry(control: &HtmlElement) -> Option<(String, String)> {
    let value = match option(control) {
        Some(option) => control
            .dyn_ref::<HtmlInputElement>()?
            .checked()
            .then_some(option)?,
        None => value(control)?,
    };
    let question = question(control, PREFIX)?;
    (!value.is_empty()).then_some((question, value))
}

/// What a text field holds. A first view has no select (the build makes sure).
fn value(control: &HtmlElement) -> Option<String> {
    Some(control.dyn_ref::<HtmlInputElement>()?.value())
}

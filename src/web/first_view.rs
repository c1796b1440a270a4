//! Takes over the first view the loader showed: reads what the visitor did in it, then hands the
//! shadow root to the check with those answers, focus and caret where they were.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot};

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
    /// Which of its controls had focus.
    pub focus: Option<Focus>,
    /// The shadow root it is in.
    pub shadow: ShadowRoot,
    /// The check's root, to take its place.
    pub root: Element,
    /// The check's id prefix.
    pub prefix: String,
}

impl Handover {
    /// Puts the check's root in the first view's place, in one step, so nothing shows or is read
    /// out twice; then focuses what had focus, caret and all.
    pub fn run(self) {
        self.shadow.replace_children_with_node_1(&self.root);
        if let Some(focus) = self.focus {
            focus.restore(&self.root, &self.prefix);
        }
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

    /// Makes it inert while the check renders: what the visitor does from now on would not be
    /// carried over, so nothing can be done. It looks the same, and lasts a frame or so.
    pub fn freeze(&self) {
        let _ = self.root.set_attribute("inert", "");
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
    let Ok(list) = root.query_selector_all("input, select") else {
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
    let value = match (control.dyn_ref::<HtmlInputElement>(), option(control)) {
        (Some(radio), Some(option)) => radio.checked().then_some(option)?,
        (Some(input), None) => input.value(),
        (None, _) => control.dyn_ref::<HtmlSelectElement>()?.value(),
    };
    let question = question(control, PREFIX)?;
    (!value.is_empty()).then_some((question, value))
}

use yew::{AttrValue, Callback};

use super::{Speech, VisitorEvent};

/// What the host page gives a widget: where Apply goes, how ids are made unique, and whom to
/// tell what happens. The browser glue fills it in; tests leave most of it at its default.
#[derive(Clone, PartialEq)]
pub struct Host {
    /// Where applying happens; `None` when the host page gave no usable http(s) link.
    pub apply_url: Option<AttrValue>,
    /// The Apply link's target, such as `_blank`; `None` for the same tab.
    pub link_target: Option<AttrValue>,
    /// Prefix that makes element ids and radio names unique when several widgets share a page.
    pub id_prefix: AttrValue,
    /// Told the requirement ids once the check is first on screen.
    pub on_ready: Callback<Vec<String>>,
    /// Told what the visitor does: the first answer, each change of result, the Apply click.
    pub on_event: Callback<VisitorEvent>,
    /// Asks the browser to print the checklist.
    pub on_print: Callback<()>,
    /// Copies the checklist as text, then tells whether that worked.
    pub on_copy: Callback<(String, Callback<bool>)>,
    /// The language the widget speaks, and how numbers and dates are written in it.
    pub speech: Speech,
    /// The address a link to the visitor's answers starts with; `None` when the host turned the
    /// link off (and then no link is read either).
    pub link_base: Option<AttrValue>,
    /// Keeps a set's answers on this device, as `(set name, entry)`, or forgets them (no
    /// entry); says whether the browser allowed it. `None` when the widget may not offer it.
    pub on_remember: Option<Callback<(AttrValue, Option<String>), bool>>,
    /// The visitor's own date, `YYYY-MM-DD`: it tells which dated facts may be out of date.
    /// Empty (the default) counts every dated fact as possibly out of date.
    pub today: AttrValue,
}

impl Default for Host {
    fn default() -> Host {
        Host {
            apply_url: None,
            link_target: None,
            id_prefix: AttrValue::Static("mt-eligibility"),
            on_ready: Callback::default(),
            on_event: Callback::default(),
            on_print: Callback::default(),
            on_copy: Callback::default(),
            speech: Speech::default(),
            link_base: None,
            on_remember: None,
            today: AttrValue::Static(""),
        }
    }
}

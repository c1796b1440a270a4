use js_sys::Array;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The widget's styles (`styles/widget.css`, compacted by `build.rs`), compiled in so that a host
/// needs no extra request and no `style-src` exception.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    // One sheet, adopted by every instance's shadow root.
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(CSS).is_ok());
}

/// Gives the shadow root the widget's styles, in place of whatever it had adopted.
///
/// Constructed stylesheets are not inline styles, so a `style-src 'self'` policy allows them.
pub fn adopt(shadow: &ShadowRoot) {
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            shadow.set_adopted_style_sheets(&Array::of1(sheet));
        }
    });
}

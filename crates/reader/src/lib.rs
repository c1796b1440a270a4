//! The reader: the JSON reader, the validator and the translation reader of `mt-requirements`,
//! as a second wasm beside the widget's. The loader loads it only for a set a page writes in or
//! links to; the widget itself reads only compiled sets (`mt_requirements::compiled`), which the
//! build makes of the shipped ones. So a page with a shipped set never downloads this.

#![warn(missing_docs)]

use js_sys::{Array, Object, Reflect};
use mt_requirements::compiled::compile;
use mt_requirements::{read_text, read_translated};
use wasm_bindgen::prelude::*;

/// Reads and checks a requirement set's document, in the language of `translation` if one is
/// given: the set compiled, or (thrown) its problems, each `{ path, message }`.
#[wasm_bindgen]
pub fn read(document: &str, translation: Option<String>) -> Result<Vec<u8>, JsValue> {
    let read = match translation {
        Some(translation) => read_translated(document, &translation),
        None => read_text(document),
    };
    read.map(|set| compile(&set)).map_err(|problems| {
        problems
            .iter()
            .map(|problem| {
                let fields = Object::new();
                let _ = Reflect::set(&fields, &"path".into(), &problem.path.as_str().into());
                let _ = Reflect::set(&fields, &"message".into(), &problem.message.as_str().into());
                JsValue::from(fields)
            })
            .collect::<Array>()
            .into()
    })
}

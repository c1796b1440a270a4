//! The document format, `mt-eligibility/requirements@1`: JSON text is parsed ([`Json`]), read
//! into the document's shape ([`document`], through [`FromJson`]) and checked ([`validate`])
//! into an engine [`RequirementSet`](crate::RequirementSet). A document is used whole or not at
//! all; every problem names its JSON path.

mod aging;
pub mod document;
mod fields;
mod json;
mod locate;
mod translation;
mod validate;

pub use aging::{aged, Aged};
pub use fields::{Fields, FromJson, Location};
pub use json::{Json, Number, MAX_DEPTH};
pub use locate::locate;
pub use translation::{
    read_translated, texts, translate, Entry, Review, Text, TranslationDocument, TRANSLATION_FORMAT,
};
pub use validate::{read_text, validate, Problem, FORMAT, MAX_BYTES, MAX_REQUIREMENTS};

use crate::engine::template;
use crate::engine::{
    AskRule, Bulletin, ChoiceOption, Condition, Confidence, GapRule, Group, Line, Notice, Part,
    Path, Question, QuestionKind, Requirement, RequirementSet, Source, Step, Timing, Unit,
};

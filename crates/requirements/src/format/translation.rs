//! Translations of a set, one file per language beside it (`mt-agency.es.json` for
//! `mt-agency.json`), format `mt-eligibility/translation@1`. Each text of the set is named by a
//! key built from ids (`questions.degree-level.options.bachelor.label`), so reordering the set
//! breaks nothing; only gaps and ask cases, which have no ids, are numbered. A translation must
//! cover every text of the set's version, with the same placeholders, and nothing else.

use super::document::{
    KindDocument, OptionDocument, PathDocument, QuestionDocument, RequirementDocument, SetDocument,
    SourceDocument,
};
use super::fields::{Fields, FromJson, Location};
use super::json::Json;
use super::validate::{too_large, validate};
use super::Problem;
use crate::engine::calendar::day;
use crate::engine::RequirementSet;

/// The format tag every translation document carries.
pub const TRANSLATION_FORMAT: &str = "mt-eligibility/translation@1";

/// A translation document as people write it.
#[derive(Clone, Debug)]
pub struct TranslationDocument {
    /// Editors' hint to the schema file; ignored.
    pub schema: Option<String>,
    /// Must be [`TRANSLATION_FORMAT`].
    pub format: String,
    /// The `name` of the set it translates.
    pub set: String,
    /// The set `version` it was checked against: a new version of the set needs a new look.
    pub version: String,
    /// The language it is in, one of the set's `translations`.
    pub language: String,
    /// Key → text, in document order.
    pub strings: Vec<(String, Entry)>,
    /// Who reviewed every text, and when: only this record takes away the widget's note that no
    /// person has reviewed the translation.
    pub reviewed: Option<Review>,
}

/// A person's review of a whole translation, recorded in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// The reviewer's name.
    pub by: String,
    /// The day they finished, `YYYY-MM-DD`.
    pub on: String,
}

impl FromJson for Review {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(value, at, &["by", "on"])?;
        Ok(Review {
            by: fields.required("by")?,
            on: fields.required("on")?,
        })
    }
}

/// One translated text, and whether a person has reviewed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The text.
    pub text: Text,
    /// Written `{"draft": …}`: shown, but no person has reviewed it yet (a machine's, say).
    pub draft: bool,
}

/// A text of a set: one string, or paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A single string, such as a label.
    One(String),
    /// Paragraphs, such as a step's text.
    Paragraphs(Vec<String>),
}

impl FromJson for Text {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        match value {
            Json::Array(_) => Vec::from_json(value, at).map(Text::Paragraphs),
            _ => String::from_json(value, at).map(Text::One),
        }
    }
}

impl FromJson for Entry {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        if let Json::Object(_) = value {
            let fields = Fields::of(value, at, &["draft"])?;
            return Ok(Entry {
                text: fields.required("draft")?,
                draft: true,
            });
        }
        Ok(Entry {
            text: Text::from_json(value, at)?,
            draft: false,
        })
    }
}

impl FromJson for TranslationDocument {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let fields = Fields::of(
            value,
            at,
            &[
                "$schema", "format", "set", "version", "language", "strings", "reviewed",
            ],
        )?;
        let strings_at = Location::Member(at, "strings");
        let strings = match value {
            Json::Object(members) => members.iter().find(|(name, _)| name == "strings"),
            _ => None,
        };
        let strings = match strings.map(|(_, strings)| strings) {
            Some(Json::Object(members)) => {
                // A plain loop: collecting into a Result is a large adapter in the widget.
                let mut strings = Vec::with_capacity(members.len());
                for (key, value) in members {
                    strings.push((key.clone(), Entry::from_json(value, &strings_at)?));
                }
                strings
            }
            Some(_) => return Err(strings_at.problem("expected an object of texts".into())),
            None => return Err(at.problem("missing field `strings`".into())),
        };
        Ok(TranslationDocument {
            schema: fields.optional("$schema")?,
            format: fields.required("format")?,
            set: fields.required("set")?,
            version: fields.required("version")?,
            language: fields.required("language")?,
            strings,
            reviewed: fields.optional("reviewed")?,
        })
    }
}

/// A text's place in a set: its key and the field it is in.
enum Slot<'a> {
    One(&'a mut String),
    Paragraphs(&'a mut Vec<String>),
}

/// Every translatable text of a set, with its key, in document order. Ids, conditions, links
/// and dates are not texts.
fn slots(document: &mut SetDocument) -> Vec<(String, Slot<'_>)> {
    let mut slots = Vec::new();
    slots.push(("title".into(), Slot::One(&mut document.title)));
    slots.push(("heading".into(), Slot::One(&mut document.heading)));
    slots.push(("intro".into(), Slot::One(&mut document.intro)));
    for question in &mut document.questions {
        question_slots("questions", question, &mut slots);
    }
    for requirement in &mut document.requirements {
        requirement_slots(requirement, &mut slots);
    }
    if let Some(path) = &mut document.path {
        path_slots(path, &mut slots);
    }
    slots
}

fn question_slots<'a>(
    prefix: &str,
    question: &'a mut QuestionDocument,
    slots: &mut Vec<(String, Slot<'a>)>,
) {
    let at = key(prefix, &question.id);
    slots.push((key(&at, "label"), Slot::One(&mut question.label)));
    if let Some(help) = &mut question.help {
        slots.push((key(&at, "help"), Slot::One(help)));
    }
    for option in &mut question.options {
        let option_at = key(&key(&at, "options"), &option.id);
        slots.push((key(&option_at, "label"), Slot::One(&mut option.label)));
        if let Some(phrase) = &mut option.phrase {
            slots.push((key(&option_at, "phrase"), Slot::One(phrase)));
        }
    }
    if let Some(unit) = &mut question.unit {
        slots.push((key(&at, "unit.one"), Slot::One(&mut unit.one)));
        slots.push((key(&at, "unit.other"), Slot::One(&mut unit.other)));
    }
}

/// A text's key: `at` and `name`, joined by a dot. One function for every key, not a `format!`
/// each: the keys are built in the widget, for every text of a set in another language.
fn key(at: &str, name: &str) -> String {
    [at, ".", name].concat()
}

fn source_slot<'a>(at: &str, source: &'a mut SourceDocument, slots: &mut Vec<(String, Slot<'a>)>) {
    slots.push((key(at, "source.title"), Slot::One(&mut source.title)));
}

fn requirement_slots<'a>(
    requirement: &'a mut RequirementDocument,
    slots: &mut Vec<(String, Slot<'a>)>,
) {
    let at = key("requirements", &requirement.id);
    slots.push((key(&at, "title"), Slot::One(&mut requirement.title)));
    if let Some(description) = &mut requirement.description {
        slots.push((key(&at, "description"), Slot::One(description)));
    }
    slots.push((key(&at, "rule"), Slot::One(&mut requirement.rule)));
    slots.push((key(&at, "met"), Slot::One(&mut requirement.met)));
    slots.push((
        key(&at, "unanswered"),
        Slot::One(&mut requirement.unanswered),
    ));
    slots.push((
        key(&at, "not_met"),
        Slot::Paragraphs(&mut requirement.not_met),
    ));
    for (index, gap) in requirement.gaps.iter_mut().enumerate() {
        slots.push((
            format!("{at}.gaps.{index}.advice"),
            Slot::Paragraphs(&mut gap.advice),
        ));
    }
    for (index, ask) in requirement.ask.iter_mut().enumerate() {
        slots.push((
            format!("{at}.ask.{index}.advice"),
            Slot::Paragraphs(&mut ask.advice),
        ));
    }
    source_slot(&at, &mut requirement.source, slots);
}

fn path_slots<'a>(path: &'a mut PathDocument, slots: &mut Vec<(String, Slot<'a>)>) {
    slots.push(("path.heading".into(), Slot::One(&mut path.heading)));
    slots.push(("path.intro".into(), Slot::One(&mut path.intro)));
    for question in &mut path.questions {
        question_slots("path.questions", question, slots);
    }
    for group in &mut path.groups {
        slots.push((
            key(&key("path.groups", &group.id), "title"),
            Slot::One(&mut group.title),
        ));
    }
    for step in &mut path.steps {
        let at = key("path.steps", &step.id);
        slots.push((key(&at, "title"), Slot::One(&mut step.title)));
        slots.push((key(&at, "text"), Slot::Paragraphs(&mut step.text)));
        source_slot(&at, &mut step.source, slots);
        if let Some(timing) = &mut step.timing {
            let at = key(&at, "timing");
            slots.push((key(&at, "text"), Slot::One(&mut timing.text)));
            source_slot(&at, &mut timing.source, slots);
        }
    }
    for notice in &mut path.notices {
        let at = key("path.notices", &notice.id);
        slots.push((key(&at, "title"), Slot::One(&mut notice.title)));
        slots.push((key(&at, "text"), Slot::Paragraphs(&mut notice.text)));
        source_slot(&at, &mut notice.source, slots);
    }
    if let Some(bulletin) = &mut path.bulletin {
        slots.push((
            "path.bulletin.current.title".into(),
            Slot::One(&mut bulletin.current.title),
        ));
        for line in &mut bulletin.lines {
            source_slot(
                &key("path.bulletin.lines", &line.option),
                &mut line.source,
                slots,
            );
        }
    }
}

/// A yes-no question's options are the format's own "Yes" and "No"; a translation names them
/// like any choice's, so the question is spelled out as one.
fn spell_out_yes_no(document: &mut SetDocument) {
    let questions = document.questions.iter_mut().chain(
        document
            .path
            .iter_mut()
            .flat_map(|path| path.questions.iter_mut()),
    );
    for question in questions.filter(|question| question.kind == KindDocument::YesNo) {
        question.kind = KindDocument::Choice;
        question.options = [("yes", "Yes"), ("no", "No")]
            .map(|(id, label)| OptionDocument {
                id: id.into(),
                label: label.into(),
                phrase: None,
            })
            .into();
    }
}

/// Every text of a set, by key: what a translation must cover. `--template` prints it.
pub fn texts(document: &SetDocument) -> Vec<(String, Text)> {
    let mut document = document.clone();
    spell_out_yes_no(&mut document);
    slots(&mut document)
        .into_iter()
        .map(|(key, slot)| {
            let text = match slot {
                Slot::One(text) => Text::One(text.clone()),
                Slot::Paragraphs(paragraphs) => Text::Paragraphs(paragraphs.clone()),
            };
            (key, text)
        })
        .collect()
}

/// The set's document with every text replaced by the translation's, and how many of its texts
/// no person has reviewed: none with a review record, else all. Every problem is reported at
/// once: missing, surplus and misshapen texts, placeholders that differ from the set's, and a
/// review record that is incomplete or leaves drafts.
pub fn translate(
    mut document: SetDocument,
    translation: TranslationDocument,
) -> Result<(SetDocument, usize), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut problem = |path: String, message: String| problems.push(Problem { path, message });
    if translation.format != TRANSLATION_FORMAT {
        problem(
            "$.format".into(),
            format!(
                "must be \"{TRANSLATION_FORMAT}\", not \"{}\"",
                translation.format
            ),
        );
    }
    if translation.set != document.name {
        problem(
            "$.set".into(),
            format!(
                "translates \"{}\", but the set is \"{}\"",
                translation.set, document.name
            ),
        );
    }
    if translation.version != document.version {
        problem(
            "$.version".into(),
            format!(
                "was checked against version \"{}\"; the set is now \"{}\". Compare the texts that changed, then set the new version",
                translation.version, document.version
            ),
        );
    }
    if !document.translations.contains(&translation.language) {
        problem(
            "$.language".into(),
            format!(
                "\"{}\" is not among the set's translations ({})",
                translation.language,
                // As `&str`s: joining `String`s too would put a second copy of `join` in the widget.
                document
                    .translations
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    // Searched in order: a few hundred keys take well under a millisecond, and neither a hash
    // map nor a sort adds its code to the wasm.
    let mut entries: Vec<(&str, &Entry, bool)> = Vec::with_capacity(translation.strings.len());
    for (key, entry) in &translation.strings {
        entries.push((key.as_str(), entry, false));
    }
    for (index, (key, _, _)) in entries.iter().enumerate() {
        if entries[..index]
            .iter()
            .any(|(earlier, _, _)| earlier == key)
        {
            problem(at(key), "appears twice".into());
        }
    }
    let original = document.language.clone().unwrap_or_else(|| "en".into());
    spell_out_yes_no(&mut document);
    let mut drafts = 0;
    for (key, slot) in slots(&mut document) {
        let found = entries
            .iter_mut()
            .find(|(candidate, _, used)| !*used && *candidate == key);
        let Some((_, entry, used)) = found else {
            let english = match &slot {
                Slot::One(text) => text.to_string(),
                Slot::Paragraphs(paragraphs) => paragraphs
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            problem(
                "$.strings".into(),
                format!("missing \"{key}\" (the set's text: \"{english}\")"),
            );
            continue;
        };
        *used = true;
        let entry: &Entry = entry;
        drafts += usize::from(entry.draft);
        match (slot, &entry.text) {
            (Slot::One(text), Text::One(translated)) => {
                if let Some(message) = mismatch(&[text.as_str()], &[translated.as_str()]) {
                    problem(at(&key), message);
                }
                *text = translated.clone();
            }
            (Slot::Paragraphs(paragraphs), Text::Paragraphs(translated)) => {
                let original: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
                let translated_refs: Vec<&str> = translated.iter().map(String::as_str).collect();
                if let Some(message) = mismatch(&original, &translated_refs) {
                    problem(at(&key), message);
                }
                *paragraphs = translated.clone();
            }
            (Slot::One(_), Text::Paragraphs(_)) => {
                problem(at(&key), "must be one string, as in the set".into())
            }
            (Slot::Paragraphs(paragraphs), Text::One(_)) => problem(
                at(&key),
                format!(
                    "must be a list of {} paragraph(s), as in the set",
                    paragraphs.len()
                ),
            ),
        }
    }
    for (key, _, used) in &entries {
        if !used {
            problem(at(key), "the set has no such text".into());
        }
    }
    // Reviewing is a person's act: the record names them and the day, and leaves no draft.
    let unreviewed = match &translation.reviewed {
        Some(review) => {
            if review.by.trim().is_empty() {
                problem(
                    "$.reviewed.by".into(),
                    "is empty: write the name of the person who reviewed every text".into(),
                );
            }
            if day(&review.on).is_none() {
                problem(
                    "$.reviewed.on".into(),
                    format!("\"{}\" is not a date written YYYY-MM-DD", review.on),
                );
            }
            if drafts > 0 {
                let still = match drafts {
                    1 => "1 text is still a draft".to_owned(),
                    many => format!("{many} texts are still drafts"),
                };
                problem(
                    "$.reviewed".into(),
                    format!("says a person reviewed every text, but {still}: review each and write it without {{\"draft\": …}}, or remove \"reviewed\""),
                );
            }
            0
        }
        // Without the record, every text counts as not reviewed, drafts or not.
        None => translation.strings.len(),
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let others = std::mem::take(&mut document.translations);
    document.translations = vec![original];
    for other in others {
        if other != translation.language {
            document.translations.push(other);
        }
    }
    document.language = Some(translation.language);
    Ok((document, unreviewed))
}

fn at(key: &str) -> String {
    format!("$.strings[\"{key}\"]")
}

/// Why translated paragraphs cannot stand in for the set's: a different count, an empty one, or
/// other placeholders (which would show an answer the text does not mean, or none).
fn mismatch(original: &[&str], translated: &[&str]) -> Option<String> {
    if original.len() != translated.len() {
        return Some(format!(
            "has {} paragraph(s); the set has {}",
            translated.len(),
            original.len()
        ));
    }
    let numbered = original.len() > 1;
    for (index, (original, translated)) in original.iter().zip(translated).enumerate() {
        let which = if numbered {
            format!("paragraph {}", index + 1)
        } else {
            "the text".into()
        };
        if translated.trim().is_empty() {
            return Some(format!("{which} is empty"));
        }
        let (wanted, found) = (braced(original), braced(translated));
        if wanted != found {
            let listed = |braced: Vec<&str>| {
                if braced.is_empty() {
                    "none".to_owned()
                } else {
                    braced.join(", ")
                }
            };
            return Some(format!(
                "{which} has the placeholders {}; the set's text has {}",
                listed(found),
                listed(wanted)
            ));
        }
    }
    None
}

/// A text's placeholders as written (`{work-state}`), sorted: their order may change in
/// translation, their number may not. Kept sorted as they are found: a text has a few, and the
/// slice sort would bring its whole quicksort into the widget (about 1 KB gzip).
fn braced(text: &str) -> Vec<&str> {
    let mut braced: Vec<&str> = Vec::new();
    for (open, _) in text.match_indices('{') {
        if let Some(close) = text[open..].find('}') {
            let placeholder = &text[open..=open + close];
            let at = braced.partition_point(|known| *known <= placeholder);
            braced.insert(at, placeholder);
        }
    }
    braced
}

/// Reads a set and its translation and checks both, as the widget does for a visitor in that
/// language: the translated set, or every problem.
pub fn read_translated(set: &str, translation: &str) -> Result<RequirementSet, Vec<Problem>> {
    for text in [set, translation] {
        if let Some(problem) = too_large(text.len()) {
            return Err(vec![problem]);
        }
    }
    let document = SetDocument::from_json(
        &Json::parse(set).map_err(|problem| vec![problem])?,
        &Location::Root,
    )
    .map_err(|problem| vec![problem])?;
    let translation = TranslationDocument::from_json(
        &Json::parse(translation).map_err(|problem| vec![problem])?,
        &Location::Root,
    )
    .map_err(|problem| vec![problem])?;
    let (document, unreviewed) = translate(document, translation)?;
    let mut set = validate(document)?;
    set.unreviewed = unreviewed;
    Ok(set)
}

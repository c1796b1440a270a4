//! The compiled form of a checked set: what the build makes of each shipped set, in each language,
//! so the widget loads them without the JSON reader, the validator or the translation reader.
//! A compact byte form of [`RequirementSet`]: numbers as LEB128, texts and lists as a count and
//! their items, variants as one byte. It holds only what [`validate`](crate::validate) let
//! through, so [`load`] checks only that the bytes are whole; a cut or altered file gives `None`,
//! never a panic.

use crate::engine::{
    AskRule, Bulletin, ChoiceOption, Condition, Confidence, Criterion, Decider, GapRule, Group,
    Line, Notice, Part, Path, Question, QuestionKind, Requirement, RequirementSet, Source, Step,
    Timing, Unit,
};

/// The first bytes of a compiled set, with the form's version: a file of another form is refused.
pub const MAGIC: &[u8; 4] = b"MTS2";

/// The compiled form of a checked set.
pub fn compile(set: &RequirementSet) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    set.put(&mut out);
    out
}

/// What a widget needs of a set before its first verdict: the set without its path's questions,
/// groups and steps, the path's heading and intro kept for its summary; `None` for a set with no
/// path, which is whole already. The widget loads the whole set when the path is wanted.
pub fn core(set: &RequirementSet) -> Option<RequirementSet> {
    let path = set.path.as_ref()?;
    Some(RequirementSet {
        questions: set
            .questions
            .iter()
            .filter(|question| question.part == Part::Check)
            .cloned()
            .collect(),
        path: Some(Path {
            heading: path.heading.clone(),
            intro: path.intro.clone(),
            groups: Vec::new(),
            steps: Vec::new(),
            notices: Vec::new(),
            bulletin: None,
            fresh_days: path.fresh_days,
        }),
        ..set.clone()
    })
}

/// Whether `set` is a [`core`]: its path's details are still to come (a checked set's path
/// always has a step).
pub fn is_core(set: &RequirementSet) -> bool {
    set.path.as_ref().is_some_and(|path| path.steps.is_empty())
}

/// The set a compiled form holds, or `None` if the bytes are not a whole compiled set.
pub fn load(bytes: &[u8]) -> Option<RequirementSet> {
    let mut input = Input {
        rest: bytes.strip_prefix(MAGIC)?,
        broken: false,
    };
    let set = RequirementSet::take(&mut input);
    (!input.broken && input.rest.is_empty()).then_some(set)
}

/// The bytes still to read. Reading past a broken place gives empty values and marks the input
/// broken, instead of returning early: early returns drop each half-built value their own way,
/// which costs kilobytes of wasm; [`load`] refuses a broken input at the end.
struct Input<'a> {
    rest: &'a [u8],
    broken: bool,
}

impl Input<'_> {
    /// Marks the input broken: nothing more is read from it.
    fn break_off(&mut self) {
        self.broken = true;
        self.rest = &[];
    }

    fn byte(&mut self) -> u8 {
        match self.rest.split_first() {
            Some((&first, rest)) => {
                self.rest = rest;
                first
            }
            None => {
                self.break_off();
                0
            }
        }
    }

    /// An unsigned LEB128 number.
    fn number(&mut self) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte();
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return value;
            }
        }
        self.break_off();
        0
    }

    /// A count of items, each at least a byte long: one larger than what is left is a broken
    /// file, not a reason to reserve memory.
    fn count(&mut self) -> usize {
        let count = self.number();
        if count > self.rest.len() as u64 {
            self.break_off();
            return 0;
        }
        count as usize
    }

    /// A number that must fit `T`.
    fn fitting<T: TryFrom<u64> + Default>(&mut self) -> T {
        let number = self.number();
        T::try_from(number).unwrap_or_else(|_| {
            self.break_off();
            T::default()
        })
    }
}

fn put_number(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A value with a compiled form.
trait Compact: Sized {
    fn put(&self, out: &mut Vec<u8>);
    /// The value read, or an empty one once the input is broken.
    fn take(input: &mut Input) -> Self;
}

impl Compact for String {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(out, self.len() as u64);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(input: &mut Input) -> Self {
        let count = input.count();
        let (text, rest) = input.rest.split_at(count);
        input.rest = rest;
        match std::str::from_utf8(text) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                input.break_off();
                String::new()
            }
        }
    }
}

impl Compact for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(out, *self);
    }
    fn take(input: &mut Input) -> Self {
        input.number()
    }
}

impl Compact for u32 {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(out, u64::from(*self));
    }
    fn take(input: &mut Input) -> Self {
        input.fitting()
    }
}

impl Compact for usize {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(out, *self as u64);
    }
    fn take(input: &mut Input) -> Self {
        input.fitting()
    }
}

impl Compact for i64 {
    fn put(&self, out: &mut Vec<u8>) {
        // Zigzag: small negative numbers stay short.
        put_number(out, ((self << 1) ^ (self >> 63)) as u64);
    }
    fn take(input: &mut Input) -> Self {
        let value = input.number();
        (value >> 1) as i64 ^ -((value & 1) as i64)
    }
}

impl Compact for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(input: &mut Input) -> Self {
        match input.byte() {
            0 => false,
            1 => true,
            _ => {
                input.break_off();
                false
            }
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(out, self.len() as u64);
        for item in self {
            item.put(out);
        }
    }
    fn take(input: &mut Input) -> Self {
        let count = input.count();
        // A plain loop: collecting through iterator adapters costs kilobytes of wasm per item type.
        let mut items = Vec::new();
        for _ in 0..count {
            items.push(T::take(input));
        }
        items
    }
}

impl<T: Compact> Compact for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.put(out);
            }
        }
    }
    fn take(input: &mut Input) -> Self {
        match input.byte() {
            0 => None,
            1 => Some(T::take(input)),
            _ => {
                input.break_off();
                None
            }
        }
    }
}

/// A struct's compiled form: its fields, in the order written.
macro_rules! compact_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Compact for $type {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$field.put(out);)*
            }
            fn take(input: &mut Input) -> Self {
                $type { $($field: Compact::take(input),)* }
            }
        }
    };
}

/// A field-less enum's compiled form: one byte, its variant's place in the list.
macro_rules! compact_enum {
    ($type:ident { $($variant:ident),* $(,)? }) => {
        impl Compact for $type {
            fn put(&self, out: &mut Vec<u8>) {
                // Listed in the order declared, so a variant's place is its discriminant; the
                // round trip of every shipped set holds the two lists together.
                out.push(*self as u8);
            }
            fn take(input: &mut Input) -> Self {
                let variants = [$($type::$variant),*];
                match variants.get(usize::from(input.byte())) {
                    Some(variant) => *variant,
                    None => {
                        input.break_off();
                        variants[0]
                    }
                }
            }
        }
    };
}

compact_struct!(RequirementSet {
    name,
    title,
    version,
    effective,
    heading,
    intro,
    questions,
    requirements,
    path,
    language,
    translations,
    unreviewed,
});
compact_struct!(Path {
    heading,
    intro,
    groups,
    steps,
    notices,
    bulletin,
    fresh_days,
});
compact_struct!(Timing {
    text,
    confidence,
    source,
    checked,
    after,
});
compact_struct!(Notice {
    id,
    title,
    text,
    when,
    confidence,
    source,
    as_of,
});
compact_struct!(Bulletin {
    question,
    step,
    category,
    current,
    lines,
});
compact_struct!(Line {
    option,
    month,
    date,
    source,
});
compact_struct!(Group {
    id,
    title,
    exclusive
});
compact_struct!(Step {
    id,
    group,
    title,
    when,
    text,
    confidence,
    source,
    verified,
    timing,
});
compact_struct!(Question {
    id,
    label,
    help,
    kind,
    ask_when,
    part
});
compact_struct!(ChoiceOption { id, label, phrase });
compact_struct!(Unit { one, other });
compact_struct!(Requirement {
    id,
    title,
    description,
    criterion,
    confidence,
    condition,
    rule,
    met,
    unanswered,
    not_met,
    gaps,
    ask,
    source,
    verified,
});
compact_struct!(GapRule { when, advice });
compact_struct!(AskRule {
    when,
    decides,
    advice
});
compact_struct!(Source { title, url });
compact_enum!(Part { Check, Path });
compact_enum!(Criterion { Agency, External });
compact_enum!(Confidence {
    Primary,
    Secondary,
    Unverified
});
compact_enum!(Decider {
    LicensureTeam,
    Evaluation,
    Board
});

impl Compact for QuestionKind {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            QuestionKind::Choice(options) => {
                out.push(0);
                options.put(out);
            }
            QuestionKind::WholeNumber { min, max, unit } => {
                out.push(1);
                min.put(out);
                max.put(out);
                unit.put(out);
            }
        }
    }
    fn take(input: &mut Input) -> Self {
        match input.byte() {
            1 => QuestionKind::WholeNumber {
                min: Compact::take(input),
                max: Compact::take(input),
                unit: Compact::take(input),
            },
            kind => {
                if kind != 0 {
                    input.break_off();
                }
                QuestionKind::Choice(Compact::take(input))
            }
        }
    }
}

impl Compact for Condition {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Condition::All(parts) => {
                out.push(0);
                parts.put(out);
            }
            Condition::Any(parts) => {
                out.push(1);
                parts.put(out);
            }
            Condition::Not(part) => {
                out.push(2);
                part.put(out);
            }
            Condition::In { question, options } => {
                out.push(3);
                question.put(out);
                options.put(out);
            }
            Condition::AtLeast { question, value } => {
                out.push(4);
                question.put(out);
                value.put(out);
            }
            Condition::AtMost { question, value } => {
                out.push(5);
                question.put(out);
                value.put(out);
            }
        }
    }
    fn take(input: &mut Input) -> Self {
        match input.byte() {
            1 => Condition::Any(Compact::take(input)),
            2 => Condition::Not(Box::new(Condition::take(input))),
            3 => Condition::In {
                question: Compact::take(input),
                options: Compact::take(input),
            },
            4 => Condition::AtLeast {
                question: Compact::take(input),
                value: Compact::take(input),
            },
            5 => Condition::AtMost {
                question: Compact::take(input),
                value: Compact::take(input),
            },
            kind => {
                if kind != 0 {
                    input.break_off();
                }
                Condition::All(Compact::take(input))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_text;

    fn shipped(name: &str) -> RequirementSet {
        let path = format!(
            "{}/../../requirements/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        read_text(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn every_shipped_set_loads_back_as_it_was_read() {
        for name in ["mt-agency", "mlt"] {
            let set = shipped(name);
            let compiled = compile(&set);
            assert_eq!(load(&compiled).as_ref(), Some(&set), "{name}");
        }
    }

    #[test]
    fn a_cut_altered_or_foreign_file_is_refused_without_a_panic() {
        let compiled = compile(&shipped("mlt"));
        for cut in [0, 3, 4, 5, compiled.len() / 2, compiled.len() - 1] {
            assert_eq!(load(&compiled[..cut]), None, "cut at {cut}");
        }
        let mut longer = compiled.clone();
        longer.push(0);
        assert_eq!(load(&longer), None, "bytes after the set");
        assert_eq!(load(b"MTS2"), None, "another form");
        // Any single byte changed either still reads whole or is refused; it never panics.
        for at in 4..compiled.len() {
            let mut altered = compiled.clone();
            altered[at] ^= 0xff;
            let _ = load(&altered);
        }
        // A count far larger than the file reserves nothing.
        let mut huge = MAGIC.to_vec();
        put_number(&mut huge, u64::MAX >> 1);
        assert_eq!(load(&huge), None);
    }

    #[test]
    fn a_core_keeps_the_check_whole_and_the_paths_summary() {
        let set = shipped("mt-agency");
        let core = core(&set).expect("the agency's set has a path");
        assert!(is_core(&core));
        assert_eq!(core.requirements, set.requirements);
        let asked = |set: &RequirementSet, part| {
            set.questions
                .iter()
                .filter(|question| question.part == part)
                .count()
        };
        assert_eq!(asked(&core, Part::Check), asked(&set, Part::Check));
        assert_eq!(asked(&core, Part::Path), 0);
        assert!(asked(&set, Part::Path) > 0);
        let (path, whole) = (core.path.unwrap(), set.path.unwrap());
        assert_eq!((path.heading, path.intro), (whole.heading, whole.intro));
        assert!(path.steps.is_empty() && path.groups.is_empty());
        assert!(!is_core(&shipped("mt-agency")) && !is_core(&shipped("mlt")));
        assert_eq!(super::core(&shipped("mlt")), None, "no path: whole already");
    }

    #[test]
    fn numbers_keep_their_value_at_the_edges() {
        for value in [0, 1, -1, 63, -64, 64, i64::MAX, i64::MIN] {
            let mut out = Vec::new();
            value.put(&mut out);
            let mut input = Input {
                rest: &out,
                broken: false,
            };
            assert_eq!(i64::take(&mut input), value);
            assert!(!input.broken && input.rest.is_empty());
        }
    }
}

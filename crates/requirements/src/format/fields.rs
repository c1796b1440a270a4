//! Reading typed fields out of parsed JSON, each with its JSON path for the problem if it cannot
//! be read. Hand-written rather than serde-derived: serde's generated readers were a quarter of
//! the widget's download.

use std::fmt;

use super::json::{Json, Number};
use super::Problem;

/// Where a value sits in a document, such as `$.requirements[1].condition`. It is spelled out only
/// for a problem: formatting the path of every value read took most of the reading time.
#[derive(Clone, Copy, Debug)]
pub enum Location<'a> {
    /// The document itself: `$`.
    Root,
    /// A member of the object at a location.
    Member(&'a Location<'a>, &'a str),
    /// An item of the array at a location.
    Item(&'a Location<'a>, usize),
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Root => f.write_str("$"),
            Location::Member(object, name) => write!(f, "{object}.{name}"),
            Location::Item(array, index) => write!(f, "{array}[{index}]"),
        }
    }
}

impl Location<'_> {
    /// A problem with the value here.
    pub fn problem(&self, message: String) -> Problem {
        Problem {
            path: self.to_string(),
            message,
        }
    }
}

fn wrong_type(at: &Location, expected: &str, found: &Json) -> Problem {
    at.problem(format!("expected {expected}, found {}", found.kind()))
}

/// A value that can be read from JSON; `at` says where it is, for the problem if it cannot.
pub trait FromJson: Sized {
    /// Reads the value at `at`.
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem>;
}

impl FromJson for String {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        match value {
            Json::String(text) => Ok(text.clone()),
            other => Err(wrong_type(at, "a string", other)),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        match value {
            Json::Bool(flag) => Ok(*flag),
            other => Err(wrong_type(at, "true or false", other)),
        }
    }
}

impl FromJson for i64 {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        match value {
            Json::Number(Number::Whole(n)) => Ok(*n),
            Json::Number(_) => Err(at.problem(
                "expected a whole number, found a fraction, an exponent or a huge number".into(),
            )),
            other => Err(wrong_type(at, "a whole number", other)),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        let Json::Array(items) = value else {
            return Err(wrong_type(at, "an array", value));
        };
        // A plain loop: collecting into a Result is a large adapter for every item type.
        let mut read = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            read.push(T::from_json(item, &Location::Item(at, index))?);
        }
        Ok(read)
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: &Json, at: &Location) -> Result<Self, Problem> {
        T::from_json(value, at).map(Box::new)
    }
}

/// The members of one JSON object, read by name. Members not in the known list are refused, so a
/// misspelt field is an error rather than a silently missing one.
pub struct Fields<'a> {
    at: &'a Location<'a>,
    members: &'a [(String, Json)],
}

impl<'a> Fields<'a> {
    /// The object at `at`, whose members must all be among `known`.
    pub fn of(
        value: &'a Json,
        at: &'a Location<'a>,
        known: &[&str],
    ) -> Result<Fields<'a>, Problem> {
        let Json::Object(members) = value else {
            return Err(wrong_type(at, "an object", value));
        };
        if let Some((name, _)) = members
            .iter()
            .find(|(name, _)| !known.contains(&name.as_str()))
        {
            return Err(at.problem(format!(
                "unknown field `{name}`, expected one of `{}`",
                known.join("`, `")
            )));
        }
        let repeated = members
            .iter()
            .enumerate()
            .find(|(index, (name, _))| members[..*index].iter().any(|(seen, _)| seen == name));
        if let Some((_, (name, _))) = repeated {
            return Err(at.problem(format!("duplicate field `{name}`")));
        }
        Ok(Fields { at, members })
    }

    fn get(&self, name: &str) -> Option<&'a Json> {
        self.members
            .iter()
            .find(|(member, _)| member == name)
            .map(|(_, value)| value)
    }

    /// A member that must be there.
    pub fn required<T: FromJson>(&self, name: &str) -> Result<T, Problem> {
        match self.get(name) {
            Some(value) => T::from_json(value, &Location::Member(self.at, name)),
            None => Err(self.missing(name)),
        }
    }

    /// Kept out of line: written into every reader of a required field, it cost the widget
    /// several hundred bytes.
    #[inline(never)]
    fn missing(&self, name: &str) -> Problem {
        self.at.problem(format!("missing field `{name}`"))
    }

    /// A member that may be left out or `null`, then its type's default (`false`, empty).
    pub fn or_default<T: FromJson + Default>(&self, name: &str) -> Result<T, Problem> {
        Ok(self.optional(name)?.unwrap_or_default())
    }

    /// A member that may be left out or `null`.
    pub fn optional<T: FromJson>(&self, name: &str) -> Result<Option<T>, Problem> {
        match self.get(name) {
            None | Some(Json::Null) => Ok(None),
            Some(value) => T::from_json(value, &Location::Member(self.at, name)).map(Some),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Json {
        Json::parse(text).unwrap()
    }

    #[test]
    fn fields_are_read_with_their_paths() {
        let value = parse(r#"{ "name": "x", "max": "six", "list": [1, true] }"#);
        let fields = Fields::of(
            &value,
            &Location::Member(&Location::Root, "q"),
            &["name", "max", "list", "min"],
        )
        .unwrap();
        assert_eq!(fields.required::<String>("name").unwrap(), "x");
        assert_eq!(fields.optional::<i64>("min").unwrap(), None);
        assert_eq!(
            fields.required::<i64>("max").unwrap_err().to_string(),
            r#"$.q.max: expected a whole number, found the string "six""#
        );
        assert_eq!(
            fields.required::<Vec<i64>>("list").unwrap_err().to_string(),
            "$.q.list[1]: expected a whole number, found a boolean"
        );
        assert_eq!(
            fields.required::<String>("label").unwrap_err().to_string(),
            "$.q: missing field `label`"
        );
    }

    #[test]
    fn unknown_repeated_and_wrongly_shaped_members_are_refused() {
        let refused = |text: &str, known: &[&str]| {
            Fields::of(&parse(text), &Location::Root, known)
                .err()
                .map(|problem| problem.to_string())
        };
        assert_eq!(
            refused(r#"{ "rules": null }"#, &["rule", "id"]).as_deref(),
            Some("$: unknown field `rules`, expected one of `rule`, `id`")
        );
        assert_eq!(
            refused(r#"{ "id": "a", "id": "b" }"#, &["id"]).as_deref(),
            Some("$: duplicate field `id`")
        );
        assert_eq!(
            refused("[]", &[]).as_deref(),
            Some("$: expected an object, found an array")
        );
    }

    #[test]
    fn numbers_must_be_whole() {
        assert_eq!(i64::from_json(&parse("12"), &Location::Root), Ok(12));
        assert_eq!(i64::from_json(&parse("-3"), &Location::Root), Ok(-3));
        for text in ["1.5", "12.0", "1e3", "99999999999999999999"] {
            assert!(
                i64::from_json(&parse(text), &Location::Root).is_err(),
                "{text}"
            );
        }
    }
}

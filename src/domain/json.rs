//! Parsed JSON, as the browser's `JSON.parse` (or `serde_json` in tools) hands it over, and reading
//! typed fields out of it with the JSON path of each. Hand-written rather than serde-derived:
//! serde's generated readers were a quarter of the widget's download.

use super::Problem;

/// How deep documents may nest; real sets nest about ten levels, and this keeps recursion bounded.
pub const MAX_DEPTH: usize = 64;

/// One parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number; JSON has one number type.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members, in document order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What kind of value this is, as an error message names it.
    fn kind(&self) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(_) => "a boolean".into(),
            Json::Number(_) => "a number".into(),
            Json::String(text) => format!("the string {text:?}"),
            Json::Array(_) => "an array".into(),
            Json::Object(_) => "an object".into(),
        }
    }
}

/// The problem of a value nested deeper than [`MAX_DEPTH`], for whoever builds a [`Json`].
pub fn too_deep() -> Problem {
    Problem {
        path: "$".into(),
        message: format!("the document nests deeper than {MAX_DEPTH} levels"),
    }
}

fn wrong_type(path: &str, expected: &str, found: &Json) -> Problem {
    Problem {
        path: path.into(),
        message: format!("expected {expected}, found {}", found.kind()),
    }
}

/// A value that can be read from JSON; `path` names where it is, for the problem if it cannot.
pub trait FromJson: Sized {
    /// Reads the value at `path`.
    fn from_json(value: &Json, path: &str) -> Result<Self, Problem>;
}

impl FromJson for String {
    fn from_json(value: &Json, path: &str) -> Result<Self, Problem> {
        match value {
            Json::String(text) => Ok(text.clone()),
            other => Err(wrong_type(path, "a string", other)),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Json, path: &str) -> Result<Self, Problem> {
        match value {
            Json::Bool(flag) => Ok(*flag),
            other => Err(wrong_type(path, "true or false", other)),
        }
    }
}

impl FromJson for i64 {
    fn from_json(value: &Json, path: &str) -> Result<Self, Problem> {
        // Integers beyond 2^53 are not exact in JSON.parse; no document needs them.
        const EXACT: f64 = 9_007_199_254_740_991.0;
        match value {
            Json::Number(n) if n.fract() == 0.0 && n.abs() <= EXACT => Ok(*n as i64),
            Json::Number(_) => Err(Problem {
                path: path.into(),
                message: "expected a whole number, found a fraction or a huge number".into(),
            }),
            other => Err(wrong_type(path, "a whole number", other)),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json, path: &str) -> Result<Self, Problem> {
        match value {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(index, item)| T::from_json(item, &format!("{path}[{index}]")))
                .collect(),
            other => Err(wrong_type(path, "an array", other)),
        }
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: &Json, path: &str) -> Result<Self, Problem> {
        T::from_json(value, path).map(Box::new)
    }
}

/// The members of one JSON object, read by name. Members not in the known list are refused, so a
/// misspelt field is an error rather than a silently missing one.
pub struct Fields<'a> {
    path: &'a str,
    members: &'a [(String, Json)],
}

impl<'a> Fields<'a> {
    /// The object at `path`, whose members must all be among `known`.
    pub fn of(value: &'a Json, path: &'a str, known: &[&str]) -> Result<Fields<'a>, Problem> {
        let Json::Object(members) = value else {
            return Err(wrong_type(path, "an object", value));
        };
        if let Some((name, _)) = members
            .iter()
            .find(|(name, _)| !known.contains(&name.as_str()))
        {
            return Err(Problem {
                path: path.into(),
                message: format!(
                    "unknown field `{name}`, expected one of `{}`",
                    known.join("`, `")
                ),
            });
        }
        Ok(Fields { path, members })
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
            Some(value) => T::from_json(value, &format!("{}.{name}", self.path)),
            None => Err(Problem {
                path: self.path.into(),
                message: format!("missing field `{name}`"),
            }),
        }
    }

    /// A member that may be left out or `null`.
    pub fn optional<T: FromJson>(&self, name: &str) -> Result<Option<T>, Problem> {
        match self.get(name) {
            None | Some(Json::Null) => Ok(None),
            Some(value) => T::from_json(value, &format!("{}.{name}", self.path)).map(Some),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl TryFrom<&serde_json::Value> for Json {
    type Error = Problem;

    /// Tools and tests parse with `serde_json`; the widget builds [`Json`] from `JSON.parse`.
    fn try_from(value: &serde_json::Value) -> Result<Json, Problem> {
        fn convert(value: &serde_json::Value, depth: usize) -> Result<Json, Problem> {
            use serde_json::Value;
            if depth > MAX_DEPTH {
                return Err(too_deep());
            }
            Ok(match value {
                Value::Null => Json::Null,
                Value::Bool(flag) => Json::Bool(*flag),
                Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
                Value::String(text) => Json::String(text.clone()),
                Value::Array(items) => Json::Array(
                    items
                        .iter()
                        .map(|item| convert(item, depth + 1))
                        .collect::<Result<_, _>>()?,
                ),
                Value::Object(members) => Json::Object(
                    members
                        .iter()
                        .map(|(name, item)| Ok((name.clone(), convert(item, depth + 1)?)))
                        .collect::<Result<_, _>>()?,
                ),
            })
        }
        convert(value, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(members: &[(&str, Json)]) -> Json {
        Json::Object(
            members
                .iter()
                .map(|(name, value)| (name.to_string(), value.clone()))
                .collect(),
        )
    }

    #[test]
    fn fields_are_read_with_their_paths() {
        let value = object(&[
            ("name", Json::String("x".into())),
            ("max", Json::String("six".into())),
            (
                "list",
                Json::Array(vec![Json::Number(1.0), Json::Bool(true)]),
            ),
        ]);
        let fields = Fields::of(&value, "$.q", &["name", "max", "list", "min"]).unwrap();
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
    fn unknown_members_and_wrong_shapes_are_refused() {
        let value = object(&[("rules", Json::Null)]);
        assert_eq!(
            Fields::of(&value, "$", &["rule", "id"])
                .err()
                .unwrap()
                .to_string(),
            "$: unknown field `rules`, expected one of `rule`, `id`"
        );
        assert_eq!(
            Fields::of(&Json::Array(vec![]), "$.x", &[])
                .err()
                .unwrap()
                .to_string(),
            "$.x: expected an object, found an array"
        );
    }

    #[test]
    fn numbers_must_be_whole_and_exact() {
        assert_eq!(i64::from_json(&Json::Number(12.0), "$"), Ok(12));
        assert_eq!(i64::from_json(&Json::Number(-3.0), "$"), Ok(-3));
        assert!(i64::from_json(&Json::Number(1.5), "$").is_err());
        assert!(i64::from_json(&Json::Number(1e300), "$").is_err());
        assert!(i64::from_json(&Json::Number(f64::NAN), "$").is_err());
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn nesting_beyond_the_limit_is_refused() {
        let mut deep = serde_json::json!(1);
        for _ in 0..=MAX_DEPTH {
            deep = serde_json::json!([deep]);
        }
        assert_eq!(Json::try_from(&deep), Err(too_deep()));
    }
}

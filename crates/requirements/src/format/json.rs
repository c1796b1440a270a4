//! JSON text parsed into a value tree, in the widget itself.
//!
//! The browser's `JSON.parse` was tried first: its result then had to be walked from Rust one
//! property at a time, and those thousands of crossings made reading the default set as slow as
//! rendering the whole widget. Parsing here touches nothing outside the wasm, and the shipped sets
//! are in the wasm already.

use super::Problem;

/// How deep documents may nest; real sets nest about ten levels, and this keeps recursion bounded.
pub const MAX_DEPTH: usize = 64;

/// One parsed JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members, in document order.
    Object(Vec<(String, Json)>),
}

/// A JSON number, as far as requirement sets care: they only use whole numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    /// An integer written without fraction or exponent, within `i64`.
    Whole(i64),
    /// Any other number: with a fraction or an exponent, or too large.
    Other,
}

impl Json {
    /// Parses a whole JSON text (RFC 8259): one value, with only whitespace around it.
    pub fn parse(text: &str) -> Result<Json, Problem> {
        let mut parser = Parser { text, at: 0 };
        let value = parser.value(0).and_then(|value| {
            parser.skip_whitespace();
            match parser.peek() {
                None => Ok(value),
                Some(_) => Err(parser.error("text after the document")),
            }
        });
        value.map_err(|(message, at)| Problem {
            path: "$".into(),
            message: match message {
                Fault::TooDeep => format!("the document nests deeper than {MAX_DEPTH} levels"),
                Fault::Syntax(what) => {
                    let (line, column) = position(text, at);
                    format!("not valid JSON: {what} at line {line}, column {column}")
                }
            },
        })
    }

    /// Where the text's first syntax error is, as a byte offset; `None` for valid JSON.
    pub(super) fn syntax_error_at(text: &str) -> Option<usize> {
        let mut parser = Parser { text, at: 0 };
        let parsed = parser.value(0).and_then(|_| {
            parser.skip_whitespace();
            parser
                .peek()
                .map_or(Ok(()), |_| Err(parser.error("text after")))
        });
        match parsed {
            Err((Fault::Syntax(_), at)) => Some(at),
            _ => None,
        }
    }

    /// What kind of value this is, as an error message names it.
    pub(crate) fn kind(&self) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(_) => "a boolean".into(),
            Json::Number(_) => "a number".into(),
            Json::String(text) => format!("the string \"{text}\""),
            Json::Array(_) => "an array".into(),
            Json::Object(_) => "an object".into(),
        }
    }
}

/// The line and column (both from 1, columns in characters) of byte offset `at`.
pub(super) fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

enum Fault {
    TooDeep,
    Syntax(&'static str),
}

struct Parser<'a> {
    text: &'a str,
    /// A byte offset, always at a character boundary.
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn error(&self, what: &'static str) -> (Fault, usize) {
        (Fault::Syntax(what), self.at)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` if it comes next, after any whitespace.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, (Fault, usize)> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') | Some(b'[') if depth >= MAX_DEPTH => Err((Fault::TooDeep, self.at)),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            _ => {
                for (word, value) in [
                    ("true", Json::Bool(true)),
                    ("false", Json::Bool(false)),
                    ("null", Json::Null),
                ] {
                    if self.text[self.at..].starts_with(word) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, (Fault, usize)> {
        self.at += 1;
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a member name in double quotes"));
            }
            let name = self.string()?;
            if !self.eat(b':') {
                return Err(self.error("expected `:`"));
            }
            members.push((name, self.value(depth + 1)?));
            if self.eat(b'}') {
                return Ok(Json::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.error("expected `,` or `}`"));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, (Fault, usize)> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.error("expected `,` or `]`"));
            }
        }
    }

    /// A string, from its opening quote to past its closing one.
    fn string(&mut self) -> Result<String, (Fault, usize)> {
        self.at += 1;
        let mut text = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character in one piece; all
            // three are ASCII, so the run ends at a character boundary.
            let rest = &self.text.as_bytes()[self.at..];
            let run = rest
                .iter()
                .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
                .ok_or((Fault::Syntax("unterminated string"), self.text.len()))?;
            text.push_str(&self.text[self.at..self.at + run]);
            self.at += run;
            match rest[run] {
                b'"' => {
                    self.at += 1;
                    return Ok(text);
                }
                b'\\' => {
                    self.at += 1;
                    text.push(self.escape()?);
                }
                _ => return Err(self.error("control character in a string")),
            }
        }
    }

    /// The character an escape stands for, the backslash already consumed.
    fn escape(&mut self) -> Result<char, (Fault, usize)> {
        let Some(letter) = self.peek() else {
            return Err(self.error("unterminated string"));
        };
        self.at += 1;
        Ok(match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A character beyond U+FFFF is written as a pair of surrogate escapes.
                    if !self.text[self.at..].starts_with("\\u") {
                        return Err(self.error("unpaired surrogate in a \\u escape"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("unpaired surrogate in a \\u escape"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code)
                    .ok_or_else(|| self.error("unpaired surrogate in a \\u escape"))?
            }
            _ => {
                self.at -= 1;
                return Err(self.error("unknown escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, (Fault, usize)> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hex digits after \\u"))?;
        self.at += 4;
        Ok(u32::from_str_radix(digits, 16).unwrap_or_default())
    }

    fn number(&mut self) -> Result<Number, (Fault, usize)> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let digits = self.digits();
        let integer = &self.text[self.at - digits..self.at];
        if digits == 0 || (digits > 1 && integer.starts_with('0')) {
            self.at = start;
            return Err(self.error("invalid number"));
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("expected a digit after `.`"));
            }
            whole = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
            whole = false;
        }
        // Read as digits, not through a float: exact, and without a float parser in the wasm. A
        // negative number is built downwards, so that i64::MIN is whole too.
        let value = integer.bytes().try_fold(0i64, |value, digit| {
            let digit = i64::from(digit - b'0');
            let shifted = value.checked_mul(10)?;
            if negative {
                shifted.checked_sub(digit)
            } else {
                shifted.checked_add(digit)
            }
        });
        Ok(match value {
            Some(value) if whole => Number::Whole(value),
            _ => Number::Other,
        })
    }

    /// Skips ASCII digits; returns how many.
    fn digits(&mut self) -> usize {
        let count = self.text.as_bytes()[self.at..]
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count();
        self.at += count;
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Json, String> {
        Json::parse(text).map_err(|problem| problem.to_string())
    }

    #[test]
    fn values_of_every_kind() {
        assert_eq!(
            parse(
                r#" { "a": [1, -20, 1.5, 2e3, 99999999999999999999], "b": true, "c": null, "d": "x" } "#
            ),
            Ok(Json::Object(vec![
                (
                    "a".into(),
                    Json::Array(vec![
                        Json::Number(Number::Whole(1)),
                        Json::Number(Number::Whole(-20)),
                        Json::Number(Number::Other),
                        Json::Number(Number::Other),
                        Json::Number(Number::Other),
                    ])
                ),
                ("b".into(), Json::Bool(true)),
                ("c".into(), Json::Null),
                ("d".into(), Json::String("x".into())),
            ]))
        );
        assert_eq!(parse("[]"), Ok(Json::Array(vec![])));
        assert_eq!(parse("{}"), Ok(Json::Object(vec![])));
    }

    #[test]
    fn strings_with_escapes_and_any_characters() {
        assert_eq!(
            parse(r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00 é 😀""#),
            Ok(Json::String("a\"b\\c/d\n\té😀 é 😀".into()))
        );
    }

    #[test]
    fn malformed_text_is_refused_with_where() {
        for (text, expected) in [
            ("", "expected a value at line 1, column 1"),
            (
                "{\n  \"a\": 1,\n}",
                "expected a member name in double quotes at line 3, column 1",
            ),
            ("[1 2]", "expected `,` or `]` at line 1, column 4"),
            ("{\"a\" 1}", "expected `:` at line 1, column 6"),
            ("\"abc", "unterminated string"),
            (
                "\"a\nb\"",
                "control character in a string at line 1, column 3",
            ),
            ("\"\\x\"", "unknown escape at line 1, column 3"),
            ("\"\\ud83d\"", "unpaired surrogate"),
            ("\"\\u12\"", "expected four hex digits"),
            ("01", "invalid number at line 1, column 1"),
            ("-", "invalid number"),
            ("1.", "expected a digit after `.`"),
            ("1e", "expected a digit in the exponent"),
            ("tru", "expected a value"),
            ("{} {}", "text after the document at line 1, column 4"),
            ("\"é\" x", "text after the document at line 1, column 5"),
        ] {
            let error = parse(text).unwrap_err();
            assert!(
                error.starts_with("$: not valid JSON: ") && error.contains(expected),
                "{text:?}: {error}"
            );
        }
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused() {
        let deep = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(
            parse(&deep),
            Err("$: the document nests deeper than 64 levels".into())
        );
        let fits = format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fits).is_ok());
    }
}

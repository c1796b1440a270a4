//! Where a problem is in a document's text, for an editor to point at: a problem carries its JSON
//! path, and this finds the line and column, so nothing has to read the line out of a message.
//! Only the studio uses it; the widget never shows a position.

use super::json::{position, Json};

/// The line and column (both from 1) of the problem at `path` in `text`: the syntax error, for a
/// text that is not JSON; otherwise where the value at `path` starts (its member's name, for a
/// member), as deep as the path can be followed.
pub fn locate(text: &str, path: &str) -> (usize, usize) {
    let at = match Json::syntax_error_at(text) {
        Some(at) => before_line_break(text.as_bytes(), at),
        None => follow(text.as_bytes(), path),
    };
    position(text, at)
}

/// A syntax error found at the first token of a line, such as a missing comma, is a mistake at
/// the end of the line before, where the comma belongs: the place right after its last token.
fn before_line_break(text: &[u8], at: usize) -> usize {
    let at = at.min(text.len());
    let mut end = at;
    while end > 0 && text[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end > 0 && text[end..at].contains(&b'\n') {
        end
    } else {
        at
    }
}

/// One step of a JSON path: `.name`, `["name"]` or `[index]`.
enum Step<'a> {
    Member(&'a str),
    Item(usize),
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut steps = Vec::new();
    let mut rest = path.strip_prefix('$').unwrap_or(path);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[\"") {
            let end = after.find("\"]").unwrap_or(after.len());
            steps.push(Step::Member(&after[..end]));
            rest = after.get(end + 2..).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').unwrap_or(after.len());
            match after[..end].parse() {
                Ok(index) => steps.push(Step::Item(index)),
                Err(_) => break,
            }
            rest = after.get(end + 1..).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            steps.push(Step::Member(&after[..end]));
            rest = &after[end..];
        } else {
            break;
        }
    }
    steps
}

/// The offset where `path` leads in valid JSON `text`, or the deepest place it could be followed to.
fn follow(text: &[u8], path: &str) -> usize {
    let mut at = space(text, 0);
    let mut found = at;
    for step in steps(path) {
        match (text.get(at), step) {
            (Some(b'{'), Step::Member(name)) => {
                at = space(text, at + 1);
                loop {
                    if text.get(at) != Some(&b'"') {
                        return found;
                    }
                    let key = at;
                    let after_key = string_end(text, at);
                    let value = space(text, space(text, after_key) + 1);
                    if &text[key + 1..after_key - 1] == name.as_bytes() {
                        found = key;
                        at = value;
                        break;
                    }
                    at = space(text, value_end(text, value));
                    if text.get(at) == Some(&b',') {
                        at = space(text, at + 1);
                    }
                }
            }
            (Some(b'['), Step::Item(index)) => {
                at = space(text, at + 1);
                for _ in 0..index {
                    if matches!(text.get(at), Some(b']') | None) {
                        return found;
                    }
                    at = space(text, value_end(text, at));
                    if text.get(at) == Some(&b',') {
                        at = space(text, at + 1);
                    }
                }
                if matches!(text.get(at), Some(b']') | None) {
                    return found;
                }
                found = at;
            }
            _ => return found,
        }
    }
    found
}

fn space(text: &[u8], mut at: usize) -> usize {
    while text.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// Just past the string that starts at `at`.
fn string_end(text: &[u8], mut at: usize) -> usize {
    at += 1;
    while let Some(&byte) = text.get(at) {
        at += if byte == b'\\' { 2 } else { 1 };
        if byte == b'"' {
            return at;
        }
    }
    at
}

/// Just past the value that starts at `at`.
fn value_end(text: &[u8], at: usize) -> usize {
    match text.get(at) {
        Some(b'"') => string_end(text, at),
        Some(&open @ (b'{' | b'[')) => {
            let close = if open == b'{' { b'}' } else { b']' };
            let mut at = space(text, at + 1);
            while !matches!(text.get(at), Some(&byte) if byte == close) && at < text.len() {
                if open == b'{' {
                    at = space(text, space(text, string_end(text, at)) + 1);
                }
                at = space(text, value_end(text, at));
                if text.get(at) == Some(&b',') {
                    at = space(text, at + 1);
                }
            }
            at + 1
        }
        _ => {
            let mut at = at;
            while text.get(at).is_some_and(|byte| {
                !matches!(byte, b',' | b'}' | b']') && !byte.is_ascii_whitespace()
            }) {
                at += 1;
            }
            at
        }
    }
}

#[cfg(test)]
mod tests {
    use super::locate;

    const TEXT: &str = "{\n  \"a\": [1, {\"b\": \"x\\\"]\"}, [2, 3]],\n  \"strings\": { \"k.1\": \"v\" },\n  \"c\": true\n}";

    #[test]
    fn a_path_leads_to_its_member_or_item() {
        assert_eq!(locate(TEXT, "$"), (1, 1));
        assert_eq!(locate(TEXT, "$.a"), (2, 3));
        assert_eq!(locate(TEXT, "$.a[1]"), (2, 12));
        assert_eq!(locate(TEXT, "$.a[1].b"), (2, 13));
        assert_eq!(locate(TEXT, "$.a[2][1]"), (2, 31));
        assert_eq!(locate(TEXT, "$.strings[\"k.1\"]"), (3, 16));
        assert_eq!(locate(TEXT, "$.c"), (4, 3));
    }

    #[test]
    fn a_path_that_goes_nowhere_stops_at_the_deepest_place_it_reached() {
        assert_eq!(locate(TEXT, "$.a[7]"), (2, 3));
        assert_eq!(locate(TEXT, "$.missing"), (1, 1));
        assert_eq!(locate(TEXT, "$.c.d"), (4, 3));
    }

    #[test]
    fn a_syntax_error_is_where_the_reader_stopped() {
        assert_eq!(locate("{\n  \"a\": [1,, 2]\n}", "$"), (2, 11));
        assert_eq!(locate("", "$"), (1, 1));
    }
}

use std::fmt;

use web_sys::Url;

/// Why a configured link was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// The value was empty.
    Empty,
    /// The browser could not read it as a URL.
    Unreadable,
    /// It is a URL, but not http(s), such as `javascript:` or `data:`.
    NotHttp(String),
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlProblem::Empty => f.write_str("it is empty"),
            UrlProblem::Unreadable => f.write_str("it is not a valid URL"),
            UrlProblem::NotHttp(scheme) => {
                write!(f, "only http: and https: links are allowed, not {scheme}")
            }
        }
    }
}

/// The absolute form of `raw`, resolved against `base` as a link on the page would be, if it is http(s).
///
/// The browser's own URL parser decides, so tricks such as `JaVaScRiPt:` or embedded
/// tabs are judged exactly as the browser would follow them.
pub fn http_url(raw: &str, base: &str) -> Result<String, UrlProblem> {
    if raw.trim().is_empty() {
        return Err(UrlProblem::Empty);
    }
    let url = Url::new_with_base(raw, base).map_err(|_| UrlProblem::Unreadable)?;
    match url.protocol().as_str() {
        "http:" | "https:" => Ok(url.href()),
        other => Err(UrlProblem::NotHttp(other.to_owned())),
    }
}

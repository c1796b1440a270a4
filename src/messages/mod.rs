//! The widget's own words, all in one place: every sentence, label and accessible name the
//! widget shows that does not come from a requirement set (those stay in the sets). A language is
//! one [`Messages`] value; the components never hold text of their own, so a second language
//! fills a second value and changes no component.
//!
//! The rules crate returns facts (a [`Summary`]'s counts, a [`NumberError`]'s kind); the wording
//! of those facts is here.

mod english;
mod spanish;

use std::fmt::Write;

use mt_requirements::{Decider, Formatting, NumberError, Outcome, Plan, Summary, Unit, Verdict};

pub use english::ENGLISH;
pub use spanish::SPANISH;

/// The widget's words in one language.
pub struct Messages {
    /// The Apply link's text.
    pub apply: &'static str,
    /// Said when the host page gave no usable Apply link.
    pub no_apply_link: &'static str,
    /// Read to screen readers after a link that opens a new tab.
    pub opens_new_tab: &'static str,
    /// While a requirement set is fetched.
    pub loading: &'static str,
    /// The invitation next to the Apply link while loading.
    pub loading_invitation: &'static str,
    /// Where the verdict will be, in the first view shown before the check runs: answers
    /// already count, but there is no result yet. Only the build renders it, so the wasm has none.
    #[cfg(not(target_arch = "wasm32"))]
    pub pending: &'static str,
    /// When the requirement set cannot be used.
    pub misconfigured: &'static str,
    /// The invitation next to the Apply link when the set cannot be used.
    pub misconfigured_invitation: &'static str,
    /// The verdict's heading.
    pub where_you_stand: &'static str,
    /// Under the verdict: what the check is and where the answers stay.
    pub disclaimer: &'static str,
    /// A requirement's status: met.
    pub met: &'static str,
    /// A requirement's status: not met.
    pub not_met: &'static str,
    /// A requirement's status, and an answer's: not answered yet.
    pub not_answered: &'static str,
    /// A requirement's status: it depends, and someone else decides.
    pub ask: &'static str,
    /// Under a requirement that someone else decides: who.
    pub who_decides: fn(Decider) -> &'static str,
    /// On a folded answer: it can be changed.
    pub change: &'static str,
    /// The "Why?" disclosure.
    pub why: &'static str,
    /// A rule from unverified facts.
    pub not_confirmed: &'static str,
    /// Whose rule an agency criterion is.
    pub agency_rule: &'static str,
    /// Whose rule an external criterion is.
    pub external_rule: &'static str,
    /// Before the visitor's answers in a "Why?".
    pub your_answers: &'static str,
    /// Before a source's link.
    pub source: &'static str,
    /// After a source's link: when its text was compared with the notes on the source (the date
    /// already written the language's way).
    pub reviewed: fn(date: &str) -> String,
    /// A source as printed or copied: title, link and review date (written the language's way).
    pub source_line: fn(title: &str, url: &str, date: &str) -> String,
    /// A drop-down's empty first choice.
    pub choose: &'static str,
    /// Under the path's heading while it is closed.
    pub path_hint: &'static str,
    /// The checklist's heading.
    pub next_steps: &'static str,
    /// The checklist before any path question is answered.
    pub path_empty: &'static str,
    /// The path opened while its questions and steps are still on their way.
    pub path_loading: &'static str,
    /// The path's questions and steps could not be had.
    pub path_failed: &'static str,
    /// The print button.
    pub print: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// After copying worked.
    pub copied: &'static str,
    /// After copying failed.
    pub copy_failed: &'static str,
    /// Under the intro when no person has reviewed the set's translation yet.
    pub unreviewed: &'static str,
    /// The headline over the verdict.
    pub headline: fn(Summary, &Formatting) -> String,
    /// The sentence next to the Apply link.
    pub invitation: fn(Summary) -> &'static str,
    /// How many steps a group of the checklist holds, next to its title.
    pub step_count: fn(usize) -> String,
    /// What to do next, pointing to the path by its heading, once there is a verdict.
    pub next_step: fn(Summary, path_heading: &str) -> Option<String>,
    /// Next to a number field whose text was refused: what went wrong and what is accepted.
    pub number_error: fn(NumberError, min: i64, max: i64, unit: &Unit, &Formatting) -> String,
    /// The panic fallback, with an Apply link.
    pub fallback: &'static str,
    /// The panic fallback, without one.
    pub fallback_without_link: &'static str,
}

impl Messages {
    /// A requirement's status in words.
    pub fn status(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Met => self.met,
            Outcome::NotMet => self.not_met,
            Outcome::NotAnswered => self.not_answered,
            Outcome::Ask(_) => self.ask,
        }
    }

    /// What a screen reader hears when the verdict changes: the headline, then each
    /// requirement's title and status ("Education: Met."), the same way in every language.
    pub fn announcement(&self, headline: &str, statuses: &[(&str, &str)]) -> String {
        let mut said = headline.to_owned();
        for (title, status) in statuses {
            let _ = write!(said, " {title}: {status}.");
        }
        said
    }

    /// Where the visitor stands and their checklist, as plain text with sources, for copying
    /// into an email or a note: each requirement's status, guidance and who decides, then the
    /// steps.
    pub fn checklist(
        &self,
        verdict: &Verdict,
        plan: &Plan,
        heading: &str,
        intro: &str,
        formatting: &Formatting,
    ) -> String {
        let headline = (self.headline)(verdict.summary(), formatting);
        let mut text = format!("{}\n{headline}\n", self.where_you_stand);
        for finding in &verdict.findings {
            let _ = writeln!(
                text,
                "- {}: {}",
                finding.title,
                self.status(finding.outcome)
            );
            for sentence in &finding.guidance {
                let _ = writeln!(text, "    {sentence}");
            }
            if let Outcome::Ask(decider) = finding.outcome {
                let _ = writeln!(text, "    {}", (self.who_decides)(decider));
            }
        }
        let _ = write!(text, "\n{heading}\n{intro}\n");
        for group in &plan.groups {
            let _ = write!(text, "\n{}\n", group.title);
            for step in &group.steps {
                let _ = writeln!(text, "[ ] {}", step.title);
                for paragraph in &step.text {
                    let _ = writeln!(text, "    {paragraph}");
                }
                let date = formatting.date(&step.verified);
                let source = (self.source_line)(&step.source.title, &step.source.url, &date);
                let _ = writeln!(text, "    {source}");
            }
        }
        text
    }
}

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

use mt_requirements::{
    Decider, Formatting, NumberError, Outcome, Plan, PlannedLine, Source, Summary, Unit, Verdict,
};

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
    /// Before a step's usual time.
    pub how_long: &'static str,
    /// Under a step's usual time: the groups whose steps come first.
    pub starts_after: fn(groups: &str) -> String,
    /// The green-card line: the bulletin's month, the category, the country group as a phrase,
    /// the final action date and how far behind (month and date written the language's way).
    pub line: fn(month: &str, category: &str, country: &str, date: &str, behind: &str) -> String,
    /// How far behind a line is, from whole months: months under a year, else whole years.
    pub behind: fn(months: u32, &Formatting) -> String,
    /// Under the line: what the wait is not.
    pub line_is_not: &'static str,
    /// Under a line whose bulletin is older than the set's fresh days.
    pub line_stale: fn(days: &str) -> String,
    /// Over the notices that apply.
    pub notices_heading: &'static str,
    /// A notice's date (written the language's way).
    pub as_of: fn(date: &str) -> String,
    /// Under a notice older than the set's fresh days.
    pub notice_stale: fn(days: &str) -> String,
    /// The fold that holds the link to the answers and the tick that keeps them on this device.
    pub save_answers: &'static str,
    /// The tick box that keeps the answers on this device.
    pub remember: &'static str,
    /// Once the answers are kept: where, and who else can see them.
    pub remembered: &'static str,
    /// The button that clears the answers from this device.
    pub forget: &'static str,
    /// Once the answers are gone from this device.
    pub forgotten: &'static str,
    /// When the browser would not keep the answers.
    pub not_remembered: &'static str,
    /// The button that copies a link to the visitor's answers.
    pub copy_link: &'static str,
    /// After the link was copied: what it is for and what it keeps private.
    pub link_copied: &'static str,
    /// Answers brought back (from a link or this device) that could not be kept: how many, and
    /// whether they were saved for another version of the check.
    pub link_dropped: fn(dropped: usize, other_version: bool) -> String,
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
        let days = formatting.number(i64::from(plan.fresh_days));
        if !plan.notices.is_empty() {
            let _ = write!(text, "\n{}\n", self.notices_heading);
        }
        for notice in &plan.notices {
            let as_of = (self.as_of)(&formatting.date(&notice.as_of));
            let _ = writeln!(text, "! {} ({as_of})", notice.title);
            for paragraph in &notice.text {
                let _ = writeln!(text, "    {paragraph}");
            }
            if notice.stale {
                let _ = writeln!(text, "    {}", (self.notice_stale)(&days));
            }
            let _ = writeln!(text, "    {}", self.dated_source(&notice.source));
        }
        for group in &plan.groups {
            let _ = write!(text, "\n{}\n", group.title);
            for step in &group.steps {
                let _ = writeln!(text, "[ ] {}", step.title);
                for paragraph in &step.text {
                    let _ = writeln!(text, "    {paragraph}");
                }
                let _ = writeln!(
                    text,
                    "    {}",
                    self.source_line_of(&step.source, &step.verified, formatting)
                );
                if let Some(timing) = &step.timing {
                    let _ = writeln!(text, "    {} {}", self.how_long, timing.text);
                    if !timing.after.is_empty() {
                        let _ = writeln!(
                            text,
                            "    {}",
                            (self.starts_after)(&self.listed(&timing.after))
                        );
                    }
                    let _ = writeln!(
                        text,
                        "    {}",
                        self.source_line_of(&timing.source, &timing.checked, formatting)
                    );
                }
                if let Some(line) = &step.line {
                    let _ = writeln!(text, "    {}", self.line_sentence(line, formatting));
                    let _ = writeln!(text, "    {}", self.line_is_not);
                    if line.stale {
                        let _ = writeln!(text, "    {}", (self.line_stale)(&days));
                    }
                    let _ = writeln!(text, "    {} {}", line.current.title, line.current.url);
                    let _ = writeln!(text, "    {}", self.dated_source(&line.source));
                }
            }
        }
        text
    }

    /// A source as printed or copied, with its date written the language's way.
    pub fn source_line_of(&self, source: &Source, date: &str, formatting: &Formatting) -> String {
        (self.source_line)(&source.title, &source.url, &formatting.date(date))
    }

    /// Items in a sentence, separated by commas. A loop, not `join`: a second copy of `join`
    /// would cost the download more than this.
    pub fn listed(&self, items: &[String]) -> String {
        let mut listed = String::new();
        for item in items {
            if !listed.is_empty() {
                listed.push_str(", ");
            }
            listed.push_str(item);
        }
        listed
    }

    /// The source of a fact that carries its own date (a notice, a bulletin line): no review date.
    pub fn dated_source(&self, source: &Source) -> String {
        // Pushed, not `concat`: its generic join would be a second copy in the download.
        let mut line = self.source.to_owned();
        for part in [&source.title, " ", &source.url] {
            line.push_str(part);
        }
        line
    }

    /// Where the green-card line stood for the visitor's country, in one sentence.
    pub fn line_sentence(&self, line: &PlannedLine, formatting: &Formatting) -> String {
        (self.line)(
            &formatting.month(&line.month),
            &line.category,
            &line.country,
            &formatting.date(&line.date),
            &(self.behind)(line.months_behind, formatting),
        )
    }
}

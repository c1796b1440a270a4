//! The widget's words in U.S. English, plain (tests/render.rs holds them to grade 8).

use mt_requirements::{Decider, Formatting, NumberError, Summary, Unit};

use super::Messages;

/// U.S. English.
pub static ENGLISH: Messages = Messages {
    apply: "Apply today",
    no_apply_link:
        "This check has no working Apply link. Please use the Apply button on this page.",
    opens_new_tab: " (opens in a new tab)",
    loading: "Loading the eligibility check…",
    loading_invitation: "You can apply at any time.",
    #[cfg(not(target_arch = "wasm32"))]
    pending: "The check is still loading. You can answer now, and your result will show here.",
    misconfigured: "This eligibility check is misconfigured.",
    misconfigured_invitation: "You can still apply. Our licensure team will guide you.",
    where_you_stand: "Where you stand",
    disclaimer: "This check is a guide, not a hiring decision. Your answers stay in your browser.",
    met: "Met",
    not_met: "Not yet met",
    not_answered: "Not answered yet",
    ask: "It depends",
    who_decides,
    change: "Change",
    why: "Why?",
    not_confirmed: "Not confirmed yet.",
    agency_rule: "This is our own hiring requirement, not a certifying board's rule.",
    external_rule: "This is a rule of the certifying boards, not ours.",
    your_answers: "Your answers:",
    source: "Source: ",
    reviewed: |date| format!(". This text was last compared with our notes on the source: {date}."),
    source_line: |title, url, date| format!("Source: {title} {url} (reviewed {date})"),
    choose: "Choose…",
    path_hint: "Optional: a few more questions",
    next_steps: "Your next steps",
    path_empty: "Answer the questions above to see your next steps.",
    path_loading: "Loading the questions…",
    path_failed: "These questions could not be loaded. Reload the page to try again, or apply: our licensure team will guide you.",
    how_long: "How long:",
    starts_after: |groups| format!("Starts after: {groups}."),
    line: |month, category, country, date, behind| {
        format!("In the {month} Visa Bulletin, {category} for people born in {country} was at {date}: {behind} behind.")
    },
    behind,
    line_is_not: "This is not a promise of when your turn comes. Your place in line is the date your employer files PERM. The PERM review happens during the wait, not before it. The dates can move forward, stop or move back.",
    line_stale: |days| format!("This bulletin is more than {days} days old, so it may be out of date. Check the current bulletin, or ask our licensure team."),
    notices_heading: "Recent changes",
    as_of: |date| format!("as of {date}"),
    notice_stale: |days| format!("This is more than {days} days old and may be out of date. Ask our licensure team before you act on it."),
    save_answers: "Save your answers for later",
    remember: "Remember my answers on this device",
    remembered: "Kept in this browser only, never sent. Anyone who uses this device can see them.",
    forget: "Forget my answers",
    forgotten: "Forgotten on this device.",
    not_remembered: "This browser would not keep your answers.",
    copy_link: "Copy a link to your answers",
    link_copied: "Link copied. Open it later, on any device, to see your answers again. The answers are in the link itself, so share it only with people you trust.",
    link_dropped,
    print: "Print checklist",
    copy: "Copy as text",
    copied: "Copied. You can paste your checklist into an email or a note.",
    copy_failed: "Copying did not work here. Select the checklist and copy it yourself.",
    unreviewed: "No person has reviewed this translation yet. If something is unclear, ask our licensure team.",
    headline,
    invitation,
    step_count,
    next_step,
    number_error,
    fallback: "Sorry, the eligibility check stopped working. You can still apply.",
    fallback_without_link:
        "Sorry, the eligibility check stopped working. Please use the Apply button on this page.",
};

fn headline(summary: Summary, formatting: &Formatting) -> String {
    let requirements = Unit {
        one: "requirement".into(),
        other: "requirements".into(),
    };
    let number = |n: usize| formatting.number(n as i64);
    let of = |met: usize, total: usize| {
        format!(
            "{} of {}",
            number(met),
            formatting.count(total as i64, &requirements)
        )
    };
    let these = |total: usize| {
        if total == 1 {
            "this requirement"
        } else {
            "these requirements"
        }
    };
    // "For 2 more, someone else decides.": said after the count of what is met.
    let others = |ask: usize| match ask {
        0 => String::new(),
        1 => " For 1 more, someone else decides.".into(),
        _ => format!(" For {} more, someone else decides.", number(ask)),
    };
    match summary {
        Summary::NothingAnswered => "Answer the questions to see where you stand.".into(),
        Summary::SoFarSoGood { met, ask, total } => format!(
            "So far you meet {}.{} Answer the other questions to see the full picture.",
            of(met, total),
            others(ask)
        ),
        Summary::Ask {
            met,
            ask,
            total,
            decides,
        } => {
            let who = match decides {
                Some(decider) => format!("{} decides", decider_name(decider)),
                None => "others decide".into(),
            };
            let which = match (met, ask) {
                (0, _) => format!("For {}", these(total)),
                (_, 1) => "For the other one".into(),
                (_, ask) => format!("For the other {}", number(ask)),
            };
            if met == 0 {
                format!("{which}, {who}.")
            } else {
                format!("You meet {}. {which}, {who}.", of(met, total))
            }
        }
        Summary::AllMet { total: 1 } => "You meet the requirement.".into(),
        Summary::AllMet { total } => format!("You meet all {} requirements.", number(total)),
        Summary::Gaps {
            met: 0,
            ask: 0,
            unanswered: 0,
            total,
        } => format!("You do not meet {} yet.", these(total)),
        Summary::Gaps {
            met: 0,
            ask: 0,
            total,
            ..
        } => format!(
            "You do not meet {} yet, and some questions are still open.",
            these(total)
        ),
        Summary::Gaps {
            met,
            ask,
            total,
            unanswered: 0,
        } => format!("You meet {}.{}", of(met, total), others(ask)),
        Summary::Gaps {
            met, ask, total, ..
        } => format!(
            "You meet {} so far, and some questions are still open.{}",
            of(met, total),
            others(ask)
        ),
    }
}

/// Who decides, inside a sentence.
fn decider_name(decider: Decider) -> &'static str {
    match decider {
        Decider::LicensureTeam => "our licensure team",
        Decider::Evaluation => "a credential evaluation",
        Decider::Board => "the certifying board",
    }
}

fn who_decides(decider: Decider) -> &'static str {
    match decider {
        Decider::LicensureTeam => "Who decides: our licensure team.",
        Decider::Evaluation => "Who decides: a credential evaluation service.",
        Decider::Board => "Who decides: the certifying board.",
    }
}

fn invitation(summary: Summary) -> &'static str {
    match summary {
        Summary::NothingAnswered | Summary::SoFarSoGood { .. } => "You can apply at any time.",
        Summary::AllMet { .. } => "Apply today. Our licensure team confirms the details with you.",
        Summary::Ask { .. } => {
            "Apply today. Our licensure team looks at cases like yours every day and will guide you."
        }
        Summary::Gaps { .. } => {
            "You can still apply. Our licensure team guides applicants who are still working on a requirement."
        }
    }
}

fn behind(months: u32, formatting: &Formatting) -> String {
    let (count, one, other) = match months {
        0..=11 => (months, "month", "months"),
        12..=23 => ((months + 6) / 12, "year", "years"),
        // From two years, to the nearest half year: "about 12 and a half years".
        _ => {
            let halves = (months + 3) / 6;
            let years = formatting.number(i64::from(halves / 2));
            return if halves % 2 == 1 {
                format!("about {years} and a half years")
            } else {
                format!("about {years} years")
            };
        }
    };
    let unit = Unit {
        one: one.into(),
        other: other.into(),
    };
    format!("about {}", formatting.count(i64::from(count), &unit))
}

fn link_dropped(dropped: usize, other_version: bool) -> String {
    let made = if other_version {
        "Your answers were saved for another version of this check. "
    } else {
        ""
    };
    let answers = if dropped == 1 {
        "1 answer"
    } else {
        "some answers"
    };
    format!("{made}We could not bring back {answers}. Please check your answers below.")
}

fn step_count(count: usize) -> String {
    // A group holds a few steps: no digit grouping to localize.
    let unit = if count == 1 { "step" } else { "steps" };
    format!("{count} {unit}")
}

fn next_step(summary: Summary, path_heading: &str) -> Option<String> {
    match summary {
        Summary::NothingAnswered | Summary::SoFarSoGood { .. } => None,
        Summary::AllMet { .. } => Some(format!(
            "Next: apply, and open “{path_heading}” below. It lists your next steps and the papers to prepare."
        )),
        Summary::Ask { .. } => Some(format!(
            "Next: apply, and open “{path_heading}” below. It lists your next steps and whom to ask."
        )),
        Summary::Gaps { .. } => Some(format!(
            "Open “{path_heading}” below to see the steps that can close each gap."
        )),
    }
}

fn number_error(
    error: NumberError,
    min: i64,
    max: i64,
    unit: &Unit,
    formatting: &Formatting,
) -> String {
    let (min_count, max_count) = (formatting.count(min, unit), formatting.count(max, unit));
    let (min, max) = (formatting.number(min), formatting.number(max));
    // With no unit the sentence names "a number"; with one, "the number of months".
    let (a_number, the_number, of) = if unit.other.is_empty() {
        (
            "a number".to_owned(),
            "The number".to_owned(),
            String::new(),
        )
    } else {
        let things = &unit.other;
        (
            format!("the number of {things}"),
            format!("The number of {things}"),
            format!(" of {things}"),
        )
    };
    match error {
        NumberError::Empty => format!("Enter {a_number}, from {min} to {max}."),
        NumberError::NotWholeNumber => {
            format!("Enter a whole number{of} using digits only, from {min} to {max}.")
        }
        NumberError::Negative => {
            format!("{the_number} cannot be negative. Enter 0 if you have none.")
        }
        NumberError::TooSmall => format!("Enter {min_count} or more."),
        NumberError::TooLarge => format!("Enter {max_count} or fewer."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline_plain(summary: Summary) -> String {
        headline(summary, &Formatting::default())
    }

    #[test]
    fn headlines_judge_nothing_before_anything_is_answered_and_read_right_for_any_count() {
        assert_eq!(
            headline_plain(Summary::NothingAnswered),
            "Answer the questions to see where you stand."
        );
        assert_eq!(
            headline_plain(Summary::AllMet { total: 3 }),
            "You meet all 3 requirements."
        );
        assert_eq!(
            headline_plain(Summary::Gaps {
                ask: 0,
                met: 2,
                total: 3,
                unanswered: 0
            }),
            "You meet 2 of 3 requirements."
        );
        assert_eq!(
            headline_plain(Summary::AllMet { total: 1 }),
            "You meet the requirement."
        );
        assert_eq!(
            headline_plain(Summary::Gaps {
                ask: 0,
                met: 0,
                total: 1,
                unanswered: 0
            }),
            "You do not meet this requirement yet."
        );
        assert_eq!(
            headline_plain(Summary::Gaps {
                ask: 0,
                met: 1,
                total: 2,
                unanswered: 1
            }),
            "You meet 1 of 2 requirements so far, and some questions are still open."
        );
        for total in 1..=12 {
            for summary in [
                Summary::AllMet { total },
                Summary::SoFarSoGood {
                    met: 1,
                    ask: 0,
                    total,
                },
                Summary::Gaps {
                    ask: 0,
                    met: 0,
                    total,
                    unanswered: 0,
                },
                Summary::Gaps {
                    ask: 0,
                    met: 1,
                    total,
                    unanswered: total - 1,
                },
            ] {
                let text = headline_plain(summary);
                assert!(!text.contains(" 1 requirements"), "{text}");
                assert!(!text.contains("all 1 "), "{text}");
            }
        }
    }

    #[test]
    fn every_summary_invites_the_visitor_to_apply() {
        for summary in [
            Summary::NothingAnswered,
            Summary::SoFarSoGood {
                met: 1,
                ask: 0,
                total: 3,
            },
            Summary::AllMet { total: 3 },
            Summary::Gaps {
                ask: 0,
                met: 0,
                total: 3,
                unanswered: 0,
            },
        ] {
            assert!(
                invitation(summary).to_lowercase().contains("apply"),
                "{summary:?}"
            );
        }
        assert!(invitation(Summary::Gaps {
            ask: 0,
            met: 1,
            total: 3,
            unanswered: 0
        })
        .starts_with("You can still apply."));
    }

    #[test]
    fn a_refused_number_says_what_is_accepted() {
        let months = Unit {
            one: "month".into(),
            other: "months".into(),
        };
        let said = |error| number_error(error, 0, 600, &months, &Formatting::default());
        assert_eq!(
            said(NumberError::Empty),
            "Enter the number of months, from 0 to 600."
        );
        assert_eq!(said(NumberError::TooLarge), "Enter 600 months or fewer.");
        assert_eq!(
            number_error(
                NumberError::TooSmall,
                1,
                600,
                &months,
                &Formatting::default()
            ),
            "Enter 1 month or more."
        );
        assert_eq!(
            said(NumberError::NotWholeNumber),
            "Enter a whole number of months using digits only, from 0 to 600."
        );
        assert!(said(NumberError::Negative).starts_with("The number of months cannot be negative."));
        // Without a unit the sentences still read.
        let plain = Unit::default();
        assert_eq!(
            number_error(NumberError::Empty, 0, 9, &plain, &Formatting::default()),
            "Enter a number, from 0 to 9."
        );
        assert_eq!(
            number_error(
                NumberError::NotWholeNumber,
                0,
                9,
                &plain,
                &Formatting::default()
            ),
            "Enter a whole number using digits only, from 0 to 9."
        );
        assert_eq!(
            number_error(NumberError::Negative, 0, 9, &plain, &Formatting::default()),
            "The number cannot be negative. Enter 0 if you have none."
        );
    }
}

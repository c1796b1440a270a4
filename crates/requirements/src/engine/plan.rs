use super::calendar::{day, first_day, months_behind};
use super::template::fill;
use super::{evaluate, Answers, Confidence, Formatting, RequirementSet, Source, Truth, Value};

/// The visitor's next steps: the path's steps whose conditions are true, by group, and the
/// notices that apply to them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The groups that have at least one step, in the set's order.
    pub groups: Vec<PlannedGroup>,
    /// The notices whose conditions are true, in the set's order.
    pub notices: Vec<PlannedNotice>,
    /// After how many days a date may be out of date (the set's `fresh_days`).
    pub fresh_days: u32,
}

/// A notice that applies to the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedNotice {
    /// The notice's id.
    pub id: String,
    /// Its heading.
    pub title: String,
    /// What it says, with the visitor's answers filled in.
    pub text: Vec<String>,
    /// How sure it is.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: Source,
    /// The date it is true as of.
    pub as_of: String,
    /// Older than the set's `fresh_days` on the visitor's date: it may be out of date.
    pub stale: bool,
}

/// How long a step usually takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedTiming {
    /// "Usually …", or whom to check with.
    pub text: String,
    /// How sure it is.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: Source,
    /// When the source was checked.
    pub checked: String,
    /// The titles of the planned groups whose steps come first; none means it can start now.
    pub after: Vec<String>,
}

/// Where the green-card line stood for the visitor's country of birth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedLine {
    /// The category, such as `EB-3`.
    pub category: String,
    /// The country group as it reads in a sentence: the chosen option's phrase.
    pub country: String,
    /// The bulletin's month, `YYYY-MM`.
    pub month: String,
    /// Its final action date, `YYYY-MM-DD`.
    pub date: String,
    /// Whole months from that date to the bulletin's month.
    pub months_behind: u32,
    /// The bulletin is older than the set's `fresh_days` on the visitor's date.
    pub stale: bool,
    /// Where the date was read.
    pub source: Source,
    /// The current bulletin.
    pub current: Source,
}

/// One group of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedGroup {
    /// The group's id.
    pub id: String,
    /// The group's heading.
    pub title: String,
    /// Its steps that apply.
    pub steps: Vec<PlannedStep>,
}

/// One step that applies to the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedStep {
    /// The step's id.
    pub id: String,
    /// The checklist line.
    pub title: String,
    /// The explanation, with the visitor's answers filled in.
    pub text: Vec<String>,
    /// How sure its facts are.
    pub confidence: Confidence,
    /// Where it comes from.
    pub source: Source,
    /// When its text was last reviewed against the notes on its source.
    pub verified: String,
    /// How long it usually takes.
    pub timing: Option<PlannedTiming>,
    /// The green-card line for the visitor's country of birth, on the bulletin's step.
    pub line: Option<PlannedLine>,
}

/// The steps and notices that apply to these answers; `None` when the set has no path.
/// `formatting` writes the numbers in its texts; `today` (`YYYY-MM-DD`, the visitor's own date)
/// tells which dates may be out of date, and an unreadable one counts every date as old.
pub fn plan(
    set: &RequirementSet,
    answers: &Answers,
    formatting: &Formatting,
    today: &str,
) -> Option<Plan> {
    let path = set.path.as_ref()?;
    let asked = evaluate::asked(set, answers);
    let answers = asked.answers();
    // Plain loops: the iterator chains they replace cost the widget's download about a kilobyte.
    let mut groups = Vec::new();
    for group in &path.groups {
        let mut steps = Vec::new();
        for step in &path.steps {
            if step.group != group.id || step.when.truth(answers) != Truth::Met {
                continue;
            }
            let mut text = Vec::with_capacity(step.text.len());
            for paragraph in &step.text {
                text.push(fill(paragraph, set, answers, &step.when, formatting));
            }
            steps.push(PlannedStep {
                id: step.id.clone(),
                title: fill(&step.title, set, answers, &step.when, formatting),
                text,
                confidence: step.confidence,
                source: step.source.clone(),
                verified: step.verified.clone(),
                timing: None,
                line: line(set, &step.id, answers, today, path.fresh_days),
            });
        }
        if !steps.is_empty() {
            groups.push(PlannedGroup {
                id: group.id.clone(),
                title: group.title.clone(),
                steps,
            });
        }
    }
    // Timings name the groups that come first, so they are filled once every group is known.
    for step in &path.steps {
        let Some(timing) = &step.timing else { continue };
        let after = path
            .groups
            .iter()
            .filter(|group| timing.after.contains(&group.id))
            .filter_map(|group| {
                groups
                    .iter()
                    .find(|planned: &&PlannedGroup| planned.id == group.id)
            })
            .map(|group| group.title.clone())
            .collect::<Vec<_>>();
        let planned = groups
            .iter_mut()
            .flat_map(|group| group.steps.iter_mut())
            .find(|planned| planned.id == step.id);
        if let Some(planned) = planned {
            planned.timing = Some(PlannedTiming {
                text: fill(&timing.text, set, answers, &step.when, formatting),
                confidence: timing.confidence,
                source: timing.source.clone(),
                checked: timing.checked.clone(),
                after,
            });
        }
    }
    let mut notices = Vec::new();
    for notice in &path.notices {
        if notice.when.truth(answers) != Truth::Met {
            continue;
        }
        let mut text = Vec::with_capacity(notice.text.len());
        for paragraph in &notice.text {
            text.push(fill(paragraph, set, answers, &notice.when, formatting));
        }
        notices.push(PlannedNotice {
            id: notice.id.clone(),
            title: notice.title.clone(),
            text,
            confidence: notice.confidence,
            source: notice.source.clone(),
            as_of: notice.as_of.clone(),
            stale: is_stale(day(&notice.as_of), today, path.fresh_days),
        });
    }
    Some(Plan {
        groups,
        notices,
        fresh_days: path.fresh_days,
    })
}

/// Whether a date (`since`, in days) is more than `fresh_days` before `today`.
fn is_stale(since: Option<i64>, today: &str, fresh_days: u32) -> bool {
    match (since, day(today)) {
        (Some(since), Some(today)) => today - since > i64::from(fresh_days),
        _ => true,
    }
}

/// The bulletin's line for the visitor's answer, on the bulletin's own step.
fn line(
    set: &RequirementSet,
    step: &str,
    answers: &Answers,
    today: &str,
    fresh_days: u32,
) -> Option<PlannedLine> {
    let bulletin = set
        .path
        .as_ref()?
        .bulletin
        .as_ref()
        .filter(|b| b.step == step)?;
    let Some(Value::Choice(chosen)) = answers.get(&bulletin.question) else {
        return None;
    };
    let line = bulletin.lines.iter().find(|line| &line.option == chosen)?;
    let country = set
        .question(&bulletin.question)
        .and_then(|question| match &question.kind {
            super::QuestionKind::Choice(options) => options.iter().find(|o| &o.id == chosen),
            _ => None,
        })?;
    Some(PlannedLine {
        category: bulletin.category.clone(),
        country: country.phrase.clone(),
        month: line.month.clone(),
        date: line.date.clone(),
        months_behind: months_behind(&line.month, &line.date)?,
        stale: is_stale(first_day(&line.month), today, fresh_days),
        source: line.source.clone(),
        current: bulletin.current.clone(),
    })
}

impl Plan {
    /// The ids of every step, in order.
    pub fn step_ids(&self) -> Vec<&str> {
        self.groups
            .iter()
            .flat_map(|group| group.steps.iter().map(|step| step.id.as_str()))
            .collect()
    }
}

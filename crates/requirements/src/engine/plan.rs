use super::template::fill;
use super::{evaluate, Answers, Confidence, Formatting, RequirementSet, Source, Truth};

/// The visitor's next steps: the path's steps whose conditions are true, by group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The groups that have at least one step, in the set's order.
    pub groups: Vec<PlannedGroup>,
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
}

/// The steps that apply to these answers; `None` when the set has no path. `formatting` writes
/// the numbers in its texts.
pub fn plan(set: &RequirementSet, answers: &Answers, formatting: &Formatting) -> Option<Plan> {
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
    Some(Plan { groups })
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

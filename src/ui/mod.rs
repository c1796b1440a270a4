//! Yew components: they present the state and the verdict, and turn visitor events into actions.

mod answer_link;
mod apply_link;
mod choice_question;
mod disclosure;
mod eligibility_check;
mod eligibility_widget;
mod entered;
mod finding_item;
mod host;
mod notice_list;
mod number_question;
mod path_section;
#[cfg(not(target_arch = "wasm32"))]
mod pending_verdict;
mod planned_step_item;
mod question_list;
mod save_answers;
mod select_question;
mod source_link;
mod speech;
mod state;
mod verdict_panel;
mod visitor_event;

pub use answer_link::AnswerLink;
pub use apply_link::ApplyLink;
pub use choice_question::{ChoiceQuestion, ChoiceQuestionProps};
pub use eligibility_check::{EligibilityCheck, EligibilityCheckProps};
pub use eligibility_widget::{EligibilityWidget, EligibilityWidgetProps, SetStatus};
pub use entered::Entered;
pub use finding_item::FindingItem;
pub use host::Host;
pub use notice_list::notice_list;
pub use number_question::NumberQuestion;
pub use path_section::PathSection;
#[cfg(not(target_arch = "wasm32"))]
pub use pending_verdict::PendingVerdict;
pub use planned_step_item::planned_step_item;
pub use question_list::{question_control, QuestionList};
pub use save_answers::{save_answers, Saving};
pub use select_question::SelectQuestion;
pub use source_link::SourceLink;
pub use speech::{use_messages, use_speech, Speech};
pub use state::{Action, Keeping, State};
pub use verdict_panel::VerdictPanel;
pub use visitor_event::VisitorEvent;

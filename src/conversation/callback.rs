//! Every flow's buttons, under the names the tests and other front ends use.
//! The codes themselves live with their flows; see `flows.rs`.

pub use super::announce::AnnounceAction;
pub use super::ask::AskAction;
pub use super::cases::CaseAction;
pub use super::erase::EraseAction;
pub use super::events::EventsAction;
pub use super::fadder::{FadderAction, Part as FadderPart};
pub use super::featured::{FeaturedAction, Step as FeaturedStep};
pub use super::flows::Action;
pub use super::followup::{FollowUpAction, PauseFor, Step as FollowUpStep};
pub use super::guide::GuideAction;
pub use super::home::{Action as HomeAction, MenuItem};
pub use super::insight::{InsightAction, Span as InsightSpan};
pub use super::mentor::{CheckInAnswer, MentorAction};
pub use super::mentor_staff::{MentorStaffAction, Stop as MentorStop};
pub use super::onboarding::{Action as OnboardingAction, Answer};
pub use super::paper::PaperAction;
pub use super::skills::SkillsAction;
pub use super::staff_events::{EventAction, EventPart};
pub use super::when::RepeatChoice;
pub use super::wire::{CallbackError, MAX_CALLBACK_BYTES};
pub use crate::newcomers::Question as Field;

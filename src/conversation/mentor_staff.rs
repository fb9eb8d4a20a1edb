//! Staff running a municipality's mentor scheme (`🤝 Faddere` on the staff
//! home, or `/mentors`): the pool at a glance, vetting new volunteers with
//! the municipality's checklist, approving, pausing or ending a volunteer
//! with a reason, and proposing matches — the optimal assignment of the
//! whole pool — that a coordinator confirms or skips. Only coordinators and
//! mentor coordinators, and only for their own municipalities. Its buttons
//! use the code `ms`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::flows::{self, Flow, Needs, Screen};
use super::staff::home_row;
use super::turn::{Turn, rows, ticked};
use super::wire::{positive_id, slug};
use super::{Button, EngineError, Input, Reply};
use crate::args;
use crate::i18n::Tr;
use crate::mentors::{
    MatchRecord, MatchStatus, MentorRecord, MentorStatus, Reason, VettingStep, assign_optimal,
};
use crate::outbox::{NewDelivery, Origin};
use crate::store::{Confirmed, NewProposal};

/// The longest reason staff can give for pausing or ending a volunteer.
pub const MAX_REASON_CHARS: usize = 300;

/// What a reason is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stop {
    Pause,
    End,
}

impl Stop {
    fn code(self) -> &'static str {
        match self {
            Stop::Pause => "pa",
            Stop::End => "en",
        }
    }
}

/// Where a staff member is in the mentor scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Choosing the municipality (staff of several).
    Pick,
    /// The pool and what can be done with it.
    Pool,
    /// Waiting for the reason to pause or end this volunteer.
    Reason(i64, Stop),
}

/// A staff member's button in the mentor scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentorStaffAction {
    Open,
    Pick(String),
    Vetting,
    Mentors,
    Card(i64),
    Tick(i64, VettingStep),
    Approve(i64),
    Stop(i64, Stop),
    Propose,
    Proposals,
    Proposal(i64),
    Confirm(i64),
    Skip(i64),
    Matches,
    Back,
}

impl MentorStaffAction {
    fn encode(&self) -> String {
        use MentorStaffAction as A;
        match self {
            A::Open => "o".into(),
            A::Pick(slug) => format!("m:{slug}"),
            A::Vetting => "v".into(),
            A::Mentors => "l".into(),
            A::Card(id) => format!("c:{id}"),
            A::Tick(id, step) => format!("t:{id}:{}", step.code()),
            A::Approve(id) => format!("ap:{id}"),
            A::Stop(id, stop) => format!("{}:{id}", stop.code()),
            A::Propose => "pr".into(),
            A::Proposals => "ps".into(),
            A::Proposal(id) => format!("p:{id}"),
            A::Confirm(id) => format!("y:{id}"),
            A::Skip(id) => format!("s:{id}"),
            A::Matches => "mt".into(),
            A::Back => "b".into(),
        }
    }

    fn decode(data: &str) -> Option<MentorStaffAction> {
        use MentorStaffAction as A;
        let (code, value) = match data.split_once(':') {
            Some((code, value)) => (code, Some(value)),
            None => (data, None),
        };
        let id = || value.and_then(positive_id);
        match (code, value) {
            ("o", None) => Some(A::Open),
            ("v", None) => Some(A::Vetting),
            ("l", None) => Some(A::Mentors),
            ("pr", None) => Some(A::Propose),
            ("ps", None) => Some(A::Proposals),
            ("mt", None) => Some(A::Matches),
            ("b", None) => Some(A::Back),
            ("m", Some(v)) => slug(v).map(A::Pick),
            ("t", Some(v)) => {
                let (id, step) = v.split_once(':')?;
                Some(A::Tick(positive_id(id)?, VettingStep::from_code(step)?))
            }
            ("c", Some(_)) => id().map(A::Card),
            ("ap", Some(_)) => id().map(A::Approve),
            ("pa", Some(_)) => id().map(|id| A::Stop(id, Stop::Pause)),
            ("en", Some(_)) => id().map(|id| A::Stop(id, Stop::End)),
            ("p", Some(_)) => id().map(A::Proposal),
            ("y", Some(_)) => id().map(A::Confirm),
            ("s", Some(_)) => id().map(A::Skip),
            _ => None,
        }
    }
}

pub(super) struct MentorStaff;

#[async_trait]
impl Flow for MentorStaff {
    type Action = MentorStaffAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["ms"];
    const STAFF: bool = true;

    fn encode(action: &MentorStaffAction) -> (&'static str, String) {
        ("ms", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<MentorStaffAction> {
        MentorStaffAction::decode(value)
    }

    fn needs(
        input: &Input,
        action: Option<&MentorStaffAction>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        match input {
            Input::Command { name, .. } if name == "mentors" => Needs::STAFF,
            _ if action.is_some() => Needs::STAFF,
            _ => Needs::NOTHING,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: MentorStaffAction) -> Result<(), EngineError> {
        turn.mentor_staff_action(action).await
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "mentors" {
            return Ok(false);
        }
        turn.mentor_staff_action(MentorStaffAction::Open).await?;
        Ok(true)
    }

    async fn on_text(turn: &mut Turn<'_>, step: Step, text: &str) -> Result<(), EngineError> {
        match step {
            Step::Reason(id, stop) => turn.stop_mentor(id, stop, text).await,
            _ => turn.text_for_buttons(text).await,
        }
    }

    fn expects_button(step: Step) -> bool {
        !matches!(step, Step::Reason(..))
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        let tr = turn.tr();
        match step {
            Step::Pick => {
                let mut buttons: Vec<Vec<Button>> = turn
                    .mentor_municipalities()
                    .into_iter()
                    .map(|slug| {
                        vec![ms(
                            turn.municipality_display(&slug),
                            MentorStaffAction::Pick(slug),
                        )]
                    })
                    .collect();
                buttons.push(home_row(turn));
                (tr.msg("mentor-staff-pick"), buttons)
            }
            Step::Pool => (
                tr.msg_args(
                    "mentor-staff-menu",
                    &args!["municipality" => turn.municipality_name(turn.state.mentoring.as_deref().unwrap_or_default())],
                ),
                pool_buttons(turn),
            ),
            Step::Reason(_, stop) => (
                tr.msg_args(
                    match stop {
                        Stop::Pause => "mentor-staff-reason-pause",
                        Stop::End => "mentor-staff-reason-end",
                    },
                    &args!["max" => MAX_REASON_CHARS as i64],
                ),
                vec![vec![ms(tr.msg("button-back"), MentorStaffAction::Back)]],
            ),
        }
    }
}

fn ms(label: String, action: MentorStaffAction) -> Button {
    Button::new(label, action)
}

fn pool_buttons(turn: &Turn) -> Vec<Vec<Button>> {
    let tr = turn.tr();
    let mut buttons = rows(
        vec![
            ms(tr.msg("mentor-staff-vetting"), MentorStaffAction::Vetting),
            ms(tr.msg("mentor-staff-mentors"), MentorStaffAction::Mentors),
            ms(tr.msg("mentor-staff-propose"), MentorStaffAction::Propose),
            ms(
                tr.msg("mentor-staff-proposals"),
                MentorStaffAction::Proposals,
            ),
            ms(tr.msg("mentor-staff-matches"), MentorStaffAction::Matches),
        ],
        2,
    );
    buttons.push(home_row(turn));
    buttons
}

fn back_row(turn: &Turn) -> Vec<Button> {
    vec![ms(turn.tr().msg("button-back"), MentorStaffAction::Back)]
}

/// The reasons of a score, in words: "both speak العربية; …".
pub(super) fn reasons_line(tr: &Tr, name: &str, reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|reason| match reason {
            Reason::SharedLanguage(code) => tr.msg_args(
                "mentor-reason-language",
                &args!["language" => language_name(code)],
            ),
            Reason::Bridge => tr.msg_args("mentor-reason-bridge", &args!["name" => name]),
            Reason::SharedInterests(interests) => tr.msg_args(
                "mentor-reason-interests",
                &args!["interests" => interests.iter().map(|i| tr.msg(i.label_key())).collect::<Vec<_>>().join(", ")],
            ),
            Reason::HelpOffered(helps) => tr.msg_args(
                "mentor-reason-help",
                &args!["name" => name, "helps" => helps.iter().map(|h| tr.msg(h.label_key())).collect::<Vec<_>>().join(", ")],
            ),
            Reason::BothHaveChildren => tr.msg("mentor-reason-children"),
            Reason::SimilarAge => tr.msg("mentor-reason-age"),
            Reason::Waited(weeks) => {
                tr.msg_args("mentor-reason-waited", &args!["count" => *weeks])
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A language's name in itself, from a locale or `SPOKEN` code.
pub(super) fn language_name(code: &str) -> String {
    let code = match code {
        "nb" | "nn" => "no",
        other => other,
    };
    crate::skills::spoken_name(code).unwrap_or(code).to_owned()
}

impl Turn<'_> {
    pub(super) fn mentor_municipalities(&self) -> Vec<String> {
        crate::staff::mentor_municipalities(&self.staff)
    }

    /// The municipality being worked on, if this staff member runs its
    /// mentor scheme.
    fn mentoring(&self) -> Option<String> {
        self.state
            .mentoring
            .clone()
            .filter(|m| self.mentor_municipalities().contains(m))
    }

    async fn mentor_staff_action(&mut self, action: MentorStaffAction) -> Result<(), EngineError> {
        use MentorStaffAction as A;
        let mine = self.mentor_municipalities();
        if mine.is_empty() {
            self.note_msg("mentor-staff-not-allowed");
            let home = if self.staff.is_empty() {
                self.home()
            } else {
                flows::Step::STAFF
            };
            self.go(home);
            return Ok(());
        }
        let action = match action {
            A::Open if mine.len() == 1 => A::Pick(mine[0].clone()),
            A::Open => {
                self.go(flows::Step::MentorStaff(Step::Pick));
                return Ok(());
            }
            other => other,
        };
        if let A::Pick(slug) = &action {
            if !mine.contains(slug) {
                self.stale();
                return Ok(());
            }
            self.state.mentoring = Some(slug.clone());
            self.state.step = flows::Step::MentorStaff(Step::Pool);
            return self.show_pool().await;
        }
        let Some(municipality) = self.mentoring() else {
            self.stale();
            return Ok(());
        };
        self.state.step = flows::Step::MentorStaff(Step::Pool);
        match action {
            A::Back => self.show_pool().await?,
            A::Vetting => {
                let mentors = self
                    .app
                    .store
                    .mentors_in(&municipality, &[MentorStatus::Vetting])
                    .await?;
                self.list_mentors("mentor-staff-vetting-list", &mentors);
            }
            A::Mentors => {
                let mentors = self
                    .app
                    .store
                    .mentors_in(
                        &municipality,
                        &[
                            MentorStatus::Approved,
                            MentorStatus::Paused,
                            MentorStatus::Ended,
                        ],
                    )
                    .await?;
                self.list_mentors("mentor-staff-mentors-list", &mentors);
            }
            A::Card(id) => self.show_card(&municipality, id).await?,
            A::Tick(id, step) => {
                let Some(mentor) = self.app.store.mentor_in(&municipality, id).await? else {
                    self.stale();
                    return Ok(());
                };
                let done = !mentor.vetting.contains(&step);
                self.app
                    .store
                    .set_vetting_step(&municipality, id, step, done, self.now)
                    .await?;
                self.show_card(&municipality, id).await?;
            }
            A::Approve(id) => self.approve_mentor(&municipality, id).await?,
            A::Stop(id, stop) => {
                if self.app.store.mentor_in(&municipality, id).await?.is_none() {
                    self.stale();
                    return Ok(());
                }
                self.go(flows::Step::MentorStaff(Step::Reason(id, stop)));
            }
            A::Propose => self.propose(&municipality).await?,
            A::Proposals => self.list_proposals(&municipality).await?,
            A::Proposal(id) => self.show_proposal(&municipality, id).await?,
            A::Confirm(id) => self.confirm_proposal(&municipality, id).await?,
            A::Skip(id) => {
                let key = if self
                    .app
                    .store
                    .skip_proposal(&municipality, id, self.now)
                    .await?
                {
                    "mentor-staff-skipped"
                } else {
                    "mentor-staff-proposal-gone"
                };
                self.note_msg(key);
                self.list_proposals(&municipality).await?;
            }
            A::Matches => self.list_matches(&municipality).await?,
            A::Open | A::Pick(_) => unreachable!("handled above"),
        }
        Ok(())
    }

    /// The pool at a glance.
    async fn show_pool(&mut self) -> Result<(), EngineError> {
        let Some(municipality) = self.mentoring() else {
            self.stale();
            return Ok(());
        };
        let store = &self.app.store;
        let (seekers, mentors, matches) = tokio::try_join!(
            store.waiting_seekers(&municipality),
            store.mentors_in(&municipality, MentorStatus::ALL),
            store.matches_in(
                &municipality,
                &[
                    MatchStatus::Proposed,
                    MatchStatus::AskingMentor,
                    MatchStatus::AskingNewcomer,
                    MatchStatus::Active,
                ],
            ),
        )?;
        let tr = self.tr();
        let longest = seekers
            .iter()
            .map(|s| (self.now - s.waiting_since).num_weeks().max(0))
            .max()
            .unwrap_or(0);
        let count = |status: MentorStatus| mentors.iter().filter(|m| m.status == status).count();
        let free: i64 = mentors
            .iter()
            .map(|m| i64::from(m.for_matching().free_capacity()))
            .sum();
        let matched = |status: MatchStatus| matches.iter().filter(|m| m.status == status).count();
        let text = tr.msg_args(
            "mentor-staff-pool",
            &args![
                "municipality" => self.municipality_name(&municipality),
                "waiting" => seekers.len() as i64,
                "weeks" => longest,
                "approved" => count(MentorStatus::Approved) as i64,
                "free" => free,
                "paused" => count(MentorStatus::Paused) as i64,
                "vetting" => count(MentorStatus::Vetting) as i64,
                "active" => matched(MatchStatus::Active) as i64,
                "asking" => (matched(MatchStatus::AskingMentor) + matched(MatchStatus::AskingNewcomer)) as i64,
                "proposed" => matched(MatchStatus::Proposed) as i64,
            ],
        );
        let buttons = pool_buttons(self);
        self.reply(text, buttons);
        Ok(())
    }

    fn list_mentors(&mut self, key: &str, mentors: &[MentorRecord]) {
        let tr = self.tr();
        let text = if mentors.is_empty() {
            tr.msg("mentor-staff-none")
        } else {
            tr.msg(key)
        };
        let mut buttons: Vec<Vec<Button>> = mentors
            .iter()
            .map(|m| {
                vec![ms(
                    format!("{} · {}", m.first_name(), tr.msg(m.status.label_key())),
                    MentorStaffAction::Card(m.id),
                )]
            })
            .collect();
        buttons.push(back_row(self));
        self.reply(text, buttons);
    }

    /// A volunteer: what they gave, the vetting checklist and what staff
    /// can do.
    async fn show_card(&mut self, municipality: &str, id: i64) -> Result<(), EngineError> {
        let Some(mentor) = self.app.store.mentor_in(municipality, id).await? else {
            self.stale();
            return Ok(());
        };
        let tr = self.tr();
        let scheme = self.scheme(municipality);
        let since = crate::i18n::format_date(
            mentor
                .created_at
                .with_timezone(&chrono_tz::Europe::Oslo)
                .date_naive(),
        );
        let mut lines = vec![
            tr.msg_args(
                "mentor-staff-card",
                &args![
                    "name" => mentor.first_name(),
                    "status" => tr.msg(mentor.status.label_key()),
                    "since" => since,
                    "engaged" => i64::from(mentor.engaged),
                ],
            ),
            super::fadder::summary(self, &mentor.profile),
        ];
        if let Some(reason) = &mentor.reason {
            lines.push(tr.msg_args(
                "mentor-staff-card-reason",
                &args!["reason" => reason.clone()],
            ));
        }
        lines.push(tr.msg("mentor-staff-checklist"));
        let mut buttons: Vec<Vec<Button>> = VettingStep::ALL
            .iter()
            .map(|step| {
                let required = scheme.required.contains(step);
                let label = tr.msg(step.label_key());
                let label = if required {
                    label
                } else {
                    tr.msg_args("mentor-staff-optional", &args!["step" => label])
                };
                vec![ms(
                    ticked(mentor.vetting.contains(step), label),
                    MentorStaffAction::Tick(id, *step),
                )]
            })
            .collect();
        let mut actions = Vec::new();
        if matches!(mentor.status, MentorStatus::Vetting | MentorStatus::Paused) {
            actions.push(ms(
                tr.msg("mentor-staff-approve"),
                MentorStaffAction::Approve(id),
            ));
        }
        if matches!(
            mentor.status,
            MentorStatus::Vetting | MentorStatus::Approved
        ) {
            actions.push(ms(
                tr.msg("mentor-staff-pause"),
                MentorStaffAction::Stop(id, Stop::Pause),
            ));
        }
        if mentor.status != MentorStatus::Ended {
            actions.push(ms(
                tr.msg("mentor-staff-end"),
                MentorStaffAction::Stop(id, Stop::End),
            ));
        }
        buttons.extend(rows(actions, 2));
        buttons.push(back_row(self));
        self.reply(lines.join("\n\n"), buttons);
        Ok(())
    }

    fn scheme(&self, municipality: &str) -> crate::mentors::Mentoring {
        self.app
            .content
            .municipality(municipality)
            .map(|m| m.mentoring.clone())
            .unwrap_or_default()
    }

    async fn approve_mentor(&mut self, municipality: &str, id: i64) -> Result<(), EngineError> {
        let Some(mentor) = self.app.store.mentor_in(municipality, id).await? else {
            self.stale();
            return Ok(());
        };
        let missing = self.scheme(municipality).missing(&mentor.vetting);
        if !missing.is_empty() {
            let tr = self.tr();
            let steps: Vec<String> = missing.iter().map(|s| tr.msg(s.label_key())).collect();
            let text = tr.msg_args(
                "mentor-staff-missing-steps",
                &args!["steps" => steps.join(", ")],
            );
            self.note(text);
            return self.show_card(municipality, id).await;
        }
        let notice = self.volunteer_notice(&mentor, "fadder-notice-approved", None);
        let changed = self
            .app
            .store
            .set_mentor_status(
                municipality,
                id,
                &[MentorStatus::Vetting, MentorStatus::Paused],
                MentorStatus::Approved,
                None,
                &[notice],
                self.now,
            )
            .await?;
        self.note_msg(if changed {
            "mentor-staff-approved"
        } else {
            "stale-button"
        });
        self.show_card(municipality, id).await
    }

    /// Pauses or ends a volunteer with the reason typed.
    async fn stop_mentor(&mut self, id: i64, stop: Stop, text: &str) -> Result<(), EngineError> {
        let Some(municipality) = self.mentoring() else {
            self.stale();
            return Ok(());
        };
        let Some(reason) = self.typed(text, MAX_REASON_CHARS) else {
            return Ok(());
        };
        let Some(mentor) = self.app.store.mentor_in(&municipality, id).await? else {
            self.stale();
            return Ok(());
        };
        let (from, to, key): (&[MentorStatus], _, _) = match stop {
            Stop::Pause => (
                &[MentorStatus::Vetting, MentorStatus::Approved],
                MentorStatus::Paused,
                "fadder-notice-paused",
            ),
            Stop::End => (
                &[
                    MentorStatus::Vetting,
                    MentorStatus::Approved,
                    MentorStatus::Paused,
                ],
                MentorStatus::Ended,
                "fadder-notice-ended",
            ),
        };
        let mut deliveries = vec![self.volunteer_notice(&mentor, key, Some(&reason))];
        deliveries.extend(super::mentor::withdrawal_notices(self, &mentor, to).await?);
        let changed = self
            .app
            .store
            .set_mentor_status(
                &municipality,
                id,
                from,
                to,
                Some(&reason),
                &deliveries,
                self.now,
            )
            .await?;
        self.note_msg(if changed {
            "mentor-staff-status-changed"
        } else {
            "stale-button"
        });
        self.state.step = flows::Step::MentorStaff(Step::Pool);
        self.show_card(&municipality, id).await
    }

    /// A message to a volunteer about their sign-up, in their language,
    /// with a button to it.
    fn volunteer_notice(
        &self,
        mentor: &MentorRecord,
        key: &str,
        reason: Option<&str>,
    ) -> NewDelivery {
        let tr = self.app.i18n.tr(mentor.locale);
        let text = tr.msg_args(
            key,
            &args![
                "municipality" => self.municipality_name(&mentor.municipality),
                "reason" => reason.unwrap_or_default(),
            ],
        );
        let reply = Reply {
            text,
            buttons: vec![vec![Button::new(
                tr.msg("fadder-open"),
                super::home::MenuItem::Fadder,
            )]],
            html: false,
        };
        NewDelivery {
            municipality: mentor.municipality.clone(),
            chat: mentor.chat,
            source: format!("mentor:{}:{key}:{}", mentor.id, self.now.timestamp()),
            origin: Origin::Other,
            body: reply.to_body(),
            urgent: false,
            not_before: self.now,
        }
    }

    /// Runs the assignment over the municipality's whole pool and keeps
    /// its pairs as proposals for a coordinator.
    async fn propose(&mut self, municipality: &str) -> Result<(), EngineError> {
        let store = &self.app.store;
        let (seekers, mentors) = tokio::try_join!(
            store.waiting_seekers(municipality),
            store.mentors_in(municipality, &[MentorStatus::Approved]),
        )?;
        let mentors: Vec<_> = mentors.iter().map(MentorRecord::for_matching).collect();
        let assignment = assign_optimal(&mentors, &seekers, self.now);
        let proposals: Vec<NewProposal> = assignment
            .pairs
            .iter()
            .map(|pair| NewProposal {
                mentor_id: pair.mentor,
                seeker_id: pair.seeker,
                score: pair.score.total,
                reasons: pair.score.reasons.clone(),
            })
            .collect();
        store
            .replace_proposals(municipality, &proposals, self.now)
            .await?;
        tracing::info!(
            %municipality,
            waiting = seekers.len(),
            mentors = mentors.len(),
            proposals = proposals.len(),
            total = assignment.total,
            "matching ran"
        );
        let text = self.tr().msg_args(
            "mentor-staff-proposed",
            &args![
                "count" => proposals.len() as i64,
                "waiting" => seekers.len() as i64,
                "free" => mentors.iter().map(|m| i64::from(m.free_capacity())).sum::<i64>(),
            ],
        );
        self.note(text);
        self.list_proposals(municipality).await
    }

    async fn list_proposals(&mut self, municipality: &str) -> Result<(), EngineError> {
        let proposals = self
            .app
            .store
            .matches_in(municipality, &[MatchStatus::Proposed])
            .await?;
        let tr = self.tr();
        let text = if proposals.is_empty() {
            tr.msg("mentor-staff-no-proposals")
        } else {
            tr.msg("mentor-staff-proposals-list")
        };
        let mut buttons: Vec<Vec<Button>> = proposals
            .iter()
            .map(|m| {
                vec![ms(
                    format!(
                        "{} ↔ {} ({})",
                        m.mentor_name,
                        language_name(m.newcomer_locale.code()),
                        m.score
                    ),
                    MentorStaffAction::Proposal(m.id),
                )]
            })
            .collect();
        buttons.push(back_row(self));
        self.reply(text, buttons);
        Ok(())
    }

    /// A match of this municipality, or `None` after saying it is gone.
    async fn match_in(
        &mut self,
        municipality: &str,
        id: i64,
    ) -> Result<Option<MatchRecord>, EngineError> {
        let record = self
            .app
            .store
            .match_by_id(id)
            .await?
            .filter(|m| m.municipality == municipality);
        Ok(record)
    }

    async fn show_proposal(&mut self, municipality: &str, id: i64) -> Result<(), EngineError> {
        let Some(record) = self.match_in(municipality, id).await? else {
            self.note_msg("mentor-staff-proposal-gone");
            return self.list_proposals(municipality).await;
        };
        let tr = self.tr();
        let text = tr.msg_args(
            "mentor-staff-proposal",
            &args![
                "mentor" => record.mentor_name.clone(),
                "language" => language_name(record.newcomer_locale.code()),
                "why" => reasons_line(&tr, &record.mentor_name, &record.reasons),
                "score" => record.score,
                "status" => tr.msg(record.status.label_key()),
            ],
        );
        let mut buttons = Vec::new();
        if record.status == MatchStatus::Proposed {
            buttons.push(vec![
                ms(
                    tr.msg("mentor-staff-confirm"),
                    MentorStaffAction::Confirm(id),
                ),
                ms(tr.msg("mentor-staff-skip"), MentorStaffAction::Skip(id)),
            ]);
        }
        buttons.push(vec![
            ms(
                tr.msg("mentor-staff-mentor-card"),
                MentorStaffAction::Card(record.mentor_id),
            ),
            ms(tr.msg("button-back"), MentorStaffAction::Proposals),
        ]);
        self.reply(text, buttons);
        Ok(())
    }

    /// Confirms a proposal: the mentor is asked first.
    async fn confirm_proposal(&mut self, municipality: &str, id: i64) -> Result<(), EngineError> {
        let Some(record) = self.match_in(municipality, id).await? else {
            self.note_msg("mentor-staff-proposal-gone");
            return self.list_proposals(municipality).await;
        };
        let question = super::mentor::ask_mentor(self, &record);
        let outcome = self
            .app
            .store
            .confirm_proposal(municipality, id, &[question], self.now)
            .await?;
        let key = match outcome {
            Confirmed::Asked => "mentor-staff-confirmed",
            Confirmed::Gone => "mentor-staff-proposal-gone",
            Confirmed::MentorUnavailable => "mentor-staff-mentor-unavailable",
            Confirmed::NewcomerUnavailable => "mentor-staff-newcomer-unavailable",
        };
        let text = self
            .tr()
            .msg_args(key, &args!["mentor" => record.mentor_name.clone()]);
        self.note(text);
        self.list_proposals(municipality).await
    }

    async fn list_matches(&mut self, municipality: &str) -> Result<(), EngineError> {
        let matches = self
            .app
            .store
            .matches_in(
                municipality,
                &[
                    MatchStatus::AskingMentor,
                    MatchStatus::AskingNewcomer,
                    MatchStatus::Active,
                ],
            )
            .await?;
        let tr = self.tr();
        let mut lines = vec![tr.msg(if matches.is_empty() {
            "mentor-staff-no-matches"
        } else {
            "mentor-staff-matches-list"
        })];
        for record in &matches {
            let date = |at: chrono::DateTime<chrono::Utc>| {
                crate::i18n::format_date(at.with_timezone(&chrono_tz::Europe::Oslo).date_naive())
            };
            lines.push(tr.msg_args(
                "mentor-staff-match-line",
                &args![
                    "mentor" => record.mentor_name.clone(),
                    "language" => language_name(record.newcomer_locale.code()),
                    "status" => tr.msg(record.status.label_key()),
                    "since" => date(record.started_at.unwrap_or(record.updated_at)),
                    "met" => if record.met_at.is_some() { "yes" } else { "no" },
                    "checkins" => i64::from(record.checkins),
                ],
            ));
        }
        let buttons = vec![back_row(self)];
        self.reply(lines.join("\n"), buttons);
        Ok(())
    }
}

/// The message keys this flow builds from data.
pub fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    VettingStep::ALL
        .iter()
        .map(|s| s.label_key())
        .chain(MatchStatus::ALL.iter().map(|s| s.label_key()))
        .chain(crate::mentors::Side::ALL.iter().map(|s| s.label_key()))
}

#[cfg(test)]
mod tests {
    use super::super::wire;
    use super::*;

    #[test]
    fn every_mentor_staff_button_round_trips_within_telegrams_limit() {
        use MentorStaffAction as A;
        let id = i64::MAX;
        let mut actions = vec![
            A::Open,
            A::Pick("vestvagoy".into()),
            A::Vetting,
            A::Mentors,
            A::Card(id),
            A::Approve(id),
            A::Stop(id, Stop::Pause),
            A::Stop(id, Stop::End),
            A::Propose,
            A::Proposals,
            A::Proposal(id),
            A::Confirm(id),
            A::Skip(id),
            A::Matches,
            A::Back,
        ];
        actions.extend(VettingStep::ALL.iter().map(|s| A::Tick(id, *s)));
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_mentor_staff_buttons_are_refused() {
        wire::assert_refused(&[
            "1:ms:c:0",
            "1:ms:c:-4",
            "1:ms:t:5:horoscope",
            "1:ms:y:x",
            "1:ms:o:1",
            "1:ms:m:Ups!",
        ]);
    }
}

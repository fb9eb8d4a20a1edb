//! What staff's buttons and typed reasons do in the mentor scheme.

use super::screens::{back_row, language_name, ms, pool_buttons, reasons_line};
use super::{MAX_REASON_CHARS, MentorStaffAction, Step, Stop};
use crate::args;
use crate::context::AppState;
use crate::conversation::flows;
use crate::conversation::turn::{Turn, rows, ticked};
use crate::conversation::{Button, EngineError, Reply};
use crate::mentors::{
    MatchRecord, MatchStatus, MentorRecord, MentorStatus, VettingStep, assign_optimal,
};
use crate::outbox::{NewDelivery, Origin};
use crate::store::{Confirmed, NewProposal};
use chrono::{DateTime, Utc};

impl Turn<'_> {
    pub(in crate::conversation) fn mentor_municipalities(&self) -> Vec<String> {
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

    pub(super) async fn mentor_staff_action(
        &mut self,
        action: MentorStaffAction,
    ) -> Result<(), EngineError> {
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
        let since = crate::i18n::format_oslo_date(mentor.created_at);
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
            crate::conversation::fadder::summary(self, &mentor.profile),
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
        if changed {
            self.app
                .audit(
                    municipality,
                    crate::audit::Actor::Chat(self.chat),
                    crate::audit::Action::MentorApproved,
                    format!("#{id}"),
                )
                .await?;
        }
        self.note_msg(if changed {
            "mentor-staff-approved"
        } else {
            "stale-button"
        });
        self.show_card(municipality, id).await
    }

    /// Pauses or ends a volunteer with the reason typed.
    pub(super) async fn stop_mentor(
        &mut self,
        id: i64,
        stop: Stop,
        text: &str,
    ) -> Result<(), EngineError> {
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
        deliveries.extend(
            crate::conversation::mentor::withdrawal_notices(
                self,
                mentor.chat,
                crate::mentors::Side::Mentor,
                to == MentorStatus::Ended,
            )
            .await?,
        );
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
        if changed {
            let action = if to == MentorStatus::Ended {
                crate::audit::Action::MentorEnded
            } else {
                crate::audit::Action::MentorPaused
            };
            self.app
                .audit(
                    &municipality,
                    crate::audit::Actor::Chat(self.chat),
                    action,
                    format!("#{id}"),
                )
                .await?;
        }
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
                crate::conversation::home::MenuItem::Fadder,
            )]],
            html: false,
            file: None,
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
        let run = propose_pool(self.app, municipality, self.now).await?;
        let text = self.tr().msg_args(
            "mentor-staff-proposed",
            &args![
                "count" => run.proposals as i64,
                "waiting" => run.waiting as i64,
                "free" => run.free,
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
        let question = crate::conversation::mentor::ask_mentor(self, &record);
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
            let date = |at: chrono::DateTime<chrono::Utc>| crate::i18n::format_oslo_date(at);
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

/// What a matching run found.
pub(in crate::conversation) struct MatchingRun {
    pub proposals: usize,
    pub waiting: usize,
    /// Free places of approved mentors.
    pub free: i64,
}

/// Runs the assignment over a municipality's whole pool and keeps its
/// pairs as proposals for a coordinator (replacing unconfirmed ones).
pub(in crate::conversation) async fn propose_pool(
    app: &AppState,
    municipality: &str,
    now: DateTime<Utc>,
) -> Result<MatchingRun, EngineError> {
    let store = &app.store;
    let (seekers, mentors) = tokio::try_join!(
        store.waiting_seekers(municipality),
        store.mentors_in(municipality, &[MentorStatus::Approved]),
    )?;
    let mentors: Vec<_> = mentors.iter().map(MentorRecord::for_matching).collect();
    let assignment = assign_optimal(&mentors, &seekers, now);
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
        .replace_proposals(municipality, &proposals, now)
        .await?;
    tracing::info!(
        %municipality,
        waiting = seekers.len(),
        mentors = mentors.len(),
        proposals = proposals.len(),
        total = assignment.total,
        "matching ran"
    );
    Ok(MatchingRun {
        proposals: proposals.len(),
        waiting: seekers.len(),
        free: mentors.iter().map(|m| i64::from(m.free_capacity())).sum(),
    })
}

//! A newcomer waiting for a mentor: what they hope for, an optional wish
//! for a woman or a man, and leaving the pool.

use super::{MentorAction, Step};
use crate::args;
use crate::conversation::flows::{self, Screen};
use crate::conversation::home::MenuItem;
use crate::conversation::turn::{Turn, button, rows, ticked};
use crate::conversation::{Button, EngineError};
use crate::mentors::{Gender, Help, MatchStatus, Side, Wish};

fn mn(label: String, action: MentorAction) -> Button {
    Button::new(label, action)
}

pub(super) fn screen(turn: &Turn, step: Step) -> Screen {
    let tr = turn.tr();
    match step {
        Step::Wish => {
            let wish = turn.state.wish.clone().unwrap_or_default();
            let hopes = Help::ALL
                .iter()
                .map(|h| {
                    mn(
                        ticked(wish.hopes.contains(h), tr.msg(h.label_key())),
                        MentorAction::Hope(*h),
                    )
                })
                .collect();
            let mut buttons = rows(hopes, 2);
            buttons.push(
                Gender::ALL
                    .iter()
                    .map(|g| {
                        let key = match g {
                            Gender::Woman => "mentor-prefer-woman",
                            Gender::Man => "mentor-prefer-man",
                        };
                        mn(
                            ticked(wish.prefers == Some(*g), tr.msg(key)),
                            MentorAction::Prefer(*g),
                        )
                    })
                    .collect(),
            );
            buttons.push(vec![mn(tr.msg("mentor-save"), MentorAction::Save)]);
            buttons.push(turn.menu_row());
            (
                format!(
                    "{}\n\n{}",
                    tr.msg("mentor-wish-prompt"),
                    tr.msg("mentor-wish-privacy")
                ),
                buttons,
            )
        }
        Step::Waiting
        | Step::Contact(_)
        | Step::NewcomerContact(_)
        | Step::Ending(_)
        | Step::Problem(_) => (tr.msg("mentor-waiting-short"), waiting_buttons(turn)),
    }
}

fn waiting_buttons(turn: &Turn) -> Vec<Vec<Button>> {
    let tr = turn.tr();
    vec![
        vec![
            mn(tr.msg("mentor-change"), MentorAction::Change),
            mn(tr.msg("mentor-leave"), MentorAction::Leave),
        ],
        vec![button(turn, "button-menu", MenuItem::Menu)],
    ]
}

impl Turn<'_> {
    /// Before a person's data is deleted: the other sides of their
    /// matches are told, and mentors get their place back.
    pub(in crate::conversation) async fn leave_mentor_scheme(&mut self) -> Result<(), EngineError> {
        let store = &self.app.store;
        if store.pool_entry_of(self.chat).await?.is_some() {
            let deliveries =
                super::matches::withdrawal_notices(self, self.chat, Side::Newcomer, true).await?;
            store.leave_pool(self.chat, &deliveries, self.now).await?;
        }
        if store.mentor_of(self.chat).await?.is_some() {
            let deliveries =
                super::matches::withdrawal_notices(self, self.chat, Side::Mentor, true).await?;
            store
                .delete_mentor(self.chat, &deliveries, self.now)
                .await?;
        }
        Ok(())
    }

    /// The place in the pool, for `/mydata`.
    pub(in crate::conversation) async fn pool_summary(
        &self,
    ) -> Result<Option<String>, EngineError> {
        let Some(entry) = self.app.store.pool_entry_of(self.chat).await? else {
            return Ok(None);
        };
        let tr = self.tr();
        let mut hopes: Vec<String> = entry
            .wish
            .hopes
            .iter()
            .map(|h| tr.msg(h.label_key()))
            .collect();
        if let Some(gender) = entry.wish.prefers {
            hopes.push(tr.msg(match gender {
                Gender::Woman => "mentor-prefer-woman",
                Gender::Man => "mentor-prefer-man",
            }));
        }
        if hopes.is_empty() {
            hopes.push(tr.msg("value-unanswered"));
        }
        let since = crate::i18n::format_oslo_date(entry.waiting_since);
        Ok(Some(tr.msg_args(
            "mydata-mentor-wish",
            &args!["since" => since, "hopes" => hopes.join(", ")],
        )))
    }

    /// The profile's answer to "do you want a mentor?": yes joins the
    /// municipality's pool (keeping a place already held), no leaves it.
    pub(in crate::conversation) async fn sync_mentor_wish(
        &mut self,
        wants: bool,
    ) -> Result<(), EngineError> {
        let Some(municipality) = self.newcomer.as_ref().and_then(|n| n.municipality.clone()) else {
            return Ok(());
        };
        let entry = self.app.store.pool_entry_of(self.chat).await?;
        match (wants, entry) {
            (true, None) => {
                self.app
                    .store
                    .join_pool(self.chat, &municipality, &Wish::default(), self.now)
                    .await?;
            }
            (false, Some(_)) => {
                let deliveries =
                    super::matches::withdrawal_notices(self, self.chat, Side::Newcomer, true)
                        .await?;
                self.app
                    .store
                    .leave_pool(self.chat, &deliveries, self.now)
                    .await?;
            }
            _ => {}
        }
        Ok(())
    }

    /// The menu's "🤝 Mentor".
    pub(in crate::conversation) async fn mentor_action_from_menu(
        &mut self,
    ) -> Result<(), EngineError> {
        self.pool_action(MentorAction::Open).await
    }

    pub(super) async fn pool_action(&mut self, action: MentorAction) -> Result<(), EngineError> {
        let municipality = self
            .newcomer
            .as_ref()
            .and_then(|n| n.municipality.clone())
            .filter(|_| self.profile_complete());
        let Some(municipality) = municipality else {
            self.note_msg("mentor-needs-profile");
            let home = self.home();
            self.go(home);
            return Ok(());
        };
        let entry = self.app.store.pool_entry_of(self.chat).await?;
        match action {
            MentorAction::Open if entry.is_some() => self.show_waiting().await?,
            MentorAction::Open => {
                self.state.wish = Some(Wish::default());
                self.go(flows::Step::Mentor(Step::Wish));
            }
            MentorAction::Change => {
                self.state.wish = Some(entry.map(|e| e.wish).unwrap_or_default());
                self.go(flows::Step::Mentor(Step::Wish));
            }
            MentorAction::Hope(hope) if self.state.step == flows::Step::Mentor(Step::Wish) => {
                let wish = self.state.wish.get_or_insert_with(Wish::default);
                if !wish.hopes.remove(&hope) {
                    wish.hopes.insert(hope);
                }
                self.keep_wish_if_waiting(entry.is_some(), &municipality)
                    .await?;
                self.prompt();
            }
            MentorAction::Prefer(gender) if self.state.step == flows::Step::Mentor(Step::Wish) => {
                let wish = self.state.wish.get_or_insert_with(Wish::default);
                wish.prefers = if wish.prefers == Some(gender) {
                    None
                } else {
                    Some(gender)
                };
                self.keep_wish_if_waiting(entry.is_some(), &municipality)
                    .await?;
                self.prompt();
            }
            MentorAction::Save if self.state.step == flows::Step::Mentor(Step::Wish) => {
                let wish = self.state.wish.take().unwrap_or_default();
                self.app
                    .store
                    .join_pool(self.chat, &municipality, &wish, self.now)
                    .await?;
                if let Some(newcomer) = &mut self.newcomer
                    && newcomer.wants_mentor != Some(true)
                {
                    newcomer.wants_mentor = Some(true);
                    self.newcomer_changed = true;
                }
                let key = if entry.is_some() {
                    "mentor-wish-saved"
                } else {
                    "mentor-joined"
                };
                let text = self.tr().msg_args(
                    key,
                    &args!["municipality" => self.municipality_name(&municipality)],
                );
                self.note(text);
                self.show_waiting().await?;
            }
            MentorAction::Leave if entry.is_some() => {
                let deliveries =
                    super::matches::withdrawal_notices(self, self.chat, Side::Newcomer, true)
                        .await?;
                self.app
                    .store
                    .leave_pool(self.chat, &deliveries, self.now)
                    .await?;
                if let Some(newcomer) = &mut self.newcomer {
                    newcomer.wants_mentor = Some(false);
                    self.newcomer_changed = true;
                }
                self.note_msg("mentor-left");
                let home = self.home();
                self.go(home);
            }
            _ => self.stale(),
        }
        Ok(())
    }

    /// Someone already on the list keeps each change at once (as the
    /// fadder sign-up does); someone joining keeps it with "Put me on the
    /// list".
    async fn keep_wish_if_waiting(
        &mut self,
        waiting: bool,
        municipality: &str,
    ) -> Result<(), EngineError> {
        if let (true, Some(wish)) = (waiting, self.state.wish.clone()) {
            self.app
                .store
                .join_pool(self.chat, municipality, &wish, self.now)
                .await?;
        }
        Ok(())
    }

    /// Where the newcomer stands in the pool: waiting (and since when), a
    /// match being asked, or their mentor.
    async fn show_waiting(&mut self) -> Result<(), EngineError> {
        let Some(entry) = self.app.store.pool_entry_of(self.chat).await? else {
            self.stale();
            return Ok(());
        };
        self.state.step = flows::Step::Mentor(Step::Waiting);
        let matches = self.app.store.matches_of(self.chat).await?;
        let open = matches
            .iter()
            .find(|m| m.status.is_open() && m.side_of(self.chat) == Some(Side::Newcomer));
        let tr = self.tr();
        let municipality = self.municipality_name(&entry.municipality);
        let mut text = match open {
            Some(m) if m.status == MatchStatus::Active => {
                tr.msg_args("mentor-has-mentor", &args!["name" => m.mentor_name.clone()])
            }
            Some(_) => tr.msg("mentor-being-asked"),
            None => tr.msg_args(
                "mentor-waiting",
                &args![
                    "municipality" => municipality,
                    "weeks" => (self.now - entry.waiting_since).num_weeks().max(0),
                ],
            ),
        };
        let hopes: Vec<String> = entry
            .wish
            .hopes
            .iter()
            .map(|h| tr.msg(h.label_key()))
            .collect();
        if !hopes.is_empty() {
            text.push_str("\n\n");
            text.push_str(&tr.msg_args("mentor-hopes-line", &args!["hopes" => hopes.join(", ")]));
        }
        let mut buttons = waiting_buttons(self);
        if open.is_some_and(|m| m.status == MatchStatus::Active) {
            buttons.insert(0, vec![mn(tr.msg("match-mine-button"), MentorAction::Mine)]);
        }
        self.reply(text, buttons);
        Ok(())
    }
}

pub(super) fn dynamic_keys() -> impl Iterator<Item = &'static str> {
    std::iter::empty()
}

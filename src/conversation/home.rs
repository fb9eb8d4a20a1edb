//! Home: the menu (and the guest menu for people without a profile), the
//! menu commands, the welcome letter and a municipality's contacts and
//! meeting places. Its buttons use the codes `n`, `i`, `ic` and `ip`.

use async_trait::async_trait;

use super::events::EventsAction;
use super::flows::{self, Flow, Needs, Screen};
use super::guide::GuideAction;
use super::turn::{Turn, button, rows};
use super::wire::slug;
use super::{Button, EngineError, Input, Reply, onboarding};
use crate::args;
use crate::newcomers::Question;

/// An entry of the main menu (or the guest menu).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    Menu,
    Letter,
    Info,
    Settings,
    MyData,
    Privacy,
    Delete,
    Help,
    Language,
    SignUp,
    /// Upcoming events in the person's municipality.
    Events,
    /// Write a question to a person at the municipality.
    Ask,
    /// The bureaucracy guide.
    Guide,
    /// Renting, buying and housing support.
    Housing,
    /// The personal checklist.
    Checklist,
    /// Competence mapping.
    Skills,
    /// The staff home.
    Staff,
    /// Signing up as a fadder (volunteer mentor), or one's sign-up.
    Fadder,
    /// A newcomer's wish for a mentor, and their place in the pool.
    Mentor,
    /// Newcomer of the month: may the municipality ask me, and my stories.
    Featured,
    /// `/mydata` as a JSON file.
    MyDataFile,
}

impl MenuItem {
    pub(super) const ALL: [MenuItem; 21] = [
        MenuItem::Menu,
        MenuItem::Letter,
        MenuItem::Info,
        MenuItem::Settings,
        MenuItem::MyData,
        MenuItem::Privacy,
        MenuItem::Delete,
        MenuItem::Help,
        MenuItem::Language,
        MenuItem::SignUp,
        MenuItem::Events,
        MenuItem::Ask,
        MenuItem::Guide,
        MenuItem::Housing,
        MenuItem::Checklist,
        MenuItem::Skills,
        MenuItem::Staff,
        MenuItem::Fadder,
        MenuItem::Mentor,
        MenuItem::Featured,
        MenuItem::MyDataFile,
    ];

    pub(super) fn code(self) -> &'static str {
        match self {
            MenuItem::Menu => "menu",
            MenuItem::Letter => "letter",
            MenuItem::Info => "info",
            MenuItem::Settings => "settings",
            MenuItem::MyData => "mydata",
            MenuItem::Privacy => "privacy",
            MenuItem::Delete => "delete",
            MenuItem::Help => "help",
            MenuItem::Language => "language",
            MenuItem::SignUp => "signup",
            MenuItem::Events => "events",
            MenuItem::Ask => "ask",
            MenuItem::Guide => "guide",
            MenuItem::Housing => "housing",
            MenuItem::Checklist => "checklist",
            MenuItem::Skills => "skills",
            MenuItem::Staff => "staff",
            MenuItem::Fadder => "fadder",
            MenuItem::Mentor => "mentor",
            MenuItem::Featured => "featured",
            MenuItem::MyDataFile => "mydatafile",
        }
    }
}

/// A button of home.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// An entry of the menu (or the guest menu).
    Menu(MenuItem),
    /// Show a municipality's contacts and meeting places.
    Info(String),
    /// Show a municipality's contacts (offices).
    Contacts(String),
    /// Show a municipality's meeting places.
    Places(String),
}

impl From<MenuItem> for flows::Action {
    fn from(item: MenuItem) -> flows::Action {
        flows::Action::Home(Action::Menu(item))
    }
}

/// Where a person is at home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// A newcomer with a complete profile, at the main menu.
    Menu,
    /// Declined consent: general information only, nothing personal stored.
    Guest,
}

pub(super) struct Home;

#[async_trait]
impl Flow for Home {
    type Action = Action;
    type Step = Step;

    const CODES: &'static [&'static str] = &["n", "i", "ic", "ip"];

    fn encode(action: &Action) -> (&'static str, String) {
        match action {
            Action::Menu(item) => ("n", item.code().to_owned()),
            Action::Info(slug) => ("i", slug.clone()),
            Action::Contacts(slug) => ("ic", slug.clone()),
            Action::Places(slug) => ("ip", slug.clone()),
        }
    }

    fn decode(code: &str, value: &str) -> Option<Action> {
        match code {
            "n" => MenuItem::ALL
                .into_iter()
                .find(|i| i.code() == value)
                .map(Action::Menu),
            "i" => slug(value).map(Action::Info),
            "ic" => slug(value).map(Action::Contacts),
            "ip" => slug(value).map(Action::Places),
            _ => None,
        }
    }

    fn needs(
        input: &Input,
        action: Option<&Action>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        // The menu, help and the staff home look different for staff; my
        // data and skills show what `/skills` was told.
        let (staff, skills, mentor) = match (input, action) {
            (Input::Command { name, .. }, _) => (
                matches!(name.as_str(), "menu" | "help"),
                matches!(name.as_str(), "skills" | "mydata"),
                matches!(name.as_str(), "mydata" | "delete" | "events"),
            ),
            (_, Some(Action::Menu(item))) => (
                matches!(item, MenuItem::Menu | MenuItem::Staff | MenuItem::Help),
                matches!(item, MenuItem::Skills | MenuItem::MyData),
                matches!(
                    item,
                    MenuItem::Fadder | MenuItem::MyData | MenuItem::Delete | MenuItem::Events
                ),
            ),
            _ => (false, false, false),
        };
        Needs {
            staff,
            skills,
            audience: false,
            mentor,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: Action) -> Result<(), EngineError> {
        match action {
            Action::Menu(_) if onboarding::is_before_link(turn.state.step) => turn.stale(),
            Action::Menu(item) => turn.menu(item).await?,
            Action::Info(slug) if turn.app.content.municipality(&slug).is_some() => {
                turn.show_info(&slug);
            }
            Action::Contacts(slug) if !turn.before_consent() => turn.show_info_part(&slug, true),
            Action::Places(slug) if !turn.before_consent() => turn.show_info_part(&slug, false),
            _ => turn.stale(),
        }
        Ok(())
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        turn.menu_command(name).await
    }

    /// At the menu, typed text is a button's label or a question for the
    /// guide.
    async fn on_text(turn: &mut Turn<'_>, _step: Step, text: &str) -> Result<(), EngineError> {
        match super::labels::typed_button(turn, text, false) {
            Some(action) => flows::on_action(turn, action).await?,
            None => turn.answer_question(text),
        }
        Ok(())
    }

    fn expects_button(_step: Step) -> bool {
        false
    }

    fn screen(turn: &Turn<'_>, step: Step) -> Screen {
        let tr = turn.tr();
        match step {
            Step::Menu => {
                let buttons = [
                    ("menu-letter", MenuItem::Letter),
                    ("menu-info", MenuItem::Info),
                    ("menu-guide", MenuItem::Guide),
                    ("menu-checklist", MenuItem::Checklist),
                    ("menu-housing", MenuItem::Housing),
                    ("menu-skills", MenuItem::Skills),
                    ("menu-events", MenuItem::Events),
                    ("menu-mentor", MenuItem::Mentor),
                    ("menu-featured", MenuItem::Featured),
                    ("menu-ask", MenuItem::Ask),
                    ("menu-settings", MenuItem::Settings),
                    ("menu-language", MenuItem::Language),
                    ("menu-mydata", MenuItem::MyData),
                    ("menu-privacy", MenuItem::Privacy),
                    ("menu-delete", MenuItem::Delete),
                    ("menu-help", MenuItem::Help),
                    ("menu-fadder", MenuItem::Fadder),
                ]
                .into_iter()
                .map(|(key, item)| button(turn, key, item))
                .collect();
                (tr.msg("menu-title"), rows(buttons, 2))
            }
            Step::Guest => {
                let mut buttons = vec![
                    vec![button(turn, "menu-info", MenuItem::Info)],
                    vec![
                        button(turn, "menu-guide", MenuItem::Guide),
                        button(turn, "menu-housing", MenuItem::Housing),
                    ],
                    vec![button(turn, "menu-signup", MenuItem::SignUp)],
                    vec![button(turn, "menu-fadder", MenuItem::Fadder)],
                ];
                buttons.extend(rows(
                    vec![
                        button(turn, "menu-language", MenuItem::Language),
                        button(turn, "menu-privacy", MenuItem::Privacy),
                        button(turn, "menu-delete", MenuItem::Delete),
                        button(turn, "menu-help", MenuItem::Help),
                    ],
                    2,
                ));
                (tr.msg("guest-title"), buttons)
            }
        }
    }
}

impl Turn<'_> {
    /// A menu command: `false` if it is not one.
    async fn menu_command(&mut self, name: &str) -> Result<bool, EngineError> {
        let item = match name {
            "menu" => MenuItem::Menu,
            "help" => MenuItem::Help,
            "language" => MenuItem::Language,
            "letter" => MenuItem::Letter,
            "privacy" => MenuItem::Privacy,
            "mydata" => MenuItem::MyData,
            "delete" => MenuItem::Delete,
            "settings" => MenuItem::Settings,
            "info" => MenuItem::Info,
            "ask" => MenuItem::Ask,
            "guide" => MenuItem::Guide,
            "housing" => MenuItem::Housing,
            "checklist" => MenuItem::Checklist,
            "skills" => MenuItem::Skills,
            "events" => MenuItem::Events,
            _ => return Ok(false),
        };
        self.menu(item).await?;
        Ok(true)
    }

    pub(super) async fn menu(&mut self, item: MenuItem) -> Result<(), EngineError> {
        let complete = self.profile_complete();
        let staff_only = !self.staff.is_empty() && self.newcomer.is_none();
        match item {
            MenuItem::Staff if self.staff.is_empty() => self.stale(),
            MenuItem::Staff | MenuItem::Menu if staff_only || item == MenuItem::Staff => {
                self.state.leave_staff_side();
                self.go(flows::Step::STAFF);
            }
            MenuItem::Staff => self.stale(),
            MenuItem::Help if !self.staff.is_empty() => {
                self.note_msg("staff-help");
                self.prompt();
            }
            MenuItem::Menu => {
                let step = match self.state.step {
                    step if onboarding::is_before_consent(step) => step,
                    _ => self.home(),
                };
                if !matches!(step, flows::Step::Home(_)) {
                    self.note_msg("finish-first");
                }
                self.go(step);
            }
            MenuItem::Help => {
                self.note_msg("help-text");
                self.note_msg("help-followups");
                self.prompt();
            }
            MenuItem::Language => {
                let (text, buttons) = onboarding::language_picker(self);
                self.reply(text, buttons);
            }
            MenuItem::Events if self.newcomer.is_none() && self.mentor.is_some() => {
                // A fadder sees what is on where they volunteer.
                let municipality = self
                    .mentor
                    .as_ref()
                    .map(|m| m.municipality.clone())
                    .unwrap_or_default();
                self.public_events(&municipality).await?;
            }
            MenuItem::Events if !complete && self.newcomer.is_none() => {
                // Events are public: anyone may read what is on.
                let (text, buttons) =
                    municipality_picker(self, "events-pick", |slug| EventsAction::In(slug).into());
                self.reply(text, buttons);
            }
            MenuItem::Letter
            | MenuItem::Featured
            | MenuItem::Settings
            | MenuItem::Events
            | MenuItem::Ask
            | MenuItem::Checklist
            | MenuItem::Skills
                if !complete =>
            {
                let key = match item {
                    _ if self.newcomer.is_some() => "finish-first",
                    MenuItem::Ask => "needs-profile-ask",
                    MenuItem::Checklist => "needs-profile-checklist",
                    MenuItem::Skills => "needs-profile-skills",
                    _ => "needs-profile",
                };
                self.note_msg(key);
                self.prompt();
            }
            MenuItem::Letter => {
                self.state.step = flows::Step::MENU;
                self.send_letter();
            }
            MenuItem::Settings => {
                self.state.step = flows::Step::MENU;
                let (text, buttons) = onboarding::settings(self);
                self.reply(text, buttons);
            }
            MenuItem::Info => match self.newcomer.as_ref().and_then(|n| n.municipality.clone()) {
                Some(slug) => {
                    self.show_info(&slug);
                }
                None => {
                    let (text, buttons) = info_picker(self);
                    self.reply(text, buttons);
                }
            },
            MenuItem::MyData => {
                let (pending, cases, checklist) = tokio::try_join!(
                    self.app.store.pending_deliveries(self.chat),
                    self.app.store.cases_of(self.chat),
                    self.app.store.checklist_progress(self.chat)
                )?;
                let mut text = my_data(self, pending, cases, &checklist);
                if let Some(skills) = &self.skills {
                    text.push_str("\n\n");
                    text.push_str(&super::skills::summary(self, skills));
                }
                if let Some(wish) = self.pool_summary().await? {
                    text.push_str("\n\n");
                    text.push_str(&wish);
                }
                if let Some(featured) = self.featured_summary().await? {
                    text.push_str("\n\n");
                    text.push_str(&featured);
                }
                if let Some(followups) = self.followup_summary().await? {
                    text.push_str("\n\n");
                    text.push_str(&followups);
                }
                if let Some(mentor) = &self.mentor {
                    text.push_str("\n\n");
                    text.push_str(&self.tr().msg("mydata-fadder"));
                    text.push('\n');
                    text.push_str(&super::fadder::summary(self, &mentor.profile));
                }
                let tr = self.tr();
                let buttons = vec![
                    vec![Button::new(
                        tr.msg("mydata-file-button"),
                        MenuItem::MyDataFile,
                    )],
                    vec![Button::new(tr.msg("button-menu"), MenuItem::Menu)],
                ];
                self.state.step = self.home();
                self.reply(text, buttons);
            }
            MenuItem::MyDataFile => self.send_my_data_file().await?,
            MenuItem::Privacy => match self.newcomer.clone() {
                Some(newcomer) => {
                    let date = crate::i18n::format_oslo_date(newcomer.consented_at);
                    self.note_msg("privacy-notice");
                    self.note_msg("privacy-details");
                    self.note_msg("privacy-followups");
                    let municipality = newcomer.municipality.clone().unwrap_or_default();
                    if let Some(translator) = self
                        .app
                        .translator
                        .as_ref()
                        .filter(|_| self.app.translates_cases(&municipality))
                    {
                        self.note(self.tr().msg_args(
                            "privacy-translation",
                            &crate::args!["provider" => translator.name()],
                        ));
                    }
                    self.note(
                        self.tr()
                            .msg_args("privacy-consented", &crate::args!["date" => date]),
                    );
                    self.prompt();
                }
                None => self.go(flows::Step::PRIVACY),
            },
            MenuItem::SignUp => {
                let step = if self.newcomer.is_some() {
                    self.home()
                } else {
                    flows::Step::PRIVACY
                };
                self.go(step);
            }
            MenuItem::Delete => self.ask_delete(),
            MenuItem::Events => self.newcomer_events().await?,
            MenuItem::Ask => self.begin_ask().await?,
            MenuItem::Guide => self.guide_home(crate::guide::GuideKind::Guide),
            MenuItem::Housing => self.guide_home(crate::guide::GuideKind::Housing),
            MenuItem::Checklist => self.show_checklist().await?,
            MenuItem::Skills => self.open_skills(),
            MenuItem::Fadder => self.open_fadder(None),
            MenuItem::Mentor => {
                self.mentor_action_from_menu().await?;
            }
            MenuItem::Featured => self.show_featured().await?,
        }
        Ok(())
    }

    /// The welcome letter, with a button to each step's topic, to the
    /// contacts and meeting places, and to the menu. Nothing else follows
    /// it: its buttons are the way on.
    pub(super) fn send_letter(&mut self) {
        let Some(newcomer) = &self.newcomer else {
            return;
        };
        let Some(municipality) = newcomer
            .municipality
            .as_deref()
            .and_then(|slug| self.app.content.municipality(slug))
        else {
            return;
        };
        let tr = self.tr();
        let letter = crate::letter::welcome_letter(tr, &self.app.content, municipality, newcomer);
        let guide = self.app.content.guide();
        let slug = municipality.slug.clone();
        let mut buttons: Vec<Vec<Button>> = letter
            .steps
            .iter()
            .enumerate()
            .filter_map(|(i, step)| {
                let topic = guide.topic_for(Some(&slug), step.topic()?)?;
                let title = guide
                    .topic_text_for(Some(&slug), self.locale, &topic.id)
                    .map_or(topic.id.clone(), |t| t.title.clone());
                let label = super::guide::cut(&format!("{}. {title}", i + 1));
                Some(vec![Button::new(
                    format!("📘 {label}"),
                    GuideAction::Topic(topic.id.clone(), 0),
                )])
            })
            .collect();
        buttons.push(self.info_buttons(&slug));
        buttons.push(vec![Button::new(
            tr.msg("letter-pdf-button"),
            super::paper::PaperAction::Letter,
        )]);
        if newcomer.wants_mentor == Some(true) {
            // The one extra step of the wish for a mentor: what they hope
            // for, and a woman or a man if they prefer.
            buttons.push(vec![button(self, "letter-mentor-button", MenuItem::Mentor)]);
        }
        buttons.push(self.menu_row());
        self.reply_html(letter.html, buttons);
    }

    /// Buttons to a municipality's contacts and meeting places.
    fn info_buttons(&self, slug: &str) -> Vec<Button> {
        let tr = self.tr();
        vec![
            Button::new(tr.msg("button-contacts"), Action::Contacts(slug.to_owned())),
            Button::new(tr.msg("button-places"), Action::Places(slug.to_owned())),
        ]
    }

    /// A municipality's contacts and meeting places, as two messages.
    pub(super) fn show_info(&mut self, slug: &str) {
        if let Some(municipality) = self.app.content.municipality(slug) {
            let tr = self.tr();
            self.flush();
            self.replies.push(Reply {
                text: crate::letter::contacts(tr, municipality),
                buttons: Vec::new(),
                html: true,
                file: None,
            });
            let places = crate::letter::meeting_places(tr, municipality);
            self.reply_html(places, vec![self.menu_row()]);
        }
    }

    /// One part of a municipality's information, with a button to the
    /// other part and to the menu.
    fn show_info_part(&mut self, slug: &str, contacts: bool) {
        let Some(municipality) = self.app.content.municipality(slug) else {
            self.stale();
            return;
        };
        let tr = self.tr();
        let (text, other) = if contacts {
            (
                crate::letter::contacts(tr, municipality),
                Button::new(tr.msg("button-places"), Action::Places(slug.to_owned())),
            )
        } else {
            (
                crate::letter::meeting_places(tr, municipality),
                Button::new(tr.msg("button-contacts"), Action::Contacts(slug.to_owned())),
            )
        };
        self.reply_html(text, vec![vec![other], self.menu_row()]);
    }
}

/// The municipalities to read about.
pub(super) fn info_picker(turn: &Turn) -> Screen {
    municipality_picker(turn, "info-prompt", |slug| Action::Info(slug).into())
}

/// Every municipality as a button, then the menu.
pub(super) fn municipality_picker(
    turn: &Turn,
    key: &str,
    action: impl Fn(String) -> flows::Action,
) -> Screen {
    let mut buttons: Vec<Vec<Button>> = turn
        .app
        .content
        .municipalities()
        .map(|m| vec![Button::new(m.name.clone(), action(m.slug.clone()))])
        .collect();
    buttons.push(vec![button(turn, "button-menu", MenuItem::Menu)]);
    (turn.tr().msg(key), buttons)
}

/// Everything stored about this person, readable.
pub(super) fn my_data(
    turn: &Turn,
    pending: u64,
    cases: u64,
    checklist: &std::collections::BTreeMap<String, crate::guide::StepState>,
) -> String {
    let tr = turn.tr();
    let chat = format!("{} {}", turn.chat.channel.code(), turn.chat.id);
    let mut lines = vec![
        tr.msg("mydata-title"),
        String::new(),
        onboarding::profile_row(turn, "field-chat", chat),
        onboarding::profile_row(turn, "field-language", tr.msg("language-name")),
    ];
    match &turn.newcomer {
        Some(newcomer) => {
            for field in Question::ORDER.into_iter().filter(|f| turn.asks(*f)) {
                lines.push(onboarding::profile_row(
                    turn,
                    onboarding::field_label_key(field),
                    onboarding::answer_text(turn, field),
                ));
            }
            lines.push(onboarding::profile_row(
                turn,
                "field-consent",
                onboarding::local_date(newcomer),
            ));
            lines.push(onboarding::profile_row(
                turn,
                "field-pending",
                pending.to_string(),
            ));
            lines.push(onboarding::profile_row(
                turn,
                "field-cases",
                cases.to_string(),
            ));
            let count = |state| checklist.values().filter(|s| **s == state).count() as i64;
            lines.push(onboarding::profile_row(
                turn,
                "field-checklist",
                turn.tr().msg_args(
                    "value-checklist",
                    &args![
                        "done" => count(crate::guide::StepState::Done),
                        "skipped" => count(crate::guide::StepState::Skipped),
                    ],
                ),
            ));
        }
        None => {
            lines.push(String::new());
            lines.push(tr.msg("mydata-no-profile"));
        }
    }
    lines.push(String::new());
    lines.push(tr.msg("mydata-footer"));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::super::wire;
    use super::*;

    #[test]
    fn every_home_button_round_trips_within_telegrams_limit() {
        let mut actions: Vec<Action> = MenuItem::ALL.into_iter().map(Action::Menu).collect();
        actions.extend([
            Action::Info("tynset".into()),
            Action::Contacts("a-very-long-municipality-slug-32".into()),
            Action::Places("haram".into()),
        ]);
        wire::assert_round_trips(actions.into_iter().map(flows::Action::from));
    }

    #[test]
    fn forged_home_buttons_are_refused() {
        wire::assert_refused(&["1:n:everything", "1:i:Haram", "1:ic:../x", "1:ip:"]);
    }
}

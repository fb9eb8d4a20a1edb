//! The conversation engine: turns one [`Input`] from one person into
//! [`Reply`] values and a new persisted state. It knows nothing about
//! Telegram; the Telegram adapter, the terminal chat and the tests all drive
//! this same engine.

pub mod callback;
mod cases;
mod events;
mod guide;
mod screens;
mod skills;
pub mod staff;
pub mod state;
mod when;

pub use guide::PAGE_CHARS as GUIDE_PAGE_CHARS;
pub use screens::dynamic_keys;

/// The pages a guide topic is shown in, for one reader (and, if known, the
/// municipality they live in).
pub fn guide_pages(
    tr: &crate::i18n::Tr,
    guide: &crate::guide::Guide,
    topic: &crate::guide::Topic,
    municipality: Option<&crate::content::Municipality>,
) -> Vec<String> {
    guide::paginate(guide::topic_blocks(tr, guide, topic, municipality))
}

use chrono::{DateTime, Utc};

use crate::context::AppState;
use crate::i18n::{Locale, Tr};
use crate::letter;
use crate::newcomers::{Arrival, ChatKey, Newcomer, Status, YearMonth};
use crate::staff::{InviteCode, RedeemError, StaffKind, StaffMember};
use crate::store::{ConversationRecord, StoreError, Turn as StoredTurn};
use callback::{Action, Answer, Field, MenuItem};
use state::{State, Step};

/// What a person sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// `/start`, with the deep-link payload if there was one.
    Start(Option<String>),
    /// Any other `/command`; the name is lowercase, without the slash and
    /// the bot's @name; `args` is the rest of the line.
    Command {
        name: String,
        args: String,
    },
    /// A button press, with its raw callback data.
    Button(String),
    Text(String),
    /// A sticker, photo, voice message, location or anything else that is
    /// not text.
    Unsupported,
    /// An edit of an earlier message.
    Edited,
    /// A command sent in a group chat (staff bind a group with `/staff CODE`;
    /// anything else gets a pointer to a private chat).
    GroupCommand {
        name: String,
        args: String,
    },
    /// Text sent as a reply to one of the bot's own messages; `quoted` is
    /// the text of that message (staff answer a case this way).
    Reply {
        quoted: String,
        text: String,
    },
    /// The same in a group chat.
    GroupReply {
        quoted: String,
        text: String,
    },
}

impl Input {
    /// Reads a typed line: `/start payload`, `/command@bot args`, or text.
    pub fn from_text(text: &str) -> Input {
        let trimmed = text.trim();
        let Some(command) = trimmed.strip_prefix('/') else {
            return Input::Text(text.to_owned());
        };
        let (head, rest) = command
            .split_once(char::is_whitespace)
            .unwrap_or((command, ""));
        let name = head.split('@').next().unwrap_or_default().to_lowercase();
        let rest = rest.trim();
        match name.as_str() {
            "start" => Input::Start((!rest.is_empty()).then(|| rest.to_owned())),
            _ => Input::Command {
                name,
                args: rest.to_owned(),
            },
        }
    }
}

/// One message from one person, with what the messenger tells us about them.
#[derive(Clone, Debug)]
pub struct Incoming {
    pub chat: ChatKey,
    /// The messenger's language hint (Telegram's `language_code`).
    pub language_code: Option<String>,
    pub input: Input,
}

pub use crate::outbox::{Button, Reply};

impl Button {
    fn new(label: String, action: Action) -> Button {
        Button {
            label,
            data: action.encode(),
        }
    }
}

/// A button label, ticked when `on`.
fn ticked(on: bool, label: String) -> String {
    if on { format!("✓ {label}") } else { label }
}

/// What can go wrong while handling a turn.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AppState {
    /// The conversation engine over this state.
    pub fn engine(&self) -> Engine {
        Engine::new(self.clone())
    }
}

/// The conversation engine over the application's state.
#[derive(Clone)]
pub struct Engine {
    app: AppState,
}

impl Engine {
    pub fn new(app: AppState) -> Engine {
        Engine { app }
    }

    pub fn app(&self) -> &AppState {
        &self.app
    }

    /// Handles one message. Never fails: an internal error is logged and
    /// answered with one localized apology.
    pub async fn handle(&self, incoming: Incoming) -> Vec<Reply> {
        let chat = incoming.chat;
        let hint = incoming.language_code.clone();
        match self.try_handle(incoming).await {
            Ok(replies) => replies,
            Err(error) => {
                tracing::error!(channel = chat.channel.code(), %error, "conversation turn failed");
                let locale = hint
                    .as_deref()
                    .and_then(Locale::from_telegram)
                    .unwrap_or(Locale::En);
                vec![Reply::plain(self.app.i18n.tr(locale).msg("error-generic"))]
            }
        }
    }

    /// Redeems a staff invite code for this chat; says how it went.
    async fn bind_staff(
        &self,
        tr: &Tr<'_>,
        chat: ChatKey,
        kind: StaffKind,
        typed: &str,
    ) -> Result<String, EngineError> {
        let Some(code) = InviteCode::parse(typed) else {
            return Ok(tr.msg("staff-code-malformed"));
        };
        let now = self.app.clock.now();
        let member = match self
            .app
            .store
            .redeem_invite(&code.hash(), chat, kind, now)
            .await?
        {
            Ok(member) => member,
            Err(RedeemError::Unknown) => return Ok(tr.msg("staff-code-unknown")),
            Err(RedeemError::Expired) => return Ok(tr.msg("staff-code-expired")),
            Err(RedeemError::Used) => return Ok(tr.msg("staff-code-used")),
        };
        tracing::info!(municipality = %member.municipality, role = member.role.code(), "a staff invite was used");
        let municipality = self
            .app
            .content
            .municipality(&member.municipality)
            .map_or(member.municipality.clone(), |m| m.name.clone());
        let args =
            crate::args!["municipality" => municipality, "role" => tr.msg(member.role.label_key())];
        let mut text = match kind {
            StaffKind::Person => tr.msg_args("staff-welcome", &args),
            StaffKind::Group => tr.msg_args("staff-group-bound", &args),
        };
        // Questions asked before anyone received them come now.
        let routed = cases::route_waiting(&self.app, &member, now).await?;
        if routed > 0 {
            text.push_str("\n\n");
            text.push_str(&tr.msg_args(
                "staff-waiting-cases",
                &crate::args!["count" => routed as i64],
            ));
        }
        Ok(text)
    }

    /// A group chat: nothing is stored about it unless staff bind it; a
    /// bound staff group lists, answers and closes cases.
    async fn handle_group(&self, incoming: Incoming) -> Result<Vec<Reply>, EngineError> {
        // Staff groups work in Norwegian; anyone else is answered in the
        // language their messenger reports.
        let tr = self.app.i18n.tr(Locale::Nb);
        let hinted = self.app.i18n.tr(incoming
            .language_code
            .as_deref()
            .and_then(Locale::from_telegram)
            .unwrap_or(Locale::Nb));
        let now = self.app.clock.now();
        let chat = incoming.chat;
        let staff = self.app.store.staff_memberships(chat).await?;
        let text = match incoming.input {
            Input::GroupCommand { name, args } if name == "staff" => {
                self.bind_staff(&hinted, chat, StaffKind::Group, &args)
                    .await?
            }
            Input::GroupCommand { name, .. } if name == "cases" && !staff.is_empty() => {
                let (messages, _) = cases::open_cases(&self.app, &tr, &staff, now).await?;
                return Ok(messages.into_iter().map(Reply::plain).collect());
            }
            Input::GroupCommand { name, .. } if name == "help" && !staff.is_empty() => {
                tr.msg("staff-group-help")
            }
            Input::GroupCommand { name, args } if is_reply_command(&name) && !staff.is_empty() => {
                match cases::split_reference(&args) {
                    // A group has no conversation to wait in: the answer
                    // must come in the same message.
                    Some((reference, "")) => tr.msg_args(
                        "case-reply-group-usage",
                        &crate::args!["case" => reference.as_str()],
                    ),
                    Some((reference, text)) => {
                        cases::answer_case(&self.app, &tr, &staff, &reference, text, now).await?
                    }
                    None => tr.msg("case-reply-usage"),
                }
            }
            Input::GroupCommand { name, args } if is_close_command(&name) && !staff.is_empty() => {
                match cases::split_reference(&args) {
                    Some((reference, _)) => {
                        cases::close_case(&self.app, &tr, &staff, &reference, now).await?
                    }
                    None => tr.msg("case-reply-usage"),
                }
            }
            Input::GroupReply { quoted, text } => {
                match crate::cases::CaseRef::find_in(&quoted).filter(|_| !staff.is_empty()) {
                    Some(reference) => {
                        cases::answer_case(&self.app, &tr, &staff, &reference, &text, now).await?
                    }
                    // A reply to anything else stays unanswered: groups talk.
                    None => return Ok(Vec::new()),
                }
            }
            _ => hinted.msg("group-chat"),
        };
        Ok(vec![Reply::plain(text)])
    }

    /// Handles one message, or says why it could not.
    pub async fn try_handle(&self, incoming: Incoming) -> Result<Vec<Reply>, EngineError> {
        let hinted = incoming
            .language_code
            .as_deref()
            .and_then(Locale::from_telegram);
        if matches!(
            incoming.input,
            Input::GroupCommand { .. } | Input::GroupReply { .. }
        ) {
            return self.handle_group(incoming).await;
        }
        let store = &self.app.store;
        let (record, newcomer) = store.load_chat(incoming.chat).await?;
        let is_new = record.is_none();
        let saved = record.clone();
        let mut recovered = false;
        let (locale, mut state) = match record {
            Some(record) => {
                let state = State::from_stored(&record.state).unwrap_or_else(|error| {
                    tracing::warn!(%error, "conversation state not readable; recovered");
                    recovered = true;
                    State::at(Step::Language)
                });
                (record.locale, state)
            }
            None => (hinted.unwrap_or(Locale::En), State::at(Step::Language)),
        };
        // Someone who writes to us again has unblocked the bot.
        let mut newcomer = newcomer;
        let unblocked = match &mut newcomer {
            Some(n) if n.status == Status::Unreachable => {
                n.status = Status::Active;
                true
            }
            _ => false,
        };
        // Staff memberships matter only on the staff side of the conversation.
        let staff_input = match &incoming.input {
            Input::Command { name, .. } => {
                matches!(
                    name.as_str(),
                    "staff" | "announce" | "cases" | "events" | "menu" | "help"
                ) || is_reply_command(name)
                    || is_close_command(name)
            }
            Input::Button(data) => [
                "1:an:",
                "1:ev:",
                "1:cc:",
                "1:cy:",
                "1:cs:",
                "1:n:menu",
                "1:n:staff",
                "1:n:help",
            ]
            .iter()
            .any(|p| data.starts_with(p)),
            Input::Reply { .. } => true,
            _ => false,
        };
        let staff = if staff_input || state.step.is_staff() {
            store.staff_memberships(incoming.chat).await?
        } else {
            Vec::new()
        };
        // The skills matter only where they are shown or changed.
        let skills_input = match &incoming.input {
            Input::Command { name, .. } => name == "skills" || name == "mydata",
            Input::Button(data) => {
                data.starts_with("1:sk:") || data == "1:n:skills" || data == "1:n:mydata"
            }
            _ => false,
        };
        let skills = if skills_input || matches!(state.step, Step::Skills(_)) {
            store.load_skills(incoming.chat).await?
        } else {
            None
        };
        let preview_pool = match state.draft.as_ref() {
            Some(draft) if staff.iter().any(|m| m.municipality == draft.municipality) => {
                store.audience_groups(&draft.municipality).await?
            }
            _ => Vec::new(),
        };
        let carried = state.question.take();
        let mut turn = Turn {
            app: &self.app,
            carried,
            ask_receivers: None,
            saved,
            staff,
            preview_pool,
            skills,
            chat: incoming.chat,
            locale,
            state,
            newcomer,
            newcomer_changed: unblocked,
            notes: Vec::new(),
            replies: Vec::new(),
            erased: false,
            now: self.app.clock.now(),
        };
        if recovered && turn.newcomer.is_some() {
            // The place in the conversation is lost, not the person: they
            // are told, and go on from their home screen with their
            // profile as it was. A command still does what it says; text
            // or a button meant for the lost place is not guessed at.
            turn.state.step = turn.home();
            turn.note_msg("state-recovered");
            if !matches!(incoming.input, Input::Command { .. } | Input::Start(_)) {
                turn.prompt();
                return turn.finish().await;
            }
        }
        let staff_command =
            matches!(&incoming.input, Input::Command { name, .. } if name == "staff");
        if is_new && !staff_command {
            let link = match incoming.input {
                Input::Start(Some(payload)) => Some(turn.resolve_payload(&payload)),
                _ => None,
            };
            turn.start_new(link);
        } else {
            turn.run(incoming.input).await?;
        }
        turn.finish().await
    }
}

/// One turn of the conversation with one person.
struct Turn<'a> {
    app: &'a AppState,
    /// The question carried from the previous turn (see
    /// [`State::question`]); put back into the state only by the steps
    /// that carry it on.
    carried: Option<String>,
    /// The conversation as it was stored before this turn.
    saved: Option<ConversationRecord>,
    /// The municipalities this chat works for, if it is staff.
    staff: Vec<StaffMember>,
    /// Whether anyone at the newcomer's municipality receives questions,
    /// once this turn has looked (for the "ask a person" screen).
    ask_receivers: Option<bool>,
    /// The newcomers of a staff member's draft's municipality, grouped by
    /// the answers an audience is chosen by, for the announcement preview.
    preview_pool: Vec<(crate::announcements::Traits, u64)>,
    /// What the person told `/skills`, when this turn shows or changes it.
    skills: Option<crate::skills::Skills>,
    chat: ChatKey,
    locale: Locale,
    state: State,
    newcomer: Option<Newcomer>,
    newcomer_changed: bool,
    /// Short texts that go in front of the next reply.
    notes: Vec<String>,
    replies: Vec<Reply>,
    /// Set when the person's data was deleted: nothing is saved afterwards.
    erased: bool,
    now: DateTime<Utc>,
}

impl<'a> Turn<'a> {
    fn tr(&self) -> Tr<'a> {
        self.app.i18n.tr(self.locale)
    }

    fn note(&mut self, text: String) {
        self.notes.push(text);
    }

    fn note_msg(&mut self, key: &str) {
        let text = self.tr().msg(key);
        self.note(text);
    }

    /// Sends `text` with buttons, after any pending notes.
    fn reply(&mut self, text: String, buttons: Vec<Vec<Button>>) {
        self.notes.push(text);
        let text = std::mem::take(&mut self.notes).join("\n\n");
        self.replies.push(Reply {
            text,
            buttons,
            html: false,
        });
    }

    /// Sends an HTML message with buttons, after any pending notes (which
    /// are plain text, so they are escaped).
    fn reply_html(&mut self, html: String, buttons: Vec<Vec<Button>>) {
        let mut parts: Vec<String> = std::mem::take(&mut self.notes)
            .iter()
            .map(|note| crate::html::escape(note))
            .collect();
        parts.push(html);
        self.replies.push(Reply {
            text: parts.join("\n\n"),
            buttons,
            html: true,
        });
    }

    /// Sends pending notes on their own.
    fn flush(&mut self) {
        if !self.notes.is_empty() {
            let text = std::mem::take(&mut self.notes).join("\n\n");
            self.replies.push(Reply::plain(text));
        }
    }

    async fn finish(mut self) -> Result<Vec<Reply>, EngineError> {
        self.flush();
        if !self.erased {
            let state = self.state.to_stored();
            let record = ConversationRecord {
                locale: self.locale,
                state,
            };
            let newcomer = self.newcomer.as_ref().filter(|_| self.newcomer_changed);
            // A turn that changed nothing (a question answered with the same
            // screen) writes nothing.
            if newcomer.is_some() || self.saved.as_ref() != Some(&record) {
                self.app
                    .store
                    .save_turn(StoredTurn {
                        chat: self.chat,
                        conversation: &record,
                        newcomer,
                        now: self.now,
                    })
                    .await?;
            }
        }
        Ok(self.replies)
    }

    async fn run(&mut self, input: Input) -> Result<(), EngineError> {
        match input {
            Input::Start(payload) => self.start(payload),
            Input::Command { name, args } if name == "staff" => self.staff(&args).await?,
            Input::Command { name, .. } if name == "announce" && !self.staff.is_empty() => {
                self.announce_action(callback::AnnounceAction::New).await?
            }
            Input::Command { name, .. } if name == "cases" && !self.staff.is_empty() => {
                self.staff_cases().await?
            }
            Input::Command { name, args } if is_reply_command(&name) && !self.staff.is_empty() => {
                match cases::split_reference(&args) {
                    Some((reference, text)) => self.staff_reply_command(&reference, text).await?,
                    None => {
                        self.note_msg("case-reply-usage");
                        self.go(Step::Staff);
                    }
                }
            }
            Input::Command { name, args } if is_close_command(&name) && !self.staff.is_empty() => {
                match cases::split_reference(&args) {
                    Some((reference, _)) => self.ask_close(&reference).await?,
                    None => {
                        self.note_msg("case-reply-usage");
                        self.go(Step::Staff);
                    }
                }
            }
            Input::Command { name, .. } => self.command(&name).await?,
            Input::Reply { quoted, text } => {
                match crate::cases::CaseRef::find_in(&quoted).filter(|_| !self.staff.is_empty()) {
                    Some(reference) => self.staff_answer(&reference, &text).await?,
                    None => Box::pin(self.run(Input::Text(text))).await?,
                }
            }
            Input::Button(data) => match Action::decode(&data) {
                Ok(action) => self.action(action).await?,
                Err(_) => self.stale(),
            },
            // On a screen with buttons, typing a label works like pressing.
            Input::Text(text) if self.state.step.expects_button() => {
                self.text_for_buttons(&text).await?
            }
            Input::Text(text) if matches!(self.state.step, Step::Announce(_)) => {
                if let Step::Announce(step) = self.state.step {
                    self.announce_text(step, &text);
                }
            }
            Input::Text(text) if matches!(self.state.step, Step::Event(_)) => {
                match self.state.step {
                    Step::Event(step) if !self.event_municipalities().is_empty() => {
                        self.event_text(step, &text)
                    }
                    _ => self.prompt(),
                }
            }
            Input::Text(text) if self.state.step == Step::Ask => self.ask_text(&text).await?,
            Input::Text(text) if self.state.step == Step::Case(state::CaseStep::Answer) => {
                self.case_answer_text(&text).await?
            }
            Input::Text(text) if self.state.step == Step::Skills(state::SkillsStep::Profession) => {
                self.profession_text(&text).await?
            }
            Input::Text(text) if matches!(self.state.step, Step::Menu | Step::Guest) => {
                match self.typed_button(&text, false) {
                    Some(action) => self.action(action).await?,
                    None => self.answer_question(&text),
                }
            }
            Input::Text(text) => self.text_for_buttons(&text).await?,
            Input::Unsupported => {
                self.note_msg("unsupported-message");
                self.reprompt();
            }
            Input::Edited => self.note_msg("edited-message"),
            Input::GroupCommand { .. } | Input::GroupReply { .. } => self.note_msg("group-chat"),
        }
        Ok(())
    }

    // ---- starting -------------------------------------------------------

    /// The municipality a deep-link payload names: `Ok(slug)` if we know
    /// it, `Err(())` if not.
    fn resolve_payload(&self, payload: &str) -> Result<String, ()> {
        let slug = payload.trim().to_ascii_lowercase();
        match self.app.content.municipality(&slug) {
            Some(m) => Ok(m.slug.clone()),
            None => Err(()),
        }
    }

    /// Greets a person who has not consented (yet) and asks for the
    /// language; a linked municipality is remembered for later.
    fn start_new(&mut self, link: Option<Result<String, ()>>) {
        self.state = State::at(Step::Language);
        match link {
            Some(Ok(slug)) => {
                let name = self.municipality_name(&slug);
                self.note(self.tr().msg_args(
                    "start-hello-municipality",
                    &crate::args!["municipality" => name],
                ));
                self.state.link_municipality = Some(slug);
                self.prompt();
            }
            Some(Err(())) => {
                self.note_msg("start-hello");
                self.note_msg("start-unknown-link");
                self.go(Step::LinkMunicipality);
            }
            None => {
                self.note_msg("start-hello");
                self.prompt();
            }
        }
    }

    fn start(&mut self, payload: Option<String>) {
        let link = payload.map(|p| self.resolve_payload(&p));
        if let Some(newcomer) = &self.newcomer {
            let registered = newcomer.municipality.clone();
            match &link {
                Some(Err(())) => self.note_msg("start-unknown-link"),
                Some(Ok(slug)) if registered.as_ref().is_some_and(|r| r != slug) => {
                    let args = crate::args![
                        "municipality" => self.municipality_name(registered.as_deref().unwrap_or_default()),
                        "linked" => self.municipality_name(slug),
                    ];
                    self.note(self.tr().msg_args("start-registered-elsewhere", &args));
                }
                _ => self.note_msg("welcome-back"),
            }
            let home = self.home();
            self.go(home);
            return;
        }
        match self.state.step {
            Step::Guest => match link {
                Some(Ok(slug)) => self.show_info(&slug),
                Some(Err(())) => {
                    self.note_msg("start-unknown-link");
                    self.prompt();
                }
                None => {
                    self.note_msg("start-hello");
                    self.prompt();
                }
            },
            // Before consent, /start begins again from the language.
            _ => self.start_new(link),
        }
    }

    // ---- steps ----------------------------------------------------------

    /// The step a person returns to: the next unanswered question, the
    /// menu, or (without a profile) the guest menu.
    fn home(&self) -> Step {
        match &self.newcomer {
            None => Step::Guest,
            Some(newcomer) => match self.first_unanswered(newcomer) {
                Some(field) => Step::Onboarding(field),
                None => Step::Menu,
            },
        }
    }

    fn first_unanswered(&self, newcomer: &Newcomer) -> Option<Field> {
        Field::ORDER.into_iter().find(|field| match field {
            Field::Municipality => newcomer
                .municipality
                .as_deref()
                .and_then(|slug| self.app.content.municipality(slug))
                .is_none(),
            Field::Category => newcomer.category.is_none(),
            Field::Citizenship => newcomer.asks_citizenship() && newcomer.citizenship.is_none(),
            Field::Arrival => newcomer.arrival.is_none(),
            Field::Household => newcomer.household.is_none(),
            Field::Mentor => newcomer.wants_mentor.is_none(),
        })
    }

    /// Whether this person is asked `field` (the citizenship is not asked
    /// of refugees).
    fn asks(&self, field: Field) -> bool {
        field != Field::Citizenship
            || self
                .newcomer
                .as_ref()
                .is_some_and(Newcomer::asks_citizenship)
    }

    /// The question before `field` that this person is asked, if any.
    fn previous_field(&self, field: Field) -> Option<Field> {
        let mut previous = field.previous();
        while previous.is_some_and(|f| !self.asks(f)) {
            previous = previous.and_then(Field::previous);
        }
        previous
    }

    fn profile_complete(&self) -> bool {
        self.newcomer
            .as_ref()
            .is_some_and(|n| self.first_unanswered(n).is_none())
    }

    fn go(&mut self, step: Step) {
        self.state.step = step;
        self.prompt();
    }

    /// Shows what the current step asks for.
    fn prompt(&mut self) {
        if self.state.step.is_staff() && self.staff.is_empty() {
            // No longer staff (revoked): back to what a newcomer sees.
            self.state.draft = None;
            self.state.event_draft = None;
            self.state.case = None;
            self.state.step = self.home();
        }
        let (text, buttons) = screens::prompt(self);
        self.reply(text, buttons);
    }

    /// Text where buttons were expected: the button it names, or a short
    /// word to use the buttons and the step again.
    async fn text_for_buttons(&mut self, text: &str) -> Result<(), EngineError> {
        match self.typed_button(text, true) {
            Some(action) => self.action(action).await?,
            None => {
                let key = if self.state.step.is_staff() {
                    "staff-use-buttons"
                } else {
                    "use-the-buttons"
                };
                self.note_msg(key);
                self.reprompt();
            }
        }
        Ok(())
    }

    /// Shows the current step again after a mistake: like [`Turn::prompt`],
    /// but without repeating a long text the person has just read (the
    /// privacy notice).
    fn reprompt(&mut self) {
        if self.state.step == Step::Privacy {
            let (text, buttons) = screens::privacy_short(self);
            self.reply(text, buttons);
        } else {
            self.prompt();
        }
    }

    /// The button a typed text stands for on the current screen: its label
    /// typed out ("ስደተኛ እየ"), or yes or no in the person's language
    /// ("haa", "так", "ja") where the screen asks yes or no. With `loose`,
    /// also a unique button whose label contains the typed words
    /// ("refugee" for "I am a refugee"), or whose words the typed text
    /// contains.
    fn typed_button(&self, text: &str, loose: bool) -> Option<Action> {
        let typed = screens::fold_label(text);
        if typed.is_empty() {
            return None;
        }
        let (_, rows) = screens::prompt(self);
        let buttons: Vec<&Button> = rows.iter().flatten().collect();
        let decode = |b: &Button| Action::decode(&b.data).ok();
        let exact: Vec<&&Button> = buttons
            .iter()
            .filter(|b| screens::fold_label(&b.label) == typed)
            .collect();
        if let [only] = exact.as_slice() {
            return decode(only);
        }
        if let Some((yes, no)) = screens::yes_no(self) {
            if screens::is_word(self, "typed-yes", &typed) {
                return Some(yes);
            }
            if screens::is_word(self, "typed-no", &typed) {
                return Some(no);
            }
        }
        if !loose || typed.chars().count() < 4 {
            return None;
        }
        // The typed words inside one label ("refugee"), or one label's
        // words inside what was typed ("ኣነ ስደተኛ እየ" for "ስደተኛ እየ").
        let padded = format!(" {typed} ");
        let containing: Vec<&&Button> = buttons
            .iter()
            .filter(|b| {
                let label = screens::fold_label(&b.label);
                format!(" {label} ").contains(&padded)
                    || (label.chars().count() >= 4 && padded.contains(&format!(" {label} ")))
            })
            .collect();
        match containing.as_slice() {
            [only] => decode(only),
            _ => None,
        }
    }

    /// Typed text that must fit `max` characters: the trimmed text, or
    /// `None` after saying what is wrong and showing the step again.
    fn typed(&mut self, text: &str, max: usize) -> Option<String> {
        match crate::cases::clean_text(text, max) {
            Ok(text) => Some(text),
            Err(error) => {
                let message = cases::message_error(&self.tr(), error, max);
                self.note(message);
                self.prompt();
                None
            }
        }
    }

    /// Whether the person has not yet got past the language and the
    /// privacy notice.
    fn before_consent(&self) -> bool {
        matches!(
            self.state.step,
            Step::Language | Step::Privacy | Step::LinkMunicipality
        ) && self.newcomer.is_none()
    }

    fn stale(&mut self) {
        self.note_msg("stale-button");
        self.prompt();
    }

    // ---- staff ----------------------------------------------------------

    /// `/staff CODE` binds this chat as staff; `/staff` shows the staff home.
    async fn staff(&mut self, args: &str) -> Result<(), EngineError> {
        if !args.trim().is_empty() {
            let engine = Engine::new(self.app.clone());
            let text = engine
                .bind_staff(&self.tr(), self.chat, StaffKind::Person, args)
                .await?;
            self.note(text);
            self.staff = self.app.store.staff_memberships(self.chat).await?;
        }
        if self.staff.is_empty() {
            if args.trim().is_empty() {
                self.note_msg("staff-not-member");
            }
            self.prompt();
        } else {
            self.go(Step::Staff);
        }
        Ok(())
    }

    // ---- commands and menu ----------------------------------------------

    async fn command(&mut self, name: &str) -> Result<(), EngineError> {
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
            "events" if !self.profile_complete() && !self.event_municipalities().is_empty() => {
                return self.event_action(callback::EventAction::List).await;
            }
            "events" => MenuItem::Events,
            _ => {
                self.note_msg("unknown-command");
                self.prompt();
                return Ok(());
            }
        };
        self.menu(item).await
    }

    async fn menu(&mut self, item: MenuItem) -> Result<(), EngineError> {
        let complete = self.profile_complete();
        let staff_only = !self.staff.is_empty() && self.newcomer.is_none();
        match item {
            MenuItem::Staff if self.staff.is_empty() => self.stale(),
            MenuItem::Staff | MenuItem::Menu if staff_only || item == MenuItem::Staff => {
                self.state.draft = None;
                self.state.event_draft = None;
                self.state.case = None;
                self.go(Step::Staff);
            }
            MenuItem::Staff => self.stale(),
            MenuItem::Help if !self.staff.is_empty() => {
                self.note_msg("staff-help");
                self.prompt();
            }
            MenuItem::Menu => {
                let step = match self.state.step {
                    step @ (Step::Language | Step::Privacy | Step::LinkMunicipality) => step,
                    _ => self.home(),
                };
                if !matches!(step, Step::Menu | Step::Guest) {
                    self.note_msg("finish-first");
                }
                self.go(step);
            }
            MenuItem::Help => {
                self.note_msg("help-text");
                self.prompt();
            }
            MenuItem::Language => {
                let (text, buttons) = screens::language_picker(self);
                self.reply(text, buttons);
            }
            MenuItem::Events if !complete && self.newcomer.is_none() => {
                // Events are public: anyone may read what is on.
                let (text, buttons) = screens::municipality_picker(self, "events-pick", |slug| {
                    Action::EventsIn(slug)
                });
                self.reply(text, buttons);
            }
            MenuItem::Letter
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
                self.state.step = Step::Menu;
                self.send_letter();
            }
            MenuItem::Settings => {
                self.state.step = Step::Menu;
                let (text, buttons) = screens::settings(self);
                self.reply(text, buttons);
            }
            MenuItem::Info => match self.newcomer.as_ref().and_then(|n| n.municipality.clone()) {
                Some(slug) => {
                    self.show_info(&slug);
                }
                None => {
                    let (text, buttons) = screens::info_picker(self);
                    self.reply(text, buttons);
                }
            },
            MenuItem::MyData => {
                let (pending, cases, checklist) = tokio::try_join!(
                    self.app.store.pending_deliveries(self.chat),
                    self.app.store.cases_of(self.chat),
                    self.app.store.checklist_progress(self.chat)
                )?;
                let mut text = screens::my_data(self, pending, cases, &checklist);
                if let Some(skills) = &self.skills {
                    text.push_str("\n\n");
                    text.push_str(&skills::summary(self, skills));
                }
                self.note(text);
                self.prompt();
            }
            MenuItem::Privacy => match &self.newcomer {
                Some(newcomer) => {
                    let date = crate::i18n::format_date(
                        newcomer
                            .consented_at
                            .with_timezone(&chrono_tz::Europe::Oslo)
                            .date_naive(),
                    );
                    self.note_msg("privacy-notice");
                    self.note_msg("privacy-details");
                    self.note(
                        self.tr()
                            .msg_args("privacy-consented", &crate::args!["date" => date]),
                    );
                    self.prompt();
                }
                None => self.go(Step::Privacy),
            },
            MenuItem::SignUp => {
                let step = if self.newcomer.is_some() {
                    self.home()
                } else {
                    Step::Privacy
                };
                self.go(step);
            }
            MenuItem::Delete => self.go(Step::ConfirmDelete),
            MenuItem::Events => self.newcomer_events().await?,
            MenuItem::Ask => self.begin_ask().await?,
            MenuItem::Guide => self.guide_home(crate::guide::GuideKind::Guide),
            MenuItem::Housing => self.guide_home(crate::guide::GuideKind::Housing),
            MenuItem::Checklist => self.show_checklist().await?,
            MenuItem::Skills => self.open_skills(),
        }
        Ok(())
    }

    /// The welcome letter, with a button to each step's topic, to the
    /// contacts and meeting places, and to the menu. Nothing else follows
    /// it: its buttons are the way on.
    fn send_letter(&mut self) {
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
        let letter = letter::welcome_letter(tr, &self.app.content, municipality, newcomer);
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
                let label = guide::cut(&format!("{}. {title}", i + 1));
                Some(vec![Button::new(
                    format!("📘 {label}"),
                    Action::Guide(callback::GuideAction::Topic(topic.id.clone(), 0)),
                )])
            })
            .collect();
        buttons.push(self.info_buttons(&slug));
        buttons.push(vec![Button::new(
            tr.msg("button-menu"),
            Action::Menu(MenuItem::Menu),
        )]);
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
    fn show_info(&mut self, slug: &str) {
        if let Some(municipality) = self.app.content.municipality(slug) {
            let tr = self.tr();
            self.flush();
            self.replies.push(Reply {
                text: letter::contacts(tr, municipality),
                buttons: Vec::new(),
                html: true,
            });
            let places = letter::meeting_places(tr, municipality);
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
                letter::contacts(tr, municipality),
                Button::new(tr.msg("button-places"), Action::Places(slug.to_owned())),
            )
        } else {
            (
                letter::meeting_places(tr, municipality),
                Button::new(tr.msg("button-contacts"), Action::Contacts(slug.to_owned())),
            )
        };
        self.reply_html(text, vec![vec![other], self.menu_row()]);
    }

    fn municipality_name(&self, slug: &str) -> String {
        self.app
            .content
            .municipality(slug)
            .map(|m| m.short_name.clone())
            .unwrap_or_else(|| slug.to_owned())
    }

    // ---- buttons --------------------------------------------------------

    async fn action(&mut self, action: Action) -> Result<(), EngineError> {
        let step = self.state.step;
        match action {
            Action::Language(locale) => {
                self.locale = locale;
                if let Some(newcomer) = &mut self.newcomer {
                    newcomer.locale = locale;
                    self.newcomer_changed = true;
                }
                self.note_msg("language-changed");
                if step == Step::Language {
                    let next = if self.newcomer.is_some() {
                        self.home()
                    } else {
                        Step::Privacy
                    };
                    self.go(next);
                } else {
                    self.prompt();
                }
            }
            Action::LinkMunicipality(slug) if step == Step::LinkMunicipality => {
                if self.app.content.municipality(&slug).is_some() {
                    self.state.link_municipality = Some(slug);
                    self.go(Step::Language);
                } else {
                    self.stale();
                }
            }
            Action::Consent(true) if step == Step::Privacy => {
                if self.newcomer.is_none() {
                    let mut newcomer = Newcomer::consented(self.chat, self.locale, self.now);
                    newcomer.municipality = self
                        .state
                        .link_municipality
                        .take()
                        .filter(|slug| self.app.content.municipality(slug).is_some());
                    self.newcomer = Some(newcomer);
                    self.newcomer_changed = true;
                }
                self.note_msg("privacy-thanks");
                let home = self.home();
                self.go(home);
            }
            Action::Consent(false) if step == Step::Privacy => {
                self.state.link_municipality = None;
                self.note_msg("privacy-declined");
                self.go(Step::Guest);
            }
            Action::BackFromPrivacy if step == Step::Privacy => self.go(Step::Language),
            Action::Answer(answer) if matches!(step, Step::Onboarding(f) | Step::Editing(f) if f == answer.field()) =>
            {
                if !self.apply(answer) {
                    self.stale();
                } else if matches!(step, Step::Editing(_)) && self.home() == Step::Menu {
                    self.note_msg("settings-saved");
                    self.state.step = Step::Menu;
                    let (text, buttons) = screens::settings(self);
                    self.reply(text, buttons);
                } else if matches!(step, Step::Editing(_)) {
                    // The change opened a new question (a refugee who now
                    // came to work is asked for their citizenship).
                    self.note_msg("settings-saved");
                    let next = self.home();
                    self.go(next);
                } else if self.home() == Step::Menu {
                    self.note_msg("profile-done");
                    self.state.step = Step::Menu;
                    self.send_letter();
                } else {
                    let next = self.home();
                    self.go(next);
                }
            }
            Action::Back(field) if step == Step::Onboarding(field) => {
                let previous = self
                    .previous_field(field)
                    .map(Step::Onboarding)
                    .unwrap_or(Step::Language);
                self.go(previous);
            }
            Action::Back(field) if step == Step::Editing(field) => {
                self.state.step = Step::Menu;
                let (text, buttons) = screens::settings(self);
                self.reply(text, buttons);
            }
            Action::Menu(item) if !matches!(step, Step::LinkMunicipality) => {
                self.menu(item).await?;
            }
            Action::Change(field) if self.profile_complete() && self.asks(field) => {
                self.go(Step::Editing(field))
            }
            Action::ConfirmDelete(true) if step == Step::ConfirmDelete => {
                let deletion = self.app.store.delete_person(self.chat).await?;
                self.erased = true;
                self.newcomer = None;
                let text = screens::deletion_report(self, deletion);
                self.note(text);
            }
            Action::ConfirmDelete(false) if step == Step::ConfirmDelete => {
                self.note_msg("delete-cancelled");
                let home = self.home();
                self.go(home);
            }
            Action::Announce(announce) => self.announce_action(announce).await?,
            Action::Event(event) => self.event_action(event).await?,
            Action::Remind(id, at) if self.profile_complete() => self.remind(id, at).await?,
            Action::CloseCase(reference) if !self.staff.is_empty() => {
                self.ask_close(&reference).await?
            }
            Action::ConfirmCloseCase(reference) if !self.staff.is_empty() => {
                self.staff_close(&reference).await?
            }
            Action::Cases if !self.staff.is_empty() => self.staff_cases().await?,
            Action::Skills(action) if self.profile_complete() => self.skills_action(action).await?,
            Action::Guide(action)
                if !matches!(
                    step,
                    Step::Language | Step::Privacy | Step::LinkMunicipality
                ) =>
            {
                self.guide_action(action).await?
            }
            Action::AskCarried if step == Step::Ask => match self.carried.take() {
                Some(question) => self.ask_text(&question).await?,
                None => self.stale(),
            },
            Action::EventsIn(slug) if self.app.content.municipality(&slug).is_some() => {
                self.public_events(&slug).await?
            }
            Action::Info(slug) if self.app.content.municipality(&slug).is_some() => {
                self.show_info(&slug);
            }
            Action::Contacts(slug) if !self.before_consent() => self.show_info_part(&slug, true),
            Action::Places(slug) if !self.before_consent() => self.show_info_part(&slug, false),
            _ => self.stale(),
        }
        Ok(())
    }

    /// Records an answer on the newcomer. `false` if it is not acceptable.
    fn apply(&mut self, answer: Answer) -> bool {
        let this_month = YearMonth::of(&self.app.clock.today_in_oslo());
        let known_municipality = |slug: &str| self.app.content.municipality(slug).is_some();
        let acceptable = match &answer {
            Answer::Municipality(slug) => known_municipality(slug),
            Answer::Arrival(Arrival::Month(month)) => *month <= this_month,
            _ => true,
        };
        let Some(newcomer) = self.newcomer.as_mut().filter(|_| acceptable) else {
            return false;
        };
        match answer {
            Answer::Municipality(slug) => newcomer.municipality = Some(slug),
            Answer::Category(category) => {
                newcomer.category = Some(category);
                // Refugees are not asked for their citizenship: keep none.
                if !newcomer.asks_citizenship() {
                    newcomer.citizenship = None;
                }
            }
            Answer::Citizenship(citizenship) => newcomer.citizenship = Some(citizenship),
            Answer::Arrival(arrival) => newcomer.arrival = Some(arrival),
            Answer::Household(household) => newcomer.household = Some(household),
            Answer::Mentor(wants) => newcomer.wants_mentor = Some(wants),
        }
        self.newcomer_changed = true;
        true
    }
}

/// `/reply` (or Norwegian `/svar`): staff answer a case.
fn is_reply_command(name: &str) -> bool {
    matches!(name, "reply" | "svar")
}

/// `/close` (or Norwegian `/lukk`): staff close a case.
fn is_close_command(name: &str) -> bool {
    matches!(name, "close" | "lukk")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_lines_become_inputs() {
        assert_eq!(Input::from_text("/start"), Input::Start(None));
        assert_eq!(
            Input::from_text("/start haram"),
            Input::Start(Some("haram".into()))
        );
        assert_eq!(
            Input::from_text("/Help@velkommen_bot"),
            Input::Command {
                name: "help".into(),
                args: String::new()
            }
        );
        assert_eq!(
            Input::from_text("/staff  K7QF-2M9X-4TPA "),
            Input::Command {
                name: "staff".into(),
                args: "K7QF-2M9X-4TPA".into()
            }
        );
        assert_eq!(Input::from_text("hei"), Input::Text("hei".into()));
        assert_eq!(
            Input::from_text("/"),
            Input::Command {
                name: String::new(),
                args: String::new()
            }
        );
    }
}

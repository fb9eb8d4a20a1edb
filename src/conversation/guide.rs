//! The guide in the conversation: `/guide` and `/housing` (sections →
//! topics → pages), the personal `/checklist`, and typed questions answered
//! with the three best matching topics.

use async_trait::async_trait;

use super::flows::{Flow, Screen};
use super::home::MenuItem;
use super::turn::Turn;
use super::{Button, EngineError, onboarding};
use crate::args;
use crate::content::Municipality;
use crate::guide::{Guide, GuideKind, StepState, Topic};
use crate::html;
use crate::i18n::Tr;
use crate::letter;
use crate::newcomers::{Newcomer, YearMonth};

/// A button in the guide or the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideAction {
    /// The sections of `/guide` or `/housing`.
    Home(GuideKind),
    Section(String),
    /// A topic, at a page (0 is the first).
    Topic(String, u8),
    /// Mark a checklist step done, not relevant, or (`None`) to do again.
    Mark(String, Option<StepState>),
    /// None of the topics offered for a typed question fits.
    NoneOfThese,
}

impl GuideAction {
    fn encode(&self) -> String {
        match self {
            GuideAction::Home(kind) => format!("h:{}", kind.code()),
            GuideAction::Section(id) => format!("s:{id}"),
            GuideAction::Topic(id, page) => format!("t:{id}:{page}"),
            GuideAction::Mark(step, state) => {
                let code = match state {
                    Some(StepState::Done) => "d",
                    Some(StepState::Skipped) => "s",
                    None => "o",
                };
                format!("m:{step}:{code}")
            }
            GuideAction::NoneOfThese => "no".into(),
        }
    }

    fn decode(data: &str) -> Option<GuideAction> {
        let (code, value) = data.split_once(':').unwrap_or((data, ""));
        let id = |v: &str| crate::guide::is_id(v).then(|| v.to_owned());
        match code {
            "h" => GuideKind::from_code(value).map(GuideAction::Home),
            "s" => id(value).map(GuideAction::Section),
            "t" => {
                let (topic, page) = value.split_once(':')?;
                Some(GuideAction::Topic(id(topic)?, page.parse().ok()?))
            }
            "m" => {
                let (step, state) = value.split_once(':')?;
                let state = match state {
                    "d" => Some(StepState::Done),
                    "s" => Some(StepState::Skipped),
                    "o" => None,
                    _ => return None,
                };
                Some(GuideAction::Mark(id(step)?, state))
            }
            "no" if value.is_empty() && !data.contains(':') => Some(GuideAction::NoneOfThese),
            _ => None,
        }
    }
}

pub(super) struct GuideFlow;

/// The guide has no steps of its own: it is read from the menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Step {}

#[async_trait]
impl Flow for GuideFlow {
    type Action = GuideAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["gd"];

    fn encode(action: &GuideAction) -> (&'static str, String) {
        ("gd", action.encode())
    }

    fn decode(_code: &str, value: &str) -> Option<GuideAction> {
        GuideAction::decode(value)
    }

    async fn on_action(turn: &mut Turn<'_>, action: GuideAction) -> Result<(), EngineError> {
        if onboarding::is_before_consent(turn.state.step) {
            turn.stale();
            return Ok(());
        }
        turn.guide_action(action).await
    }

    fn screen(_turn: &Turn<'_>, step: Step) -> Screen {
        match step {}
    }
}

/// The most a guide page holds: one phone screen, well under Telegram's
/// 4 096 characters.
pub const PAGE_CHARS: usize = 1800;

/// How many topics a typed question is answered with.
const SUGGESTIONS: usize = 3;

/// Button labels are cut here, so they fit a phone's width.
const LABEL_CHARS: usize = 38;

/// A label cut to fit a button.
pub(super) fn cut(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_owned();
    }
    let mut short: String = label.chars().take(LABEL_CHARS - 1).collect();
    short.push('…');
    short
}

fn guide_button(label: String, action: GuideAction) -> Button {
    Button::new(label, action)
}

fn topic_button(guide: &Guide, turn: &Turn, topic: &Topic) -> Button {
    let title = guide
        .topic_text_for(turn.reader_slug(), turn.locale, &topic.id)
        .map_or(topic.id.clone(), |t| t.title.clone());
    guide_button(cut(&title), GuideAction::Topic(topic.id.clone(), 0))
}

/// The blocks of a topic, in reading order, for one reader, as HTML.
pub(super) fn topic_blocks(
    tr: &Tr,
    guide: &Guide,
    topic: &Topic,
    municipality: Option<&Municipality>,
) -> Vec<String> {
    let slug = municipality.map(|m| m.slug.as_str());
    let Some(text) = guide.topic_text_for(slug, tr.locale, &topic.id) else {
        return Vec::new();
    };
    let mut blocks = vec![format!(
        "{}\n\n{}",
        html::bold(&format!("📘 {}", text.title)),
        html::escape(&text.what)
    )];
    blocks.push(html::escape(&format!("👥 {}", text.who)));
    let steps: Vec<String> = text
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| html::escape(&format!("{}. {step}", i + 1)))
        .collect();
    blocks.push(format!(
        "{}\n{}",
        html::bold(&tr.msg("guide-steps")),
        steps.join("\n")
    ));
    if !text.bring.is_empty() {
        let bring: Vec<String> = text
            .bring
            .iter()
            .map(|b| html::escape(&format!("• {b}")))
            .collect();
        blocks.push(format!(
            "{}\n{}",
            html::bold(&tr.msg("guide-bring")),
            bring.join("\n")
        ));
    }
    if let Some(municipality) = municipality {
        if let Some(office) = topic.office.and_then(|kind| municipality.office(kind)) {
            blocks.push(format!(
                "{}\n{}",
                html::bold(&tr.msg_args(
                    "guide-where",
                    &args!["municipality" => municipality.short_name.as_str()]
                )),
                letter::office_block(*tr, office)
            ));
        }
        for note in municipality
            .guide_notes
            .iter()
            .filter(|n| n.topic == topic.id)
        {
            if let Some(local) = note.text.get(tr.locale) {
                let mut lines = vec![html::escape(&format!("📝 {local}"))];
                lines.push(letter::source_line(
                    *tr,
                    &note.provenance.source,
                    note.provenance.checked.0,
                ));
                if !note.provenance.confirmed {
                    lines.push(html::escape(&format!("⚠️ {}", tr.msg("unconfirmed"))));
                }
                blocks.push(lines.join("\n"));
            }
        }
    }
    let mut sources: Vec<String> = topic
        .sources
        .iter()
        .map(|s| letter::source_line(*tr, &s.url, s.checked.0))
        .collect();
    if !topic.confirmed {
        sources.push(html::escape(&format!("⚠️ {}", tr.msg("guide-unconfirmed"))));
    }
    blocks.push(sources.join("\n"));
    blocks
}

/// The characters a reader sees of an HTML text.
fn visible(html: &str) -> usize {
    html::to_plain(html, false).chars().count()
}

/// Packs HTML blocks into pages of at most [`PAGE_CHARS`] visible
/// characters; a block longer than a page is split at line breaks (no tag
/// spans a line).
pub(super) fn paginate(blocks: Vec<String>) -> Vec<String> {
    let mut pieces = Vec::new();
    for block in blocks {
        if visible(&block) <= PAGE_CHARS {
            pieces.push(block);
        } else {
            pieces.extend(block.lines().map(str::to_owned));
        }
    }
    let mut pages: Vec<String> = Vec::new();
    for piece in pieces {
        match pages.last_mut() {
            Some(page) if visible(page) + 2 + visible(&piece) <= PAGE_CHARS => {
                page.push_str("\n\n");
                page.push_str(&piece);
            }
            _ => pages.push(piece),
        }
    }
    pages
}

impl Turn<'_> {
    fn guide(&self) -> &Guide {
        self.app.content.guide()
    }

    /// The slug of the reader's municipality, if they told us.
    fn reader_slug(&self) -> Option<&str> {
        self.newcomer
            .as_ref()
            .and_then(|n| n.municipality.as_deref())
    }

    fn reader_municipality(&self) -> Option<&Municipality> {
        self.newcomer
            .as_ref()
            .and_then(|n| n.municipality.as_deref())
            .and_then(|slug| self.app.content.municipality(slug))
    }

    pub(super) async fn guide_action(&mut self, action: GuideAction) -> Result<(), EngineError> {
        match action {
            GuideAction::Home(kind) => self.guide_home(kind),
            GuideAction::Section(id) => match self.guide().section(&id) {
                Some(_) => self.guide_section(&id),
                None => self.stale(),
            },
            GuideAction::Topic(id, page) => self.show_topic(&id, page.into()).await?,
            GuideAction::Mark(step, state) => self.mark_step(&step, state).await?,
            GuideAction::NoneOfThese => {
                // The question goes on to "ask a person", so it need not
                // be typed again.
                self.state.question = self.carried.take();
                self.note_msg("question-none");
                let tr = self.tr();
                let mut buttons = vec![vec![guide_button(
                    tr.msg("menu-guide"),
                    GuideAction::Home(GuideKind::Guide),
                )]];
                if self.profile_complete() {
                    let key = if self.state.question.is_some() {
                        "question-ask-person"
                    } else {
                        "menu-ask"
                    };
                    buttons.push(vec![Button::new(tr.msg(key), MenuItem::Ask)]);
                }
                buttons.push(self.menu_row());
                self.state.step = self.home();
                self.reply(tr.msg("question-none-next"), buttons);
            }
        }
        Ok(())
    }

    /// The sections of one guide.
    pub(super) fn guide_home(&mut self, kind: GuideKind) {
        let tr = self.tr();
        let guide = self.guide();
        let mut buttons: Vec<Vec<Button>> = guide
            .sections(kind)
            .map(|section| {
                vec![guide_button(
                    guide.section_title(self.locale, &section.id),
                    GuideAction::Section(section.id.clone()),
                )]
            })
            .collect();
        if self.profile_complete() {
            buttons.push(vec![Button::new(
                tr.msg("menu-checklist"),
                MenuItem::Checklist,
            )]);
        }
        buttons.push(self.menu_row());
        let key = match kind {
            GuideKind::Guide => "guide-title",
            GuideKind::Housing => "housing-title",
        };
        self.state.step = self.home();
        self.reply(tr.msg(key), buttons);
    }

    /// The topics of one section; those for the reader's group first.
    fn guide_section(&mut self, id: &str) {
        let tr = self.tr();
        let guide = self.guide();
        let category = self.newcomer.as_ref().and_then(|n| n.category);
        let mut topics: Vec<&Topic> = guide.topics_in_for(self.reader_slug(), id).collect();
        topics.sort_by_key(|t| category.is_some_and(|c| !t.categories.contains(&c)));
        let mut buttons: Vec<Vec<Button>> = topics
            .into_iter()
            .map(|t| vec![topic_button(guide, self, t)])
            .collect();
        let kind = guide.section(id).map_or(GuideKind::Guide, |s| s.guide);
        buttons.push(vec![guide_button(
            tr.msg("button-back"),
            GuideAction::Home(kind),
        )]);
        let title = guide.section_title(self.locale, id);
        self.state.step = self.home();
        self.reply(format!("📂 {title}"), buttons);
    }

    /// One page of a topic, with paging, related topics and the checklist.
    async fn show_topic(&mut self, id: &str, page: usize) -> Result<(), EngineError> {
        let guide = self.guide();
        let Some(topic) = guide.topic_for(self.reader_slug(), id) else {
            self.stale();
            return Ok(());
        };
        let tr = self.tr();
        let pages = paginate(topic_blocks(&tr, guide, topic, self.reader_municipality()));
        let Some(text) = pages.get(page) else {
            self.stale();
            return Ok(());
        };
        let mut text = text.clone();
        let mut buttons = Vec::new();
        if pages.len() > 1 {
            text.push_str(&format!("\n\n({}/{})", page + 1, pages.len()));
            let mut row = Vec::new();
            if page > 0 {
                row.push(guide_button(
                    tr.msg("guide-previous"),
                    GuideAction::Topic(id.to_owned(), (page - 1) as u8),
                ));
            }
            if page + 1 < pages.len() {
                row.push(guide_button(
                    tr.msg("guide-next"),
                    GuideAction::Topic(id.to_owned(), (page + 1) as u8),
                ));
            }
            buttons.push(row);
        }
        // The checklist steps this topic belongs to, for this person.
        if let Some(newcomer) = self.newcomer.as_ref().filter(|_| self.profile_complete()) {
            let progress = self.app.store.checklist_progress(self.chat).await?;
            for step in guide
                .checklist()
                .iter()
                .filter(|s| s.topic == topic.id && s.applies_to(newcomer))
            {
                let label = cut(&guide.step_label(self.locale, &step.id));
                let row = match progress.get(&step.id) {
                    None => vec![
                        guide_button(
                            tr.msg_args("checklist-mark-done", &args!["step" => label]),
                            GuideAction::Mark(step.id.clone(), Some(StepState::Done)),
                        ),
                        guide_button(
                            tr.msg("checklist-mark-skip"),
                            GuideAction::Mark(step.id.clone(), Some(StepState::Skipped)),
                        ),
                    ],
                    Some(_) => vec![guide_button(
                        tr.msg_args("checklist-mark-open", &args!["step" => label]),
                        GuideAction::Mark(step.id.clone(), None),
                    )],
                };
                buttons.push(row);
            }
        }
        let related: Vec<Button> = topic
            .related
            .iter()
            .filter_map(|r| guide.topic_for(self.reader_slug(), r))
            .map(|t| topic_button(guide, self, t))
            .collect();
        buttons.extend(related.chunks(2).map(<[Button]>::to_vec));
        buttons.push(vec![
            guide_button(
                tr.msg("button-back"),
                GuideAction::Section(topic.section.clone()),
            ),
            Button::new(tr.msg("button-menu"), MenuItem::Menu),
        ]);
        self.state.step = self.home();
        self.reply_html(text, buttons);
        Ok(())
    }

    /// `/checklist`: the person's steps, in order, with progress.
    pub(super) async fn show_checklist(&mut self) -> Result<(), EngineError> {
        let Some(newcomer) = self.newcomer.clone() else {
            return Ok(());
        };
        let progress = self.app.store.checklist_progress(self.chat).await?;
        let (text, buttons) = checklist_screen(self, &newcomer, &progress);
        self.state.step = self.home();
        self.reply(text, buttons);
        Ok(())
    }

    async fn mark_step(&mut self, id: &str, state: Option<StepState>) -> Result<(), EngineError> {
        let guide = self.guide();
        let applies = self
            .newcomer
            .as_ref()
            .filter(|_| self.profile_complete())
            .zip(guide.step(id))
            .is_some_and(|(n, step)| step.applies_to(n));
        if !applies {
            self.stale();
            return Ok(());
        }
        self.app
            .store
            .set_step_state(self.chat, id, state, self.now)
            .await?;
        let label = guide.step_label(self.locale, id);
        let key = match state {
            Some(StepState::Done) => "checklist-marked-done",
            Some(StepState::Skipped) => "checklist-marked-skipped",
            None => "checklist-marked-open",
        };
        self.note(self.tr().msg_args(key, &args!["step" => label]));
        self.show_checklist().await
    }

    /// A typed question: the three best matching topics, or a way on.
    pub(super) fn answer_question(&mut self, text: &str) {
        let guide = self.guide();
        let found: Vec<Button> = guide
            .search_for(self.reader_slug(), text, SUGGESTIONS)
            .into_iter()
            .map(|t| topic_button(guide, self, t))
            .collect();
        let tr = self.tr();
        if self.profile_complete() {
            // Kept for one more turn, in case no topic fits: then it can go
            // to a person without being typed again.
            let question: String = text
                .trim()
                .chars()
                .take(crate::cases::MAX_MESSAGE_CHARS)
                .collect();
            self.state.question = Some(question);
        }
        if found.is_empty() {
            let mut buttons = vec![vec![guide_button(
                tr.msg("menu-guide"),
                GuideAction::Home(GuideKind::Guide),
            )]];
            if self.state.question.is_some() {
                buttons.push(vec![Button::new(
                    tr.msg("question-ask-person"),
                    MenuItem::Ask,
                )]);
            }
            buttons.push(self.menu_row());
            self.reply(tr.msg("question-no-match"), buttons);
            return;
        }
        let mut buttons: Vec<Vec<Button>> = found.into_iter().map(|b| vec![b]).collect();
        buttons.push(vec![guide_button(
            tr.msg("question-none-button"),
            GuideAction::NoneOfThese,
        )]);
        self.reply(tr.msg("question-matches"), buttons);
    }
}

/// The checklist screen: progress, each step with its state, and buttons
/// to open the step's topic.
fn checklist_screen(
    turn: &Turn,
    newcomer: &Newcomer,
    progress: &std::collections::BTreeMap<String, StepState>,
) -> Screen {
    let tr = turn.tr();
    let guide = turn.app.content.guide();
    let this_month = YearMonth::of(&turn.app.clock.today_in_oslo());
    let steps: Vec<_> = guide
        .checklist()
        .iter()
        .filter(|s| s.applies_to(newcomer))
        .collect();
    let settled = |id: &str| progress.contains_key(id);
    let done = steps
        .iter()
        .filter(|s| progress.get(&s.id) == Some(&StepState::Done))
        .count();
    let relevant = steps
        .iter()
        .filter(|s| progress.get(&s.id) != Some(&StepState::Skipped))
        .count();
    let mut lines = vec![
        tr.msg_args(
            "checklist-title",
            &args!["done" => done as i64, "total" => relevant as i64],
        ),
        String::new(),
    ];
    let mut buttons = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let label = guide.step_label(turn.locale, &step.id);
        let waiting_for: Vec<String> = step
            .after
            .iter()
            .filter(|a| steps.iter().any(|s| s.id == **a) && !settled(a))
            .map(|a| guide.step_label(turn.locale, a))
            .collect();
        let mark = match progress.get(&step.id) {
            Some(StepState::Done) => "✅",
            Some(StepState::Skipped) => "➖",
            None if !waiting_for.is_empty() => "🔒",
            None => "⬜",
        };
        let mut line = format!("{mark} {}. {label}", i + 1);
        if let (None, Some(due)) = (progress.get(&step.id), step.due_by(newcomer.arrival)) {
            let key = if due < this_month {
                "checklist-overdue"
            } else {
                "checklist-due"
            };
            let month = format!(
                "{} {}",
                tr.msg(super::onboarding::month_key(due.month)),
                due.year
            );
            line.push_str(&format!(
                "\n    {}",
                tr.msg_args(key, &args!["month" => month])
            ));
        }
        if progress.get(&step.id).is_none() && !waiting_for.is_empty() {
            line.push_str(&format!(
                "\n    {}",
                tr.msg_args("checklist-after", &args!["steps" => waiting_for.join(", ")])
            ));
        }
        lines.push(line);
        buttons.push(guide_button(
            cut(&format!("{}. {label}", i + 1)),
            GuideAction::Topic(step.topic.clone(), 0),
        ));
    }
    lines.push(String::new());
    lines.push(tr.msg("checklist-hint"));
    let mut rows: Vec<Vec<Button>> = buttons.into_iter().map(|b| vec![b]).collect();
    rows.push(vec![Button::new(tr.msg("button-menu"), MenuItem::Menu)]);
    (lines.join("\n"), rows)
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn every_guide_button_round_trips_within_telegrams_limit() {
        wire::assert_round_trips(
            [
                GuideAction::Home(GuideKind::Housing),
                GuideAction::Home(GuideKind::Guide),
                GuideAction::Section("arrival".into()),
                GuideAction::Topic("sixteen-chars-id".into(), 255),
                GuideAction::Mark("bankid".into(), Some(StepState::Skipped)),
                GuideAction::Mark("bankid".into(), Some(StepState::Done)),
                GuideAction::Mark("bankid".into(), None),
                GuideAction::NoneOfThese,
            ]
            .into_iter()
            .map(flows::Action::from),
        );
    }

    #[test]
    fn forged_guide_buttons_are_refused() {
        wire::assert_refused(&[
            "1:gd:t:id-check",
            "1:gd:t:id-check:256",
            "1:gd:t:seventeen-chars-id:0",
            "1:gd:t:../x:0",
            "1:gd:m:bank:x",
            "1:gd:h:z",
            "1:gd:no:1",
        ]);
    }

    #[test]
    fn pages_hold_whole_blocks_and_never_exceed_the_limit() {
        let blocks: Vec<String> = (0..10).map(|i| format!("{i}{}", "x".repeat(500))).collect();
        let pages = paginate(blocks.clone());
        assert!(pages.len() > 1);
        assert!(pages.iter().all(|p| p.chars().count() <= PAGE_CHARS));
        assert_eq!(pages.join("\n\n"), blocks.join("\n\n"));
        let huge = vec!["line\n".repeat(2000)];
        assert!(
            paginate(huge)
                .iter()
                .all(|p| p.chars().count() <= PAGE_CHARS)
        );
    }
}

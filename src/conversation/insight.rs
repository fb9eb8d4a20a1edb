//! `/insight` and the staff home's "📊 Insight", for coordinators: what
//! their municipality's newcomers answered about staying, as counts never
//! below five people — the summary in the chat, the chart as a photo, the
//! figures as a CSV document — for the last twelve months or a calendar
//! year. Its buttons use the code `in`.

use async_trait::async_trait;
use chrono::Datelike;
use serde::{Deserialize, Serialize};

use super::flows::{self, Flow, Needs, Screen};
use super::staff::{home_row, pick_municipality};
use super::turn::Turn;
use super::wire::slug;
use super::{Button, EngineError, Input, Reply};
use crate::args;
use crate::i18n::Locale;
use crate::outbox::{Attachment, FileKind};

/// Which months a report covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    /// The last twelve months, this one included.
    Recent,
    /// A calendar year.
    Year(i32),
}

/// A button of the insight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InsightAction {
    /// The insight of the staff member's municipality (or the choice).
    Open,
    /// The report of this municipality for this span.
    Report(String, Span),
    /// The competence overview of this municipality.
    Competence(String),
}

/// Insight has no steps: it shows and sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {}

pub(super) struct Insight;

#[async_trait]
impl Flow for Insight {
    type Action = InsightAction;
    type Step = Step;

    const CODES: &'static [&'static str] = &["in"];

    fn encode(action: &InsightAction) -> (&'static str, String) {
        let value = match action {
            InsightAction::Open => "o".to_owned(),
            InsightAction::Report(slug, Span::Recent) => format!("r:{slug}"),
            InsightAction::Report(slug, Span::Year(year)) => format!("y:{year}:{slug}"),
            InsightAction::Competence(slug) => format!("c:{slug}"),
        };
        ("in", value)
    }

    fn decode(_code: &str, value: &str) -> Option<InsightAction> {
        let parts: Vec<&str> = value.splitn(3, ':').collect();
        match parts.as_slice() {
            ["o"] => Some(InsightAction::Open),
            ["r", municipality] => Some(InsightAction::Report(slug(municipality)?, Span::Recent)),
            ["c", municipality] => slug(municipality).map(InsightAction::Competence),
            ["y", year, municipality] => {
                let year: i32 = year.parse().ok().filter(|y| (2000..=9999).contains(y))?;
                Some(InsightAction::Report(slug(municipality)?, Span::Year(year)))
            }
            _ => None,
        }
    }

    fn needs(
        input: &Input,
        action: Option<&InsightAction>,
        _step: Option<Step>,
        _state: &super::state::State,
    ) -> Needs {
        match input {
            Input::Command { name, .. } if name == "insight" => Needs::STAFF,
            _ if action.is_some() => Needs::STAFF,
            _ => Needs::NOTHING,
        }
    }

    async fn on_action(turn: &mut Turn<'_>, action: InsightAction) -> Result<(), EngineError> {
        turn.insight(action).await
    }

    async fn on_command(turn: &mut Turn<'_>, name: &str, _args: &str) -> Result<bool, EngineError> {
        if name != "insight" || turn.staff.is_empty() {
            return Ok(false);
        }
        turn.insight(InsightAction::Open).await?;
        Ok(true)
    }

    fn screen(_turn: &Turn<'_>, step: Step) -> Screen {
        match step {}
    }
}

/// The language the chart is drawn in: its font draws Latin and Cyrillic
/// letters; Arabic script needs shaping and right-to-left layout that the
/// chart library does not do, and the font has no Ethiopic letters, so a
/// chart for Arabic, Dari and Tigrinya readers is drawn in Norwegian (the
/// summary and the CSV stay in their language).
pub fn chart_locale(locale: Locale) -> Locale {
    match locale {
        Locale::Ar | Locale::Prs | Locale::Ti => Locale::Nb,
        other => other,
    }
}

impl Turn<'_> {
    async fn insight(&mut self, action: InsightAction) -> Result<(), EngineError> {
        let allowed = crate::staff::insight_municipalities(&self.staff);
        if allowed.is_empty() {
            self.note_msg("insight-not-allowed");
            self.go(self.home_or_staff());
            return Ok(());
        }
        match action {
            InsightAction::Open if allowed.len() > 1 => {
                pick_municipality(self, "insight-pick", &allowed, |slug| {
                    InsightAction::Report(slug, Span::Recent)
                });
                Ok(())
            }
            InsightAction::Open => self.report(&allowed[0], Span::Recent).await,
            InsightAction::Report(municipality, span) if allowed.contains(&municipality) => {
                self.report(&municipality, span).await
            }
            InsightAction::Competence(municipality) if allowed.contains(&municipality) => {
                self.competence(&municipality).await
            }
            InsightAction::Report(..) | InsightAction::Competence(_) => {
                // Another municipality's: a forged or stale button.
                self.stale();
                Ok(())
            }
        }
    }

    /// Where a staff member goes back to.
    fn home_or_staff(&self) -> flows::Step {
        if self.staff.is_empty() {
            self.home()
        } else {
            flows::Step::STAFF
        }
    }

    /// The competence overview: counts, and those who share.
    async fn competence(&mut self, municipality: &str) -> Result<(), EngineError> {
        let people: Vec<crate::insight::Skilled> = self
            .app
            .store
            .skills_in(municipality)
            .await?
            .into_iter()
            .map(|p| crate::insight::Skilled {
                locale: p.locale,
                category: p.category,
                skills: p.skills,
            })
            .collect();
        tracing::info!(municipality, "the competence overview was read");
        self.app
            .audit(
                municipality,
                crate::audit::Actor::Chat(self.chat),
                crate::audit::Action::CompetenceRead,
                people.len().to_string(),
            )
            .await?;
        let overview = crate::insight::Competence::build(&people);
        let name = self.municipality_name(municipality);
        let i18n = &self.app.i18n;
        let language_name = |locale: Locale| i18n.tr(locale).msg("language-name");
        for paragraph in overview.paragraphs(&self.tr(), &name, &language_name) {
            self.replies.push(Reply::plain(paragraph));
        }
        let buttons = vec![
            vec![Button::new(
                self.tr().msg("insight-recent"),
                InsightAction::Report(municipality.to_owned(), Span::Recent),
            )],
            home_row(self),
        ];
        self.reply(self.tr().msg("competence-footer"), buttons);
        self.state.step = flows::Step::STAFF;
        Ok(())
    }

    async fn report(&mut self, municipality: &str, span: Span) -> Result<(), EngineError> {
        let today = self.app.clock.today_in_oslo();
        let (from, to) = match span {
            Span::Recent => crate::insight::period(None, None, self.now),
            Span::Year(year) => crate::insight::period(
                chrono::NaiveDate::from_ymd_opt(year, 1, 1),
                chrono::NaiveDate::from_ymd_opt(year, 12, 1),
                self.now,
            ),
        }
        .unwrap_or((self.now, self.now));
        let insight = self.app.insight(municipality, from, to).await?;
        tracing::info!(municipality, "insight was read");
        let period = format!(
            "{}–{}",
            from.with_timezone(&chrono_tz::Europe::Oslo).format("%Y-%m"),
            (to - chrono::Duration::seconds(1))
                .with_timezone(&chrono_tz::Europe::Oslo)
                .format("%Y-%m")
        );
        self.app
            .audit(
                municipality,
                crate::audit::Actor::Chat(self.chat),
                crate::audit::Action::InsightRead,
                period,
            )
            .await?;
        let name = self.municipality_name(municipality);
        let tr = self.tr();
        let paragraphs = insight.paragraphs(&tr, &name);
        for paragraph in paragraphs {
            self.replies.push(Reply::plain(paragraph));
        }
        let file_name = |extension: &str| {
            format!(
                "innsikt-{municipality}-{}-{}.{extension}",
                from.with_timezone(&chrono_tz::Europe::Oslo).format("%Y-%m"),
                (to - chrono::Duration::seconds(1))
                    .with_timezone(&chrono_tz::Europe::Oslo)
                    .format("%Y-%m"),
            )
        };
        if insight.responses.value > 0 {
            let chart_tr = self.app.i18n.tr(chart_locale(self.locale));
            match crate::insight::render_png(&insight.chart_data(&chart_tr, &name)) {
                Ok(png) => self.replies.push(Reply {
                    text: tr.msg("insight-chart-caption"),
                    file: Some(Attachment {
                        kind: FileKind::Photo,
                        name: file_name("png"),
                        bytes: png,
                    }),
                    ..Reply::default()
                }),
                Err(problem) => tracing::warn!(%problem, "the insight chart could not be drawn"),
            }
            self.replies.push(Reply {
                text: tr.msg("insight-csv-caption"),
                file: Some(Attachment {
                    kind: FileKind::Document,
                    name: file_name("csv"),
                    bytes: insight.csv(&tr).into_bytes(),
                }),
                ..Reply::default()
            });
        }
        // What was sent to a machine translator in these months.
        let month = |t: chrono::DateTime<chrono::Utc>| {
            t.with_timezone(&chrono_tz::Europe::Oslo)
                .format("%Y-%m")
                .to_string()
        };
        let (first, last) = (month(from), month(to - chrono::Duration::seconds(1)));
        let usage: Vec<String> = self
            .app
            .store
            .translation_usage(municipality)
            .await?
            .into_iter()
            .filter(|u| u.month >= first && u.month <= last)
            .map(|u| {
                tr.msg_args(
                    "insight-translation-usage",
                    &args![
                        "provider" => u.provider,
                        "month" => u.month,
                        "requests" => u.requests as i64,
                        "characters" => u.characters as i64,
                    ],
                )
            })
            .collect();
        if !usage.is_empty() {
            self.replies.push(Reply::plain(usage.join("\n")));
        }
        let last_year = today.year() - 1;
        let buttons = vec![
            vec![
                Button::new(
                    tr.msg("insight-recent"),
                    InsightAction::Report(municipality.to_owned(), Span::Recent),
                ),
                Button::new(
                    tr.msg_args("insight-year", &args!["year" => last_year.to_string()]),
                    InsightAction::Report(municipality.to_owned(), Span::Year(last_year)),
                ),
            ],
            vec![Button::new(
                tr.msg("competence-button"),
                InsightAction::Competence(municipality.to_owned()),
            )],
            home_row(self),
        ];
        self.reply(tr.msg("insight-more"), buttons);
        self.state.step = flows::Step::STAFF;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flows, wire};
    use super::*;

    #[test]
    fn insight_buttons_round_trip_and_forgeries_are_refused() {
        wire::assert_round_trips(
            [
                InsightAction::Open,
                InsightAction::Report("tynset".into(), Span::Recent),
                InsightAction::Report("vestvagoy".into(), Span::Year(2027)),
                InsightAction::Competence("haram".into()),
            ]
            .into_iter()
            .map(flows::Action::from),
        );
        wire::assert_refused(&["1:in:x", "1:in:r:Oslo!", "1:in:y:99:tynset", "1:in:y:2027"]);
    }
}

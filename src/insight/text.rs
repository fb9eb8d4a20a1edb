//! The insight in words (the chat and the terminal), in a staff member's
//! language; and the labels the CSV file and the chart share.

use super::{
    ChartData, Grid, Insight, LIFE_EVERYONE, LIFE_IMMIGRANTS, Mean, PLACE_NATIONAL, RowLabel, Table,
};
use crate::args;
use crate::i18n::Tr;
use crate::newcomers::Category;
use crate::pulse::{Expect, Friends, Housing, LeaveReason, Quality, StayReason, Work};

/// How a hidden figure reads.
pub(super) const HIDDEN: &str = "< 5";

/// A number with a decimal comma, as Norwegians write it.
pub(super) fn decimal(value: f64, places: usize) -> String {
    format!("{value:.places$}").replace('.', ",")
}

/// The label of a row of a breakdown.
pub(super) fn row_label(tr: &Tr, row: RowLabel) -> String {
    match row {
        RowLabel::Category(Some(category)) => tr.msg(match category {
            Category::Refugee => "staff-category-refugee",
            Category::Labour => "staff-category-labour",
            Category::Family => "staff-category-family",
            Category::Other => "staff-category-other",
        }),
        RowLabel::Category(None) => tr.msg("insight-category-unknown"),
        RowLabel::Here(0) => tr.msg("insight-here-first-year"),
        RowLabel::Here(1) => tr.msg("insight-here-second-year"),
        RowLabel::Here(_) => tr.msg("insight-here-longer"),
        RowLabel::Month(month) => format!(
            "{} {}",
            tr.msg(&format!("month-short-{}", month.month)),
            month.year
        ),
        RowLabel::Quarter(year, quarter) => tr.msg_args(
            "insight-quarter",
            &args!["quarter" => i64::from(quarter), "year" => year.to_string()],
        ),
    }
}

/// The message keys of a table's answers.
pub(super) fn stay_keys() -> Vec<&'static str> {
    Expect::ALL.iter().map(|e| e.label_key()).collect()
}

pub(super) fn housing_keys() -> Vec<&'static str> {
    Housing::ALL.iter().map(|h| h.label_key()).collect()
}

pub(super) fn work_keys() -> Vec<&'static str> {
    Work::ALL.iter().map(|w| w.label_key()).collect()
}

pub(super) fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| key(*v)).collect()
}

/// "Ja 60 % · Usikker 25 % · Nei 15 %" for row `i` (or everyone).
fn shares(tr: &Tr, grid: &Grid, row: Option<usize>, keys: &[&str]) -> String {
    let of = row.map_or(grid.total, |i| grid.rows[i]);
    if of.value == 0 {
        return "–".to_owned();
    }
    keys.iter()
        .enumerate()
        .map(|(j, key)| {
            let share = match row {
                Some(i) => grid.share(i, j),
                None => grid.total_share(j),
            };
            let value = share.map_or(HIDDEN.to_owned(), |s| format!("{} %", decimal(s, 0)));
            format!("{} {value}", tr.msg(key))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The rows of a breakdown, one line each: label, number of people and
/// shares (or "< 5").
fn table_lines(tr: &Tr, table: &Table, keys: &[&str], rows: std::ops::Range<usize>) -> Vec<String> {
    rows.map(|i| {
        let n = table.grid.rows[i];
        let label = row_label(tr, table.rows[i]);
        match n.shown() {
            Some(0) => format!("{label}: –"),
            Some(n) => format!("{label} ({n}): {}", shares(tr, &table.grid, Some(i), keys)),
            None => format!("{label}: {HIDDEN}"),
        }
    })
    .collect()
}

/// The rows of a table published as shares only (months, quarters).
fn share_lines(tr: &Tr, table: &Table, keys: &[&str]) -> Vec<String> {
    (0..table.rows.len())
        .map(|i| {
            let label = row_label(tr, table.rows[i]);
            match table.grid.rows[i] {
                n if n.value == 0 => format!("{label}: –"),
                n if n.hidden => format!("{label}: {HIDDEN}"),
                _ => format!("{label}: {}", shares(tr, &table.grid, Some(i), keys)),
            }
        })
        .collect()
}

/// "Arbeid 12 · Boligen 8 · …", most first.
fn ranked(tr: &Tr, grid: &Grid, keys: &[&str]) -> String {
    if grid.total.value == 0 {
        return "–".to_owned();
    }
    let mut items: Vec<(Option<u64>, String)> = keys
        .iter()
        .enumerate()
        .map(|(j, key)| (grid.cells[0][j].shown(), tr.msg(key)))
        .collect();
    items.sort_by_key(|(count, _)| std::cmp::Reverse(count.unwrap_or(0)));
    items
        .into_iter()
        .map(|(count, label)| {
            format!(
                "{label} {}",
                count.map_or(HIDDEN.to_owned(), |c| c.to_string())
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn count(figure: super::Figure) -> String {
    figure.shown().map_or(HIDDEN.to_owned(), |n| n.to_string())
}

fn mean(tr: &Tr, key: &str, mean: Mean) -> String {
    let (value, n) = match mean.mean {
        Some(m) => (decimal(m, 1), mean.n.to_string()),
        None if mean.n == 0 => ("–".to_owned(), "0".to_owned()),
        None => ("–".to_owned(), HIDDEN.to_owned()),
    };
    tr.msg_args(key, &args!["mean" => value, "count" => n])
}

impl Insight {
    /// The insight in words: paragraphs to send (each well under
    /// Telegram's 4 096 characters).
    pub fn paragraphs(&self, tr: &Tr, municipality: &str) -> Vec<String> {
        let title = tr.msg_args(
            "insight-title",
            &args![
                "municipality" => municipality,
                "from" => crate::i18n::format_oslo_date(self.from),
                "to" => crate::i18n::format_oslo_date(self.to - chrono::Duration::seconds(1)),
            ],
        );
        let mut paragraphs = Vec::new();
        if self.responses.value == 0 {
            paragraphs.push(format!("{title}\n\n{}", tr.msg("insight-none")));
            paragraphs.push(self.matches_line(tr));
            return paragraphs;
        }
        paragraphs.push(format!(
            "{title}\n{}",
            tr.msg_args(
                "insight-responses",
                &args!["count" => count(self.responses)]
            )
        ));

        let stay = &self.stay;
        let answers = stay_keys();
        let mut lines = vec![tr.msg_args(
            "insight-stay-title",
            &args!["count" => count(stay.grid.total)],
        )];
        lines.push(format!(
            "{}: {}",
            tr.msg("insight-everyone"),
            shares(tr, &stay.grid, None, &answers)
        ));
        for range in &stay.grid.groups {
            lines.push(String::new());
            lines.extend(table_lines(tr, stay, &answers, range.clone()));
        }
        paragraphs.push(lines.join("\n"));
        let mut lines = vec![tr.msg("insight-by-month")];
        lines.extend(share_lines(tr, &self.trend, &answers));
        paragraphs.push(lines.join("\n"));

        paragraphs.push(
            [
                format!(
                    "{}\n{}",
                    tr.msg_args(
                        "insight-stay-reasons",
                        &args!["count" => count(self.stay_reasons.total)]
                    ),
                    ranked(tr, &self.stay_reasons, &keys_of_stay_reasons())
                ),
                format!(
                    "{}\n{}",
                    tr.msg_args(
                        "insight-leave-reasons",
                        &args!["count" => count(self.leave_reasons.total)]
                    ),
                    ranked(tr, &self.leave_reasons, &keys_of_leave_reasons())
                ),
                format!(
                    "{}\n{}",
                    tr.msg_args("insight-good", &args!["count" => count(self.good.total)]),
                    ranked(tr, &self.good, &keys(Quality::ALL, Quality::label_key))
                ),
            ]
            .join("\n\n"),
        );

        paragraphs.push(
            [
                format!(
                    "{}\n{}",
                    mean(tr, "insight-life", self.life),
                    tr.msg_args(
                        "insight-life-national",
                        &args![
                            "immigrants" => decimal(LIFE_IMMIGRANTS, 1),
                            "everyone" => decimal(LIFE_EVERYONE, 1),
                        ]
                    )
                ),
                format!(
                    "{}\n{}",
                    mean(tr, "insight-place", self.place),
                    tr.msg_args(
                        "insight-place-national",
                        &args!["national" => decimal(PLACE_NATIONAL, 1)]
                    )
                ),
                mean(tr, "insight-belong", self.belong),
                format!(
                    "{}\n{}",
                    tr.msg_args(
                        "insight-friends",
                        &args!["count" => count(self.friends.total)]
                    ),
                    shares(
                        tr,
                        &self.friends,
                        Some(0),
                        &keys(Friends::ALL, Friends::label_key)
                    )
                ),
                format!(
                    "{}\n{}",
                    tr.msg_args(
                        "insight-norwegian-friend",
                        &args!["count" => count(self.norwegian_friend.total)]
                    ),
                    shares(
                        tr,
                        &self.norwegian_friend,
                        Some(0),
                        &["pulse-yes", "pulse-no"]
                    )
                ),
            ]
            .join("\n\n"),
        );

        let mut lines = vec![tr.msg("insight-housing")];
        lines.extend(share_lines(tr, &self.housing, &housing_keys()));
        lines.push(String::new());
        lines.push(format!(
            "{}\n{}",
            tr.msg_args("insight-buy", &args!["count" => count(self.buy.total)]),
            shares(tr, &self.buy, Some(0), &stay_keys())
        ));
        paragraphs.push(lines.join("\n"));
        let mut lines = vec![tr.msg("insight-work")];
        lines.extend(share_lines(tr, &self.work, &work_keys()));
        paragraphs.push(lines.join("\n"));
        paragraphs.push(format!(
            "{}\n\n{}",
            self.matches_line(tr),
            tr.msg("insight-footnote")
        ));
        paragraphs
    }

    fn matches_line(&self, tr: &Tr) -> String {
        tr.msg_args(
            "insight-matches",
            &args![
                "started" => count(self.matches[0]),
                "running" => count(self.matches[1]),
                "ended" => count(self.matches[2]),
            ],
        )
    }

    /// The chart's figures, in words.
    pub fn chart_data(&self, tr: &Tr, municipality: &str) -> ChartData {
        let stay = &self.stay;
        let three = |grid: &Grid, row: Option<usize>| -> Option<[f64; 3]> {
            let share = |j| match row {
                Some(i) => grid.share(i, j),
                None => grid.total_share(j),
            };
            Some([share(0)?, share(1)?, share(2)?])
        };
        let mut bars = vec![(tr.msg("insight-everyone"), three(&stay.grid, None))];
        for range in &stay.grid.groups {
            for i in range.clone() {
                if stay.grid.rows[i].value == 0 {
                    continue;
                }
                bars.push((row_label(tr, stay.rows[i]), three(&stay.grid, Some(i))));
            }
        }
        let trend = (0..self.trend.rows.len())
            .map(|i| {
                (
                    row_label(tr, self.trend.rows[i]),
                    self.trend.grid.share(i, 0),
                )
            })
            .collect();
        let mut leave: Vec<(String, Option<u64>)> = keys_of_leave_reasons()
            .iter()
            .enumerate()
            .map(|(j, key)| (tr.msg(key), self.leave_reasons.cells[0][j].shown()))
            .collect();
        leave.sort_by_key(|(_, count)| std::cmp::Reverse(count.unwrap_or(0)));
        let housing = (0..self.housing.rows.len())
            .filter(|i| self.housing.grid.rows[*i].value > 0)
            .map(|i| {
                let shares: Option<Vec<f64>> = (0..Housing::ALL.len())
                    .map(|j| self.housing.grid.share(i, j))
                    .collect();
                (row_label(tr, self.housing.rows[i]), shares)
            })
            .collect();
        ChartData {
            title: tr.msg_args(
                "insight-chart-title",
                &args![
                    "municipality" => municipality,
                    "from" => crate::i18n::format_oslo_date(self.from),
                    "to" => crate::i18n::format_oslo_date(self.to - chrono::Duration::seconds(1)),
                ],
            ),
            stay_legend: [
                tr.msg(Expect::Yes.label_key()),
                tr.msg(Expect::Unsure.label_key()),
                tr.msg(Expect::No.label_key()),
            ],
            stay_title: tr.msg("insight-chart-stay"),
            stay: bars,
            trend_title: tr.msg("insight-chart-trend"),
            trend,
            leave_title: tr.msg("insight-chart-leave"),
            leave,
            housing_title: tr.msg("insight-chart-housing"),
            housing_legend: housing_keys().iter().map(|k| tr.msg(k)).collect(),
            housing,
            hidden: HIDDEN.to_owned(),
            footer: tr.msg("insight-chart-footer"),
        }
    }
}

pub(super) fn keys_of_stay_reasons() -> Vec<&'static str> {
    keys(StayReason::ALL, StayReason::label_key)
}

pub(super) fn keys_of_leave_reasons() -> Vec<&'static str> {
    keys(LeaveReason::ALL, LeaveReason::label_key)
}

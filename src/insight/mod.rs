//! Insight for the municipality: what the pulse answers say — how many
//! expect to stay, by why people came, by time here and month by month;
//! reasons to stay and to leave; what is good about the place; life
//! satisfaction and satisfaction with the place beside the national
//! figures; housing and work by quarter; mentor matches — as counts, never
//! as a person. Every figure is protected ([`protect`]): nothing describes
//! fewer than five people, and nothing hidden can be worked out from what
//! is shown.
//!
//! Built from [`PulseResponse`](crate::store::PulseResponse)-like records
//! ([`Response`]) so that this module stays below the store.

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Europe::Oslo;

use crate::newcomers::{Category, YearMonth};
use crate::pulse::{Answers, Expect, Friends, Housing, LeaveReason, Quality, StayReason, Work};

mod chart;
mod chart_data;
mod competence;
mod csv;
pub mod protect;
mod text;

pub use chart::render_png;
pub use chart_data::ChartData;
pub use competence::{Competence, Skilled};
pub use protect::{Figure, Grid, K};

/// The national figures the place's are set beside (`../shared/FACTS.md`,
/// "Staying and wellbeing"): life satisfaction 0–10 among immigrants and
/// in the whole population, SSB's living-conditions survey among
/// immigrants 2016.
pub const LIFE_IMMIGRANTS: f64 = 7.9;
pub const LIFE_EVERYONE: f64 = 8.1;
/// Satisfaction with the place one lives, 0–10, SSB's quality-of-life
/// survey 2023.
pub const PLACE_NATIONAL: f64 = 8.0;

/// The period of a report: whole months on Oslo's calendar, from the
/// first day of `from`'s month until the end of `to`'s month (both days
/// given as they are typed); by default the last twelve months, this one
/// included. Whole months keep reports of overlapping days from being
/// subtracted from each other day by day.
pub fn period(
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, DateTime<Utc>), String> {
    use chrono::{NaiveDate, TimeZone};
    let today = now.with_timezone(&Oslo).date_naive();
    let first_of = |date: NaiveDate| NaiveDate::from_ymd_opt(date.year(), date.month(), 1);
    let to_month = first_of(to.unwrap_or(today)).ok_or("the end date is not a date")?;
    let end = to_month
        .checked_add_months(chrono::Months::new(1))
        .ok_or("the end date is too far ahead")?;
    let start = match from {
        Some(from) => first_of(from).ok_or("the start date is not a date")?,
        None => end
            .checked_sub_months(chrono::Months::new(12))
            .ok_or("the start date is too far back")?,
    };
    if start >= end {
        return Err(format!(
            "{start} is not before {end}: the start must come first"
        ));
    }
    let midnight = |date: NaiveDate| {
        Oslo.from_local_datetime(&date.and_hms_opt(0, 0, 0).unwrap_or_default())
            .earliest()
            .map(|at| at.with_timezone(&Utc))
            .ok_or_else(|| format!("{date} has no midnight in Oslo"))
    };
    Ok((midnight(start)?, midnight(end)?))
}

/// One pulse response, as insight sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub category: Option<Category>,
    pub months_here: u32,
    pub answers: Answers,
    pub at: DateTime<Utc>,
}

/// Mentor matches of the period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    /// Started in the period.
    pub started: u64,
    /// Running at its end.
    pub running: u64,
    /// Ended in the period.
    pub ended: u64,
}

/// A row of a breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowLabel {
    Category(Option<Category>),
    /// Time here: under a year, one to two years, longer.
    Here(u8),
    Month(YearMonth),
    /// A year and its quarter (1–4).
    Quarter(i32, u32),
}

/// A mean of answers on 0–10.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mean {
    /// How many answered.
    pub n: u64,
    /// The mean, if at least [`K`] answered.
    pub mean: Option<f64>,
}

impl Mean {
    fn of(values: impl Iterator<Item = u8>) -> Mean {
        let values: Vec<u8> = values.collect();
        let n = values.len() as u64;
        let mean = (n >= K).then(|| values.iter().map(|v| f64::from(*v)).sum::<f64>() / n as f64);
        Mean { n, mean }
    }
}

/// One table of the report: its rows and grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<RowLabel>,
    pub grid: Grid,
}

/// Everything the municipality sees for a period.
#[derive(Clone, Debug, PartialEq)]
pub struct Insight {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Pulse responses in the period.
    pub responses: Figure,
    /// Expecting to live here in two years (yes, unsure, no): everyone, by
    /// why people came and by time here.
    pub stay: Table,
    /// The same, month by month over the last twelve months of the period:
    /// published as shares only, of months with at least [`K`] answers
    /// (see [`independent`]).
    pub trend: Table,
    /// Reasons to stay (of those expecting to), one row.
    pub stay_reasons: Grid,
    /// Reasons to leave (of those unsure or expecting to move), one row.
    pub leave_reasons: Grid,
    /// What is good about the place, one row.
    pub good: Grid,
    pub life: Mean,
    pub place: Mean,
    pub belong: Mean,
    pub friends: Grid,
    /// A Norwegian one could call a friend: yes, no.
    pub norwegian_friend: Grid,
    /// Housing by quarter, as shares (see [`independent`]).
    pub housing: Table,
    /// Wanting to buy a home (yes, unsure, no), of those who do not own.
    pub buy: Grid,
    /// Work by quarter, as shares (see [`independent`]).
    pub work: Table,
    /// Mentor matches started, running, ended.
    pub matches: [Figure; 3],
}

fn month_of(at: DateTime<Utc>) -> YearMonth {
    YearMonth::of(&at.with_timezone(&Oslo))
}

/// The months from `from`'s to the one before `to`'s end, at most the last
/// `max`.
fn months(from: DateTime<Utc>, to: DateTime<Utc>, max: usize) -> Vec<YearMonth> {
    let last = month_of(to - chrono::Duration::seconds(1));
    let first = month_of(from);
    let mut all = Vec::new();
    let mut month = last;
    while month >= first && all.len() < max {
        all.push(month);
        month = month.minus(1);
    }
    all.reverse();
    all
}

fn quarter_of(at: DateTime<Utc>) -> (i32, u32) {
    let local = at.with_timezone(&Oslo);
    (local.year(), (local.month() - 1) / 3 + 1)
}

fn index_of<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

/// A one-row table of answers that exclude each other.
fn one_row<T: PartialEq + Copy>(all: &[T], values: impl Iterator<Item = T>) -> Grid {
    let mut counts = vec![0u64; all.len()];
    for value in values {
        counts[index_of(all, &value)] += 1;
    }
    let n = counts.iter().sum();
    let mut grid = Grid::new(vec![counts], vec![n], protect::one_group(1), n, false, true);
    grid.protect();
    grid
}

/// A one-row table of ticks (several each) from `n` people.
fn ticks<T: PartialEq + Copy>(all: &[T], sets: &[Vec<T>]) -> Grid {
    let mut counts = vec![0u64; all.len()];
    for set in sets {
        for value in set {
            counts[index_of(all, value)] += 1;
        }
    }
    let n = sets.len() as u64;
    let mut grid = Grid::new(
        vec![counts],
        vec![n],
        protect::one_group(1),
        n,
        false,
        false,
    );
    grid.protect();
    grid
}

/// A table by groups of rows, each group covering everyone (each response
/// names its row in every group), and answers that exclude each other,
/// with the column totals published.
fn breakdown<T: PartialEq + Copy>(
    all: &[T],
    groups: &[Vec<RowLabel>],
    answers: &[(T, Vec<RowLabel>)],
) -> Table {
    let rows: Vec<RowLabel> = groups.iter().flatten().copied().collect();
    let mut counts = vec![vec![0u64; all.len()]; rows.len()];
    let mut start = 0;
    let mut ranges = Vec::new();
    for group in groups {
        ranges.push(start..start + group.len());
        start += group.len();
    }
    for (answer, labels) in answers {
        for (range, label) in ranges.iter().zip(labels) {
            if let Some(i) = rows[range.clone()].iter().position(|r| r == label) {
                counts[range.start + i][index_of(all, answer)] += 1;
            }
        }
    }
    let row_n: Vec<u64> = counts.iter().map(|r| r.iter().sum()).collect();
    let total = answers.len() as u64;
    let mut grid = Grid::new(counts, row_n, ranges, total, true, true);
    grid.protect();
    Table { rows, grid }
}

/// A table by period (month or quarter) whose rows are published as
/// shares only — no counts and no number of people — so that no sum links
/// them to each other or to the figures for everyone: a month with few
/// answers cannot be worked out from the year. Rows of fewer than [`K`]
/// people are hidden, and so are shares of one to four people (with a
/// second one in the row, or the rest of 100 % would give it).
fn independent<T: PartialEq + Copy>(
    all: &[T],
    rows: Vec<RowLabel>,
    answers: &[(T, RowLabel)],
) -> Table {
    let mut counts = vec![vec![0u64; all.len()]; rows.len()];
    for (answer, label) in answers {
        if let Some(i) = rows.iter().position(|r| r == label) {
            counts[i][index_of(all, answer)] += 1;
        }
    }
    let row_n: Vec<u64> = counts.iter().map(|r| r.iter().sum()).collect();
    let total = row_n.iter().sum();
    let mut grid = Grid::new(counts, row_n, Vec::new(), total, false, true);
    grid.protect();
    Table { rows, grid }
}

/// Time here as a row: under a year, one to two years, longer.
fn here(months: u32) -> RowLabel {
    RowLabel::Here(match months {
        0..=11 => 0,
        12..=23 => 1,
        _ => 2,
    })
}

impl Insight {
    /// The insight of `responses` given from `from` until before `to`.
    pub fn build(
        responses: &[Response],
        matches: Matches,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Insight {
        let responses: Vec<&Response> = responses
            .iter()
            .filter(|r| r.at >= from && r.at < to)
            .collect();
        let mut total = Figure {
            value: responses.len() as u64,
            hidden: false,
        };
        total.hidden = total.value < K;

        let months_all = months(from, to, usize::MAX);
        let categories: Vec<RowLabel> = Category::ALL
            .iter()
            .map(|c| RowLabel::Category(Some(*c)))
            .chain([RowLabel::Category(None)])
            .collect();
        let heres: Vec<RowLabel> = (0..3).map(RowLabel::Here).collect();
        let stays: Vec<(Expect, Vec<RowLabel>)> = responses
            .iter()
            .filter_map(|r| {
                let stay = r.answers.stay?;
                Some((
                    stay,
                    vec![RowLabel::Category(r.category), here(r.months_here)],
                ))
            })
            .collect();
        let stay = breakdown(Expect::ALL, &[categories, heres], &stays);
        let trend = independent(
            Expect::ALL,
            months(from, to, 12)
                .into_iter()
                .map(RowLabel::Month)
                .collect(),
            &responses
                .iter()
                .filter_map(|r| Some((r.answers.stay?, RowLabel::Month(month_of(r.at)))))
                .collect::<Vec<_>>(),
        );

        // Reasons: their number of people is a figure of the table above
        // (the yes, or the unsure and no): hidden there, hidden here.
        let reasons_of = |pick: &dyn Fn(&Answers) -> bool| -> Vec<&Answers> {
            responses
                .iter()
                .map(|r| &r.answers)
                .filter(|a| pick(a))
                .collect()
        };
        let staying = reasons_of(&|a| a.stay == Some(Expect::Yes));
        let mut stay_reasons = ticks(
            StayReason::ALL,
            &staying
                .iter()
                .map(|a| a.stay_reasons.iter().copied().collect())
                .collect::<Vec<_>>(),
        );
        let leaving = reasons_of(&|a| matches!(a.stay, Some(Expect::Unsure | Expect::No)));
        let mut leave_reasons = ticks(
            LeaveReason::ALL,
            &leaving
                .iter()
                .map(|a| a.leave_reasons.iter().copied().collect())
                .collect::<Vec<_>>(),
        );
        let columns = stay.grid.columns.clone().unwrap_or_default();
        if columns.first().is_some_and(|f| f.hidden) {
            stay_reasons.total.hidden = true;
            stay_reasons.rows[0].hidden = true;
        }
        if columns.iter().skip(1).any(|f| f.hidden) {
            leave_reasons.total.hidden = true;
            leave_reasons.rows[0].hidden = true;
        }

        let ticked: Vec<Vec<Quality>> = responses
            .iter()
            .filter(|r| !r.answers.good.is_empty())
            .map(|r| r.answers.good.iter().copied().collect())
            .collect();
        let good = ticks(Quality::ALL, &ticked);

        let quarters: Vec<RowLabel> = {
            let mut all: Vec<(i32, u32)> = months_all
                .iter()
                .map(|m| (m.year, (m.month - 1) / 3 + 1))
                .collect();
            all.dedup();
            all.into_iter()
                .map(|(y, q)| RowLabel::Quarter(y, q))
                .collect()
        };
        let by_quarter = |value: fn(&Answers) -> Option<usize>| {
            responses
                .iter()
                .filter_map(|r| {
                    let (year, quarter) = quarter_of(r.at);
                    Some((value(&r.answers)?, RowLabel::Quarter(year, quarter)))
                })
                .collect::<Vec<_>>()
        };
        let housing_indices: Vec<usize> = (0..Housing::ALL.len()).collect();
        let housing = independent(
            &housing_indices,
            quarters.clone(),
            &by_quarter(|a| a.housing.map(|h| index_of(Housing::ALL, &h))),
        );
        let work_indices: Vec<usize> = (0..Work::ALL.len()).collect();
        let work = independent(
            &work_indices,
            quarters,
            &by_quarter(|a| a.work.map(|w| index_of(Work::ALL, &w))),
        );

        let figure = |value: u64| Figure {
            value,
            hidden: value > 0 && value < K,
        };
        Insight {
            from,
            to,
            responses: total,
            stay,
            trend,
            stay_reasons,
            leave_reasons,
            good,
            life: Mean::of(responses.iter().filter_map(|r| r.answers.life)),
            place: Mean::of(responses.iter().filter_map(|r| r.answers.place)),
            belong: Mean::of(responses.iter().filter_map(|r| r.answers.belong)),
            friends: one_row(
                Friends::ALL,
                responses.iter().filter_map(|r| r.answers.friends),
            ),
            norwegian_friend: one_row(
                &[true, false],
                responses.iter().filter_map(|r| r.answers.norwegian_friend),
            ),
            housing,
            buy: one_row(Expect::ALL, responses.iter().filter_map(|r| r.answers.buy)),
            work,
            matches: [
                figure(matches.started),
                figure(matches.running),
                figure(matches.ended),
            ],
        }
    }
}

//! The insight as a CSV file that opens in a spreadsheet as it is: UTF-8
//! with a byte-order mark (so that Excel reads æøå and every script),
//! semicolons between fields and decimal commas, as Norwegian Excel
//! expects. One line per figure: section, group, answer, count, of how
//! many, share in per cent, mean; hidden figures read "< 5".

use super::text::{
    HIDDEN, decimal, housing_keys, keys, keys_of_leave_reasons, keys_of_stay_reasons, row_label,
    stay_keys, work_keys,
};
use super::{Figure, Grid, Insight, Mean, Table};
use crate::i18n::Tr;
use crate::pulse::{Friends, Quality};

/// The byte-order mark Excel needs to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// One field, quoted if it must be.
fn field(value: &str) -> String {
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

struct Sheet<'a> {
    tr: &'a Tr<'a>,
    lines: Vec<String>,
}

fn shown(figure: Figure) -> String {
    figure.shown().map_or(HIDDEN.to_owned(), |n| n.to_string())
}

impl Sheet<'_> {
    fn line(&mut self, fields: [&str; 7]) {
        self.lines.push(
            fields
                .iter()
                .map(|f| field(f))
                .collect::<Vec<_>>()
                .join(";"),
        );
    }

    fn figure(&mut self, section: &str, group: &str, answer: &str, count: Figure, of: Figure) {
        let share = match (count.shown(), of.shown()) {
            (Some(c), Some(n)) if n > 0 => decimal(c as f64 * 100.0 / n as f64, 1),
            (Some(_), Some(_)) => String::new(),
            _ => HIDDEN.to_owned(),
        };
        self.line([
            section,
            group,
            answer,
            &shown(count),
            &shown(of),
            &share,
            "",
        ]);
    }

    /// Everyone's line of each answer of a grid.
    fn everyone(&mut self, section: &str, grid: &Grid, answers: &[&str]) {
        let everyone = self.tr.msg("insight-everyone");
        for (j, key) in answers.iter().enumerate() {
            let count = match &grid.columns {
                Some(columns) => columns[j],
                None => grid.cells[0][j],
            };
            let answer = self.tr.msg(key);
            self.figure(section, &everyone, &answer, count, grid.total);
        }
    }

    fn rows(
        &mut self,
        section: &str,
        table: &Table,
        answers: &[&str],
        rows: std::ops::Range<usize>,
    ) {
        for i in rows {
            let group = row_label(self.tr, table.rows[i]);
            for (j, key) in answers.iter().enumerate() {
                let answer = self.tr.msg(key);
                self.figure(
                    section,
                    &group,
                    &answer,
                    table.grid.cells[i][j],
                    table.grid.rows[i],
                );
            }
        }
    }

    /// A table published as shares only: no counts, no number of people.
    fn shares(&mut self, section: &str, table: &Table, answers: &[&str]) {
        for i in 0..table.rows.len() {
            if table.grid.rows[i].value == 0 {
                continue;
            }
            let group = row_label(self.tr, table.rows[i]);
            for (j, key) in answers.iter().enumerate() {
                let answer = self.tr.msg(key);
                let share = table
                    .grid
                    .share(i, j)
                    .map_or(HIDDEN.to_owned(), |s| decimal(s, 1));
                self.line([section, &group, &answer, "", "", &share, ""]);
            }
        }
    }

    fn mean(&mut self, section: &str, mean: Mean) {
        let everyone = self.tr.msg("insight-everyone");
        let answer = self.tr.msg("insight-csv-mean");
        let (n, value) = match mean.mean {
            Some(m) => (mean.n.to_string(), decimal(m, 2)),
            None => (HIDDEN.to_owned(), HIDDEN.to_owned()),
        };
        self.line([section, &everyone, &answer, "", &n, "", &value]);
    }
}

impl Insight {
    /// The figures as a CSV file (see the module's notes).
    pub fn csv(&self, tr: &Tr) -> String {
        let mut sheet = Sheet {
            tr,
            lines: Vec::new(),
        };
        let header: Vec<String> = tr
            .msg("insight-csv-header")
            .split(';')
            .map(str::trim)
            .map(str::to_owned)
            .collect();
        sheet.lines.push(header.join(";"));
        let section = |key: &str| tr.msg(key);
        let responses = section("insight-section-responses");
        sheet.line([&responses, "", "", &shown(self.responses), "", "", ""]);

        let stay = section("insight-section-stay");
        sheet.everyone(&stay, &self.stay.grid, &stay_keys());
        for range in self.stay.grid.groups.clone() {
            sheet.rows(&stay, &self.stay, &stay_keys(), range);
        }
        sheet.shares(&section("insight-section-trend"), &self.trend, &stay_keys());
        sheet.everyone(
            &section("insight-section-stay-reasons"),
            &self.stay_reasons,
            &keys_of_stay_reasons(),
        );
        sheet.everyone(
            &section("insight-section-leave-reasons"),
            &self.leave_reasons,
            &keys_of_leave_reasons(),
        );
        sheet.everyone(
            &section("insight-section-good"),
            &self.good,
            &keys(Quality::ALL, Quality::label_key),
        );
        sheet.mean(&section("insight-section-life"), self.life);
        sheet.mean(&section("insight-section-place"), self.place);
        sheet.mean(&section("insight-section-belong"), self.belong);
        sheet.everyone(
            &section("insight-section-friends"),
            &self.friends,
            &keys(Friends::ALL, Friends::label_key),
        );
        sheet.everyone(
            &section("insight-section-norwegian-friend"),
            &self.norwegian_friend,
            &["pulse-yes", "pulse-no"],
        );
        sheet.shares(
            &section("insight-section-housing"),
            &self.housing,
            &housing_keys(),
        );
        sheet.everyone(&section("insight-section-buy"), &self.buy, &stay_keys());
        sheet.shares(&section("insight-section-work"), &self.work, &work_keys());
        let matches = section("insight-section-matches");
        let everyone = tr.msg("insight-everyone");
        for (key, figure) in [
            "insight-matches-started",
            "insight-matches-running",
            "insight-matches-ended",
        ]
        .iter()
        .zip(self.matches)
        {
            sheet.line([
                &matches,
                &everyone,
                &tr.msg(key),
                &shown(figure),
                "",
                "",
                "",
            ]);
        }
        let mut text = BOM.to_owned();
        text.push_str(&sheet.lines.join("\r\n"));
        text.push_str("\r\n");
        text
    }
}

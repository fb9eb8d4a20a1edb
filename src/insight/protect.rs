//! Small-cell protection: no published figure may describe fewer than
//! [`K`] people, and no hidden figure may be worked out from the ones
//! shown.
//!
//! A table of counts is a [`Grid`]: groups of rows (by why people came, by
//! time here, by month, …), each row a group of people, each column an
//! answer. Figures that add up are published with their sums: a row's
//! cells add up to the row's number of people when the answers exclude
//! each other (one answer each), a column's cells in each group of rows
//! add up to the column's total, and the rows' numbers add up to everyone.
//! *Primary* suppression hides every count from 1 to `K - 1` (and whole
//! rows of one to `K - 1` people, zeros included: "none of the three said
//! no" describes three people). *Secondary* suppression then looks at each
//! sum: if exactly one of its parts (or the sum itself) is hidden, it can
//! be recovered by subtracting the others, so the smallest other part is
//! hidden too, until no sum has a single hidden part.

/// The least number of people a published figure may describe.
pub const K: u64 = 5;

/// One figure: its value and whether it is hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    pub value: u64,
    pub hidden: bool,
}

impl Figure {
    fn new(value: u64) -> Figure {
        Figure {
            value,
            hidden: false,
        }
    }

    /// The value, if it may be shown.
    pub fn shown(self) -> Option<u64> {
        (!self.hidden).then_some(self.value)
    }
}

/// A table of counts with its sums.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Cells, by row and column.
    pub cells: Vec<Vec<Figure>>,
    /// Each row's number of people (who answered).
    pub rows: Vec<Figure>,
    /// Each column's total over everyone (`None`: not published, as in a
    /// grid of one row, whose cells are the totals).
    pub columns: Option<Vec<Figure>>,
    /// Everyone who answered.
    pub total: Figure,
    /// The groups of rows, each adding up to the column totals and to
    /// everyone (e.g. rows 0..4 by category, 4..7 by time here).
    pub groups: Vec<std::ops::Range<usize>>,
    /// Whether the answers exclude each other, so that a row's cells add
    /// up to its number of people.
    pub exclusive: bool,
}

/// The groups of a grid whose rows all belong to one breakdown.
pub fn one_group(rows: usize) -> Vec<std::ops::Range<usize>> {
    std::iter::once(0..rows).collect()
}

/// Where a figure of a grid is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum At {
    Cell(usize, usize),
    Row(usize),
    Column(usize),
    Total,
}

impl Grid {
    /// A grid of `counts` (rows × columns) with each row's number of
    /// people, in groups of rows that each cover everyone; `columns`
    /// publishes the column totals. Nothing is hidden yet: call
    /// [`Grid::protect`].
    pub fn new(
        counts: Vec<Vec<u64>>,
        rows: Vec<u64>,
        groups: Vec<std::ops::Range<usize>>,
        total: u64,
        columns: bool,
        exclusive: bool,
    ) -> Grid {
        let width = counts.first().map_or(0, Vec::len);
        let column_totals = columns.then(|| {
            (0..width)
                .map(|j| {
                    let group = groups.first().cloned().unwrap_or(0..counts.len());
                    Figure::new(counts[group].iter().map(|row| row[j]).sum())
                })
                .collect()
        });
        Grid {
            cells: counts
                .into_iter()
                .map(|row| row.into_iter().map(Figure::new).collect())
                .collect(),
            rows: rows.into_iter().map(Figure::new).collect(),
            columns: column_totals,
            total: Figure::new(total),
            groups,
            exclusive,
        }
    }

    fn get(&self, at: At) -> Figure {
        match at {
            At::Cell(i, j) => self.cells[i][j],
            At::Row(i) => self.rows[i],
            At::Column(j) => self.columns.as_ref().map_or(self.total, |c| c[j]),
            At::Total => self.total,
        }
    }

    fn hide(&mut self, at: At) {
        match at {
            At::Cell(i, j) => self.cells[i][j].hidden = true,
            At::Row(i) => self.rows[i].hidden = true,
            At::Column(j) => {
                if let Some(columns) = &mut self.columns {
                    columns[j].hidden = true;
                }
            }
            At::Total => self.total.hidden = true,
        }
    }

    /// Every sum the grid publishes: its parts, then the sum.
    fn sums(&self) -> Vec<(Vec<At>, At)> {
        let width = self.cells.first().map_or(0, Vec::len);
        let mut sums = Vec::new();
        if self.exclusive {
            for i in 0..self.cells.len() {
                sums.push(((0..width).map(|j| At::Cell(i, j)).collect(), At::Row(i)));
            }
            if self.columns.is_some() {
                sums.push(((0..width).map(At::Column).collect(), At::Total));
            }
        }
        for group in &self.groups {
            if self.columns.is_some() {
                for j in 0..width {
                    sums.push((
                        group.clone().map(|i| At::Cell(i, j)).collect(),
                        At::Column(j),
                    ));
                }
            }
            sums.push((group.clone().map(At::Row).collect(), At::Total));
        }
        sums
    }

    /// Hides what describes fewer than [`K`] people, and what could be
    /// worked out from the rest.
    pub fn protect(&mut self) -> &mut Grid {
        let small = |f: Figure| f.value > 0 && f.value < K;
        if small(self.total) {
            self.hide_everything();
            return self;
        }
        for i in 0..self.cells.len() {
            // A row of nobody is shown as nobody; of one to four people,
            // not at all.
            if small(self.rows[i]) {
                self.rows[i].hidden = true;
                for cell in &mut self.cells[i] {
                    cell.hidden = true;
                }
            }
            for cell in &mut self.cells[i] {
                if small(*cell) {
                    cell.hidden = true;
                }
            }
        }
        if let Some(columns) = &mut self.columns {
            for column in columns {
                if small(*column) {
                    column.hidden = true;
                }
            }
        }
        let sums = self.sums();
        loop {
            let mut changed = false;
            for (parts, sum) in &sums {
                let members: Vec<At> = parts.iter().copied().chain([*sum]).collect();
                let hidden = members.iter().filter(|at| self.get(**at).hidden).count();
                if hidden != 1 {
                    continue;
                }
                // The smallest part still shown — a zero if there is one:
                // it hides least and still leaves two unknowns — or, if
                // every part is hidden, the sum.
                let next = parts
                    .iter()
                    .copied()
                    .filter(|at| !self.get(*at).hidden)
                    .min_by_key(|at| self.get(*at).value)
                    .unwrap_or(*sum);
                self.hide(next);
                changed = true;
            }
            if !changed {
                return self;
            }
        }
    }

    fn hide_everything(&mut self) {
        for row in &mut self.cells {
            for cell in row {
                cell.hidden = true;
            }
        }
        for row in &mut self.rows {
            row.hidden = true;
        }
        if let Some(columns) = &mut self.columns {
            for column in columns {
                column.hidden = true;
            }
        }
        self.total.hidden = true;
    }

    /// A row's share of people giving answer `j`, in per cent, if both
    /// figures may be shown.
    pub fn share(&self, i: usize, j: usize) -> Option<f64> {
        let cell = self.cells[i][j].shown()?;
        let of = self.rows[i].shown().filter(|n| *n > 0)?;
        Some(cell as f64 * 100.0 / of as f64)
    }

    /// The share of everyone giving answer `j`, in per cent.
    pub fn total_share(&self, j: usize) -> Option<f64> {
        let count = match &self.columns {
            Some(columns) => columns[j].shown()?,
            None => self.cells.first()?[j].shown()?,
        };
        let of = self.total.shown().filter(|n| *n > 0)?;
        Some(count as f64 * 100.0 / of as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tries every published sum: if exactly one of its figures is
    /// hidden, the attacker subtracts and wins.
    fn recoverable(grid: &Grid) -> Vec<String> {
        grid.sums()
            .into_iter()
            .filter(|(parts, sum)| {
                parts
                    .iter()
                    .chain([sum])
                    .filter(|at| grid.get(**at).hidden)
                    .count()
                    == 1
            })
            .map(|(parts, sum)| format!("{parts:?} = {sum:?}"))
            .collect()
    }

    #[test]
    fn small_counts_are_hidden_and_cannot_be_subtracted_back() {
        // Expect to stay (yes, unsure, no), by why people came.
        let mut grid = Grid::new(
            vec![vec![20, 6, 3], vec![9, 0, 5], vec![2, 1, 0]],
            vec![29, 14, 3],
            one_group(3),
            46,
            true,
            true,
        );
        grid.protect();
        // Three refugees said no: hidden, and so is another of the row.
        assert!(grid.cells[0][2].hidden);
        // The third group is three people: all hidden, zeros too.
        assert!(grid.cells[2].iter().all(|c| c.hidden) && grid.rows[2].hidden);
        assert!(recoverable(&grid).is_empty(), "{:?}", recoverable(&grid));
        // What is shown is true.
        assert_eq!(grid.cells[0][0].shown(), Some(20));
        assert_eq!(grid.total.shown(), Some(46));
    }

    #[test]
    fn two_breakdowns_of_the_same_people_are_protected_together() {
        // Rows 0..2 by category, 2..4 by time here.
        let mut grid = Grid::new(
            vec![vec![10, 4], vec![8, 6], vec![15, 9], vec![3, 1]],
            vec![14, 14, 24, 4],
            vec![0..2, 2..4],
            28,
            true,
            true,
        );
        grid.protect();
        assert!(recoverable(&grid).is_empty(), "{:?}", recoverable(&grid));
        assert!(grid.rows[3].hidden);
    }

    #[test]
    fn everything_is_hidden_below_five_people() {
        let mut grid = Grid::new(vec![vec![3, 1]], vec![4], one_group(1), 4, false, true);
        grid.protect();
        assert!(grid.total.hidden && grid.cells[0].iter().all(|c| c.hidden));
        assert_eq!(grid.share(0, 0), None);
    }

    #[test]
    fn answers_that_do_not_exclude_each_other_are_only_hidden_when_small() {
        let mut grid = Grid::new(
            vec![vec![12, 3, 0, 7]],
            vec![15],
            one_group(1),
            15,
            false,
            false,
        );
        grid.protect();
        let shown: Vec<Option<u64>> = grid.cells[0].iter().map(|c| c.shown()).collect();
        assert_eq!(shown, [Some(12), None, Some(0), Some(7)]);
        assert_eq!(grid.share(0, 0), Some(80.0));
    }

    #[test]
    fn random_grids_never_leave_a_single_hidden_part() {
        // A small deterministic generator: no dependency for a test.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2000 {
            let width = 2 + next(3) as usize;
            let height = 1 + next(5) as usize;
            let counts: Vec<Vec<u64>> = (0..height)
                .map(|_| (0..width).map(|_| next(12)).collect())
                .collect();
            let rows: Vec<u64> = counts.iter().map(|r| r.iter().sum()).collect();
            let total = rows.iter().sum();
            let mut grid = Grid::new(counts, rows, one_group(height), total, height > 1, true);
            grid.protect();
            assert!(recoverable(&grid).is_empty(), "{grid:?}");
            for (i, row) in grid.cells.iter().enumerate() {
                for cell in row {
                    if let Some(v) = cell.shown() {
                        assert!(v == 0 || v >= K);
                        assert!(v == 0 || grid.rows[i].value >= K, "{grid:?}");
                    }
                }
            }
        }
    }
}

//! The best assignment of rows to columns that take up to a given number of
//! rows each: the Hungarian method as successive shortest augmenting paths
//! (Dijkstra with potentials), with a column per *mentor* rather than per
//! free place.
//!
//! A column is open while it has room. When the search reaches a full
//! column, every row assigned to it joins the search at the same distance:
//! their assigned edges are tight, so going back along them costs nothing.
//! Every row may also stay unassigned at weight 0 (an open column of
//! unlimited room), so a row is never forced onto a pair it is forbidden,
//! and there may be more rows than places, or fewer.
//!
//! Weights are maximised; internally the cost of a pair is its negated
//! weight. Columns that stay open keep potential 0 and full ones have
//! potential ≤ 0, so a column's potential is the dual of its room and the
//! shortest path to any open column is the shortest path to the sink: each
//! augmentation keeps the assignment of the rows seen so far optimal.

/// A pair that may not be made.
pub(super) const FORBIDDEN: i32 = i32::MIN;

/// The largest weight a pair may have: costs, potentials and distances
/// then stay well inside `i32`.
pub(super) const MAX_WEIGHT: i32 = 1 << 24;

/// Cost of a forbidden pair: more than any path through allowed pairs, so
/// it is never the shortest (staying unassigned costs 0 and is always
/// there), and small enough that sums with it do not overflow.
const FORBIDDEN_COST: i32 = 1 << 26;

/// Farther than any distance through allowed or forbidden pairs.
const FAR: i32 = 1 << 28;

/// A column's mark: open, full, or full and scanned in this search.
const OPEN: i32 = 0;
const FULL: i32 = 1;
const SCANNED: i32 = 1 << 30;

/// Where a row ended up.
const UNASSIGNED: u32 = u32::MAX;

/// The assignment of `rows` rows to `capacity.len()` columns with the
/// highest total weight, each column taking at most `capacity[c]` rows.
/// `weights` is row-major, `rows × capacity.len()`; each weight is
/// [`FORBIDDEN`] or in `0..=MAX_WEIGHT`. Returns each row's column, or
/// `None` for a row left unassigned. Pairs of weight 0 may or may not be
/// made: they add nothing.
pub(super) fn assign(weights: &[i32], rows: usize, capacity: &[u32]) -> Vec<Option<usize>> {
    let columns = capacity.len();
    assert_eq!(weights.len(), rows * columns);
    assert!(u32::try_from(rows).is_ok() && u32::try_from(columns).is_ok());
    if rows == 0 || columns == 0 {
        return vec![None; rows];
    }
    // Costs to minimise: the negated weights, forbidden pairs dear.
    let cost: Vec<i32> = weights
        .iter()
        .map(|&w| {
            if w == FORBIDDEN {
                FORBIDDEN_COST
            } else {
                assert!(
                    (0..=MAX_WEIGHT).contains(&w),
                    "weight {w} out of 0..={MAX_WEIGHT}"
                );
                -w
            }
        })
        .collect();

    // The rows of each column: `members[start[c]..start[c] + taken[c]]`.
    let mut start = Vec::with_capacity(columns);
    let mut places = 0usize;
    for &room in capacity {
        start.push(places);
        places += (room as usize).min(rows);
    }
    let capacity: Vec<u32> = capacity.iter().map(|&room| room.min(rows as u32)).collect();
    let mut members = vec![0u32; places];
    let mut taken = vec![0u32; columns];
    // Each row's column, or UNASSIGNED (unassigned rows not yet seen, and
    // rows that stay unassigned, both).
    let mut assigned = vec![UNASSIGNED; rows];
    // Potentials: reduced cost `cost - u[row] - v[column]` is ≥ 0 on every
    // pair and 0 on assigned ones; staying unassigned has cost 0 and
    // potential 0 on the column side.
    let mut u = vec![0i32; rows];
    let mut v = vec![0i32; columns];

    // Each column's mark for choosing the next one: its distance doubled
    // plus OPEN, FULL or SCANNED, so that the smallest is the nearest and,
    // among equals, an open one, which ends the search.
    let mut mark: Vec<i32> = capacity
        .iter()
        .map(|&room| if room == 0 { SCANNED } else { OPEN })
        .collect();

    // Per search: distances to columns and the row each was reached from.
    let mut dist = vec![FAR; columns];
    let mut way = vec![0u32; columns];
    let mut scanned: Vec<u32> = Vec::new();
    // Rows in the search tree and their distances.
    let mut tree: Vec<(u32, i32)> = Vec::new();

    for root in 0..rows {
        dist.fill(FAR);
        scanned.clear();
        tree.clear();
        // Staying unassigned: the best so far of `d - u[row]` over the tree.
        let mut unassigned_dist = FAR;
        let mut unassigned_way = root as u32;
        let mut next = 0usize; // tree rows not yet relaxed from
        tree.push((root as u32, 0));
        let (target, reach) = loop {
            for &(row, d) in &tree[next..] {
                let base = d - u[row as usize];
                if base < unassigned_dist {
                    unassigned_dist = base;
                    unassigned_way = row;
                }
                let costs = &cost[row as usize * columns..][..columns];
                // Scanned columns are never improved: their distance is
                // final and reduced costs from later rows are ≥ 0.
                for (((dist, way), &cost), &v) in dist.iter_mut().zip(&mut way).zip(costs).zip(&v) {
                    let candidate = base + cost - v;
                    // All ones where the candidate is nearer: a blend
                    // rather than a store per column, so it vectorises.
                    let nearer = 0u32.wrapping_sub(u32::from(candidate < *dist));
                    *dist = (*dist).min(candidate);
                    *way = (row & nearer) | (*way & !nearer);
                }
            }
            next = tree.len();
            let (at, key) = match nearest(&dist, &mark) {
                Some((at, key)) if key < 2 * unassigned_dist + OPEN => (at, key),
                _ => (usize::MAX, 2 * unassigned_dist + OPEN),
            };
            if key & 1 == OPEN {
                break (at, key >> 1);
            }
            // A full column: its rows join the tree at its distance.
            let d = dist[at];
            mark[at] = SCANNED;
            scanned.push(at as u32);
            for &row in &members[start[at]..start[at] + taken[at] as usize] {
                tree.push((row, d));
            }
        };

        // New potentials keep reduced costs ≥ 0 and make the path tight.
        for &(row, d) in &tree {
            u[row as usize] += reach - d;
        }
        for &c in &scanned {
            let c = c as usize;
            v[c] -= reach - dist[c];
            mark[c] = FULL;
        }

        // Augment: each row on the path moves to the column after it.
        let (mut column, mut row) = if target == usize::MAX {
            (UNASSIGNED, unassigned_way)
        } else {
            (target as u32, way[target])
        };
        if column != UNASSIGNED {
            let c = column as usize;
            members[start[c] + taken[c] as usize] = row;
            taken[c] += 1;
            if taken[c] == capacity[c] {
                mark[c] = FULL;
            }
        }
        // The path passes each scanned column at most once.
        for step in 0.. {
            assert!(
                step <= scanned.len(),
                "the augmenting path runs in a circle"
            );
            let previous = assigned[row as usize];
            assigned[row as usize] = column;
            if row as usize == root {
                break;
            }
            // `row` leaves `previous` (a full, scanned column) and the row
            // that reached `previous` takes its place.
            let p = previous as usize;
            let at = members[start[p]..start[p] + taken[p] as usize]
                .iter()
                .position(|&r| r == row)
                .expect("a tree row is a member of its column");
            let next_row = way[p];
            members[start[p] + at] = next_row;
            column = previous;
            row = next_row;
        }
    }

    assigned
        .into_iter()
        .map(|c| (c != UNASSIGNED).then_some(c as usize))
        .collect()
}

/// The column of the smallest `2 * dist + mark` and that key, the first
/// such column among equals; `None` when there are no columns. Two passes
/// (the smallest, then where it is) over eight lanes side by side: they
/// vectorise, which one pass keeping both does not.
fn nearest(dist: &[i32], mark: &[i32]) -> Option<(usize, i32)> {
    const LANES: usize = 8;
    let key = |at: usize| 2 * dist[at] + mark[at];
    let whole = dist.len() - dist.len() % LANES;
    let mut lanes = [i32::MAX; LANES];
    for (dist, mark) in dist.chunks_exact(LANES).zip(mark.chunks_exact(LANES)) {
        for lane in 0..LANES {
            lanes[lane] = lanes[lane].min(2 * dist[lane] + mark[lane]);
        }
    }
    let smallest = (whole..dist.len())
        .map(key)
        .chain(lanes)
        .min()
        .filter(|_| !dist.is_empty())?;
    let mut chunk = whole;
    for (at, (dist, mark)) in dist
        .chunks_exact(LANES)
        .zip(mark.chunks_exact(LANES))
        .enumerate()
    {
        let mut found = false;
        for lane in 0..LANES {
            found |= 2 * dist[lane] + mark[lane] == smallest;
        }
        if found {
            chunk = at * LANES;
            break;
        }
    }
    (chunk..dist.len())
        .find(|&at| key(at) == smallest)
        .map(|at| (at, smallest))
}

#[cfg(test)]
mod tests {
    use pathfinding::kuhn_munkres::kuhn_munkres;
    use pathfinding::matrix::Matrix;

    use super::{FORBIDDEN, assign};

    /// A small deterministic generator.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    /// The best total by Kuhn–Munkres on one column per place, forbidden
    /// pairs weighing 0, the smaller side as rows.
    fn by_places(weights: &[i32], rows: usize, capacity: &[u32]) -> i64 {
        let columns = capacity.len();
        let slots: Vec<usize> = (0..columns)
            .flat_map(|c| std::iter::repeat_n(c, capacity[c] as usize))
            .collect();
        if rows == 0 || slots.is_empty() {
            return 0;
        }
        let weight = |r: usize, slot: usize| i64::from(weights[r * columns + slots[slot]].max(0));
        let matrix = if rows <= slots.len() {
            Matrix::from_fn(rows, slots.len(), |(r, slot)| weight(r, slot))
        } else {
            Matrix::from_fn(slots.len(), rows, |(slot, r)| weight(r, slot))
        };
        kuhn_munkres(&matrix).0
    }

    /// Checks the assignment keeps the rules and returns its total.
    fn checked_total(weights: &[i32], rows: usize, capacity: &[u32]) -> i64 {
        let columns = capacity.len();
        let assigned = assign(weights, rows, capacity);
        assert_eq!(assigned.len(), rows);
        let mut taken = vec![0u32; columns];
        let mut total = 0;
        for (r, c) in assigned.into_iter().enumerate() {
            if let Some(c) = c {
                let weight = weights[r * columns + c];
                assert_ne!(weight, FORBIDDEN, "row {r} got forbidden column {c}");
                taken[c] += 1;
                total += i64::from(weight);
            }
        }
        for (c, (&taken, &room)) in taken.iter().zip(capacity).enumerate() {
            assert!(taken <= room, "column {c} took {taken} of {room}");
        }
        total
    }

    #[test]
    fn as_good_as_kuhn_munkres_on_one_column_per_place() {
        let mut rng = Lcg(7);
        for case in 0..600 {
            let rows = rng.below(9) as usize;
            let columns = rng.below(7) as usize;
            // Some cases have room for everybody, some not, some with
            // columns of no room at all.
            let most = [1, 2, 3, 5][rng.below(4) as usize];
            let capacity: Vec<u32> = (0..columns).map(|_| rng.below(most + 1) as u32).collect();
            let forbidden = rng.below(4); // in quarters
            let top = [3, 20, 150][rng.below(3) as usize];
            let weights: Vec<i32> = (0..rows * columns)
                .map(|_| {
                    if rng.below(4) < forbidden {
                        FORBIDDEN
                    } else {
                        1 + rng.below(top) as i32
                    }
                })
                .collect();
            assert_eq!(
                checked_total(&weights, rows, &capacity),
                by_places(&weights, rows, &capacity),
                "case {case}: {rows} rows, capacity {capacity:?}, weights {weights:?}"
            );
        }
    }

    #[test]
    fn larger_pools_with_many_equal_weights() {
        let mut rng = Lcg(2026);
        for case in 0..40 {
            let rows = 20 + rng.below(60) as usize;
            let columns = 5 + rng.below(40) as usize;
            let capacity: Vec<u32> = (0..columns).map(|_| 1 + rng.below(3) as u32).collect();
            let weights: Vec<i32> = (0..rows * columns)
                .map(|_| {
                    if rng.below(5) == 0 {
                        FORBIDDEN
                    } else {
                        1 + 10 * rng.below(4) as i32 + rng.below(3) as i32
                    }
                })
                .collect();
            assert_eq!(
                checked_total(&weights, rows, &capacity),
                by_places(&weights, rows, &capacity),
                "case {case}"
            );
        }
    }

    #[test]
    fn weight_zero_pairs_and_empty_sides() {
        assert_eq!(assign(&[], 0, &[1, 2]), Vec::<Option<usize>>::new());
        assert_eq!(assign(&[], 3, &[]), vec![None, None, None]);
        assert_eq!(assign(&[FORBIDDEN, FORBIDDEN], 2, &[3]), vec![None, None]);
        assert_eq!(checked_total(&[0, 0, 5, 0], 2, &[1, 1]), 5);
    }
}

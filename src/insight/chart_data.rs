//! What the insight chart shows, already protected (hidden cells are
//! `None`) and in words: the chart only draws it.

/// The figures of one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// "Tynset kommune, 01.01.2027–31.12.2027".
    pub title: String,
    /// The three answers to "do you expect to live here in two years?"
    /// (yes, unsure, no).
    pub stay_legend: [String; 3],
    pub stay_title: String,
    /// One bar per group (everyone first): the shares of the three
    /// answers in per cent, or `None` where the group is hidden.
    pub stay: Vec<(String, Option<[f64; 3]>)>,
    pub trend_title: String,
    /// The last months: the share expecting to stay, in per cent, or
    /// `None` where the month is hidden or has no answers.
    pub trend: Vec<(String, Option<f64>)>,
    pub leave_title: String,
    /// Reasons to leave, most named first: how many named each, or
    /// `None` where fewer than five did.
    pub leave: Vec<(String, Option<u64>)>,
    pub housing_title: String,
    pub housing_legend: Vec<String>,
    /// Housing by quarter: the share of each kind of housing in per cent
    /// (in the legend's order), or `None` where the quarter is hidden.
    pub housing: Vec<(String, Option<Vec<f64>>)>,
    /// What a hidden figure shows: "< 5".
    pub hidden: String,
    /// The line under the chart: sources, and that groups under five are
    /// not shown.
    pub footer: String,
}

//! The insight chart as a PNG for a phone: a title, four panels stacked
//! one above the other (staying, its trend, reasons to leave, housing)
//! and a footer. Drawn with plotters into an RGB buffer, encoded with
//! png, in DejaVu Sans shipped in `assets/fonts` (no system fonts).
//!
//! Every text is measured and cut with "…" to the room it has, so no
//! label runs off the image; figures are clamped to 0–100 % (NaN counts
//! as unknown in the trend and as 0 in a bar).

use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle, register_font};

use super::ChartData;

const WIDTH: u32 = 1080;
const HEIGHT: u32 = 1800;
const W: i32 = WIDTH as i32;
/// Left and right of it stays white.
const MARGIN: i32 = 40;
/// The chart's title.
const HEADER_H: i32 = 100;
/// Each of the four panels.
const PANEL_H: i32 = 400;
/// Below the panels: the footer, three lines at most.
const FOOTER_TOP: i32 = HEADER_H + 4 * PANEL_H;

const FOOTER_LINES: usize = 3;

/// The widest a row label or legend entry gets before it is cut.
const LABEL_MAX_W: i32 = 340;
/// Rows thinner than this would squeeze the labels: the rows that do
/// not fit are left out (the last ones: groups after "everyone", the
/// least named reasons, the latest quarters).
const MIN_ROW_H: i32 = 34;
const MAX_ROW_H: i32 = 64;
/// Text longer than this cannot fit a line anyway; measuring stops here.
const MAX_CHARS: usize = 1000;

const FONT: &str = "DejaVu Sans";
static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
/// Hidden figures, axis labels and the footer: 7:1 on white.
const MUTED: RGBColor = RGBColor(0x59, 0x59, 0x59);
const GRID: RGBColor = RGBColor(0xd9, 0xd9, 0xd9);

// Okabe & Ito's colours, told apart with any colour vision.
const ORANGE: RGBColor = RGBColor(0xe6, 0x9f, 0x00);
const SKY_BLUE: RGBColor = RGBColor(0x56, 0xb4, 0xe9);
const BLUISH_GREEN: RGBColor = RGBColor(0x00, 0x9e, 0x73);
const YELLOW: RGBColor = RGBColor(0xf0, 0xe4, 0x42);
const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xb2);
const VERMILLION: RGBColor = RGBColor(0xd5, 0x5e, 0x00);
const REDDISH_PURPLE: RGBColor = RGBColor(0xcc, 0x79, 0xa7);
const GREY: RGBColor = RGBColor(0x99, 0x99, 0x99);

/// Yes, unsure, no: dark, light, middle, so they part in grey too.
const STAY_COLOURS: [RGBColor; 3] = [BLUE, YELLOW, VERMILLION];
/// The kinds of housing, in the legend's order (repeating past eight).
const PALETTE: [RGBColor; 8] = [
    BLUE,
    ORANGE,
    SKY_BLUE,
    BLUISH_GREEN,
    YELLOW,
    VERMILLION,
    REDDISH_PURPLE,
    GREY,
];

/// The size, weight and colour of a text.
#[derive(Clone, Copy)]
struct Type {
    size: f64,
    bold: bool,
    colour: RGBColor,
}

const TITLE: Type = Type {
    size: 40.0,
    bold: true,
    colour: INK,
};
const HEADING: Type = Type {
    size: 32.0,
    ..TITLE
};
/// The hidden text standing for a whole panel.
const HIDDEN_PANEL: Type = Type {
    size: 32.0,
    bold: false,
    colour: MUTED,
};
const LABEL: Type = Type {
    size: 24.0,
    bold: false,
    colour: INK,
};
const MUTED_LABEL: Type = Type {
    colour: MUTED,
    ..LABEL
};
const SMALL: Type = Type {
    size: 22.0,
    bold: false,
    colour: MUTED,
};

type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;
type Res<T> = Result<T, String>;

/// Draws the chart as a PNG, 1080 pixels wide, readable on a phone.
pub fn render_png(data: &ChartData) -> Result<Vec<u8>, String> {
    register_fonts()?;
    let mut rgb = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        draw(&root, data)?;
        root.present().map_err(fail)?;
    }
    encode(&rgb)
}

/// Registers DejaVu Sans with plotters, once for the process.
fn register_fonts() -> Res<()> {
    static REGISTERED: OnceLock<Res<()>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            register_font(FONT, FontStyle::Normal, REGULAR)
                .map_err(|_| "chart: DejaVuSans.ttf is not a font".to_string())?;
            register_font(FONT, FontStyle::Bold, BOLD)
                .map_err(|_| "chart: DejaVuSans-Bold.ttf is not a font".to_string())
        })
        .clone()
}

fn encode(rgb: &[u8]) -> Res<Vec<u8>> {
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_image_data(rgb).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(png)
}

fn fail(e: impl std::fmt::Display) -> String {
    format!("chart: {e}")
}

fn draw(root: &Area, data: &ChartData) -> Res<()> {
    let title = fit(&data.title, W - 2 * MARGIN, TITLE)?;
    text(root, &title, (MARGIN, HEADER_H / 2), TITLE, HPos::Left)?;

    let stay: Vec<(&str, Option<&[f64]>)> = data
        .stay
        .iter()
        .map(|(label, shares)| (label.as_str(), shares.as_ref().map(|s| &s[..])))
        .collect();
    let stay_legend: Vec<&str> = data.stay_legend.iter().map(String::as_str).collect();
    stacked_panel(
        root,
        panel_top(0),
        &data.stay_title,
        &stay_legend,
        &STAY_COLOURS,
        &stay,
        &data.hidden,
    )?;

    trend_panel(root, panel_top(1), data)?;
    leave_panel(root, panel_top(2), data)?;

    let housing: Vec<(&str, Option<&[f64]>)> = data
        .housing
        .iter()
        .map(|(label, shares)| (label.as_str(), shares.as_deref()))
        .collect();
    let housing_legend: Vec<&str> = data.housing_legend.iter().map(String::as_str).collect();
    stacked_panel(
        root,
        panel_top(3),
        &data.housing_title,
        &housing_legend,
        &PALETTE,
        &housing,
        &data.hidden,
    )?;

    footer(root, &data.footer)
}

fn panel_top(index: i32) -> i32 {
    HEADER_H + index * PANEL_H
}

/// A rule above the panel and its title; returns where the content starts.
fn panel_title(root: &Area, top: i32, title: &str) -> Res<i32> {
    hline(root, MARGIN, W - MARGIN, top, GRID)?;
    let title = fit(title, W - 2 * MARGIN, HEADING)?;
    text(root, &title, (MARGIN, top + 38), HEADING, HPos::Left)?;
    Ok(top + 70)
}

/// The hidden text, centred in the panel below its title.
fn hidden_panel(root: &Area, top: i32, hidden: &str) -> Res<()> {
    let hidden = fit(hidden, W - 2 * MARGIN, HIDDEN_PANEL)?;
    text(
        root,
        &hidden,
        (W / 2, top + PANEL_H / 2 + 20),
        HIDDEN_PANEL,
        HPos::Center,
    )
}

/// 100 % stacked horizontal bars, one per row, under a legend.
fn stacked_panel(
    root: &Area,
    top: i32,
    title: &str,
    legend_labels: &[&str],
    colours: &[RGBColor],
    rows: &[(&str, Option<&[f64]>)],
    hidden: &str,
) -> Res<()> {
    let y = panel_title(root, top, title)?;
    if rows.is_empty() {
        return hidden_panel(root, top, hidden);
    }
    let y = y + legend(root, y, legend_labels, colours)? + 8;
    let (centres, bar_h) = row_layout(rows.len(), y, top + PANEL_H - 12);
    let labels: Vec<&str> = rows.iter().map(|(label, _)| *label).collect();
    let bar_x0 = row_labels(root, &labels, &centres)?;
    for ((_, shares), &cy) in rows.iter().zip(&centres) {
        match shares {
            Some(shares) => stacked_bar(root, bar_x0, W - MARGIN, cy, bar_h, shares, colours)?,
            None => hidden_cell(root, bar_x0, cy, hidden)?,
        }
    }
    Ok(())
}

/// Colour swatches with their labels, wrapped over up to three lines;
/// returns the height used.
fn legend(root: &Area, y: i32, labels: &[&str], colours: &[RGBColor]) -> Res<i32> {
    const LINE_H: i32 = 38;
    const SWATCH: i32 = 24;
    if labels.is_empty() {
        return Ok(0);
    }
    let (mut x, mut line) = (MARGIN, 0);
    for (i, label) in labels.iter().enumerate() {
        let label = fit(label, LABEL_MAX_W, LABEL)?;
        let w = SWATCH + 10 + text_width(&label, LABEL)?;
        if x > MARGIN && x + w > W - MARGIN {
            if line == 2 {
                break;
            }
            line += 1;
            x = MARGIN;
        }
        let cy = y + line * LINE_H + LINE_H / 2;
        let colour = colours[i % colours.len()];
        rect(
            root,
            (x, cy - SWATCH / 2),
            (x + SWATCH, cy + SWATCH / 2),
            colour,
        )?;
        outline(
            root,
            (x, cy - SWATCH / 2),
            (x + SWATCH, cy + SWATCH / 2),
            MUTED,
        )?;
        text(root, &label, (x + SWATCH + 10, cy), LABEL, HPos::Left)?;
        x += w + 30;
    }
    Ok((line + 1) * LINE_H)
}

/// The centres of the rows that fit between `y0` and `y1`, and the
/// thickness of their bars.
fn row_layout(n: usize, y0: i32, y1: i32) -> (Vec<i32>, i32) {
    let room = (y1 - y0).max(0);
    let shown = n.min((room / MIN_ROW_H) as usize);
    if shown == 0 {
        return (Vec::new(), 0);
    }
    let row_h = (room / shown as i32).min(MAX_ROW_H);
    let centres = (0..shown as i32)
        .map(|i| y0 + i * row_h + row_h / 2)
        .collect();
    (centres, (row_h - 12).clamp(16, 44))
}

/// Writes the labels of the shown rows at the left; returns where the
/// bars start.
fn row_labels(root: &Area, labels: &[&str], centres: &[i32]) -> Res<i32> {
    let mut widest = 0;
    for (label, &cy) in labels.iter().zip(centres) {
        let label = fit(label, LABEL_MAX_W, LABEL)?;
        widest = widest.max(text_width(&label, LABEL)?);
        text(root, &label, (MARGIN, cy), LABEL, HPos::Left)?;
    }
    Ok(if widest > 0 {
        MARGIN + widest + 20
    } else {
        MARGIN
    })
}

fn hidden_cell(root: &Area, x: i32, cy: i32, hidden: &str) -> Res<()> {
    let hidden = fit(hidden, W - MARGIN - x, LABEL)?;
    text(root, &hidden, (x, cy), MUTED_LABEL, HPos::Left)
}

fn stacked_bar(
    root: &Area,
    x0: i32,
    x1: i32,
    cy: i32,
    h: i32,
    shares: &[f64],
    colours: &[RGBColor],
) -> Res<()> {
    let (top, bottom) = (cy - h / 2, cy - h / 2 + h);
    let shares: Vec<f64> = shares.iter().map(|&s| percent(s)).collect();
    let sum: f64 = shares.iter().sum();
    if sum <= 0.0 || x1 <= x0 {
        return outline(root, (x0, top), (x1, bottom), GRID);
    }
    let span = f64::from(x1 - x0);
    let mut done = 0.0;
    let mut edges = Vec::new();
    for (i, &share) in shares.iter().enumerate() {
        let a = x0 + (done / sum * span).round() as i32;
        done += share;
        let b = x0 + (done / sum * span).round() as i32;
        if b <= a {
            continue;
        }
        let colour = colours[i % colours.len()];
        rect(root, (a, top), (b, bottom), colour)?;
        if a > x0 {
            edges.push(a);
        }
        let label = percent_label(share);
        if text_width(&label, LABEL)? + 12 <= b - a {
            let ink = ink_on(colour);
            text(
                root,
                &label,
                ((a + b) / 2, cy),
                Type {
                    colour: ink,
                    ..LABEL
                },
                HPos::Center,
            )?;
        }
    }
    // A white gap between segments, so they part without colour too.
    for x in edges {
        rect(root, (x - 1, top), (x + 1, bottom), WHITE)?;
    }
    Ok(())
}

/// The share expecting to stay, month by month: a line between months
/// next to each other that are both known, a dot on each known month.
fn trend_panel(root: &Area, top: i32, data: &ChartData) -> Res<()> {
    panel_title(root, top, &data.trend_title)?;
    if data.trend.is_empty() {
        return hidden_panel(root, top, &data.hidden);
    }
    let y_label_w = text_width(&percent_label(100.0), LABEL)?;
    let (px0, px1) = (MARGIN + y_label_w + 16, W - MARGIN);
    let (py0, py1) = (top + 100, top + PANEL_H - 64);
    let y_of = |share: f64| py1 - (share / 100.0 * f64::from(py1 - py0)).round() as i32;

    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let y = y_of(tick);
        hline(root, px0, px1, y, if tick == 0.0 { MUTED } else { GRID })?;
        let label = percent_label(tick);
        text(root, &label, (px0 - 12, y), MUTED_LABEL, HPos::Right)?;
    }

    let n = data.trend.len();
    let slot = f64::from(px1 - px0) / n as f64;
    let x_of = |i: usize| px0 + ((i as f64 + 0.5) * slot) as i32;

    // Month labels: every `step`th, counted back from the latest month.
    let mut widest = 0;
    for (label, _) in &data.trend {
        let label = fit(label, W - 2 * MARGIN, LABEL)?;
        widest = widest.max(text_width(&label, LABEL)?);
    }
    let step = ((f64::from(widest + 12) / slot).ceil() as usize).clamp(1, n);
    let room = ((step as f64 * slot) as i32 - 12).clamp(0, W - 2 * MARGIN);
    for i in (0..n).rev().step_by(step) {
        let label = fit(&data.trend[i].0, room, LABEL)?;
        let w = text_width(&label, LABEL)?;
        let left = (x_of(i) - w / 2).clamp(MARGIN, W - MARGIN - w);
        text(root, &label, (left, py1 + 32), LABEL, HPos::Left)?;
    }

    // Each known month: where its dot goes, and its share.
    let points: Vec<Option<(i32, i32, f64)>> = data
        .trend
        .iter()
        .enumerate()
        .map(|(i, (_, share))| match share {
            Some(share) if !share.is_nan() => {
                let share = percent(*share);
                Some((x_of(i), y_of(share), share))
            }
            _ => None,
        })
        .collect();
    if points.iter().all(Option::is_none) {
        let hidden = fit(&data.hidden, px1 - px0, HIDDEN_PANEL)?;
        let centre = ((px0 + px1) / 2, (py0 + py1) / 2);
        return text(root, &hidden, centre, HIDDEN_PANEL, HPos::Center);
    }
    for pair in points.windows(2) {
        if let [Some((x0, y0, _)), Some((x1, y1, _))] = pair {
            let line = PathElement::new(vec![(*x0, *y0), (*x1, *y1)], BLUE.stroke_width(4));
            root.draw(&line).map_err(fail)?;
        }
    }
    let radius = ((slot / 3.0) as i32).clamp(3, 8);
    for &(x, y, _) in points.iter().flatten() {
        root.draw(&Circle::new((x, y), radius, BLUE.filled()))
            .map_err(fail)?;
    }

    // The figures above the dots where they all fit, else the latest.
    let figures: Vec<(i32, i32, String)> = points
        .iter()
        .flatten()
        .map(|&(x, y, share)| (x, y, percent_label(share)))
        .collect();
    let mut widest = 0;
    for (_, _, figure) in &figures {
        widest = widest.max(text_width(figure, LABEL)?);
    }
    let shown = if f64::from(widest + 8) <= slot {
        &figures[..]
    } else {
        &figures[figures.len() - 1..]
    };
    for (x, y, figure) in shown {
        let w = text_width(figure, LABEL)?;
        let left = (x - w / 2).clamp(MARGIN, W - MARGIN - w);
        text(root, figure, (left, y - 26), LABEL, HPos::Left)?;
    }
    Ok(())
}

/// How many named each reason: a bar with the count at its end.
fn leave_panel(root: &Area, top: i32, data: &ChartData) -> Res<()> {
    let y = panel_title(root, top, &data.leave_title)?;
    if data.leave.is_empty() {
        return hidden_panel(root, top, &data.hidden);
    }
    let (centres, bar_h) = row_layout(data.leave.len(), y + 4, top + PANEL_H - 12);
    let labels: Vec<&str> = data.leave.iter().map(|(label, _)| label.as_str()).collect();
    let bar_x0 = row_labels(root, &labels, &centres)?;
    let rows = &data.leave[..centres.len()];

    let mut count_w = 0;
    for (_, count) in rows {
        if let Some(count) = count {
            count_w = count_w.max(text_width(&count.to_string(), LABEL)?);
        }
    }
    let span = (W - MARGIN - count_w - 12 - bar_x0).max(0);
    let most = rows
        .iter()
        .filter_map(|(_, c)| *c)
        .max()
        .unwrap_or(0)
        .max(1);
    for ((_, count), &cy) in rows.iter().zip(&centres) {
        let Some(count) = count else {
            hidden_cell(root, bar_x0, cy, &data.hidden)?;
            continue;
        };
        let len = (*count as f64 / most as f64 * f64::from(span)).round() as i32;
        if len > 0 {
            rect(
                root,
                (bar_x0, cy - bar_h / 2),
                (bar_x0 + len, cy - bar_h / 2 + bar_h),
                BLUE,
            )?;
        }
        let label = count.to_string();
        text(root, &label, (bar_x0 + len + 10, cy), LABEL, HPos::Left)?;
    }
    Ok(())
}

/// The footer, wrapped over up to three lines.
fn footer(root: &Area, footer: &str) -> Res<()> {
    let lines = wrap(footer, W - 2 * MARGIN, SMALL, FOOTER_LINES)?;
    for (i, line) in lines.iter().enumerate() {
        let cy = FOOTER_TOP + 24 + i as i32 * 28;
        text(root, line, (MARGIN, cy), SMALL, HPos::Left)?;
    }
    Ok(())
}

/// A share in per cent within 0–100; NaN as 0.
fn percent(share: f64) -> f64 {
    if share.is_nan() {
        0.0
    } else {
        share.clamp(0.0, 100.0)
    }
}

/// "45 %", with a no-break space as Norwegian writes it.
fn percent_label(share: f64) -> String {
    format!("{:.0}\u{a0}%", share)
}

/// Black or white, whichever reads better on `colour`.
fn ink_on(colour: RGBColor) -> RGBColor {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let RGBColor(r, g, b) = colour;
    let l = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    if 1.05 / (l + 0.05) > (l + 0.05) / 0.05 {
        WHITE
    } else {
        INK
    }
}

fn font(t: Type) -> FontDesc<'static> {
    let style = if t.bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::Name(FONT), t.size, style)
}

fn text_width(text: &str, t: Type) -> Res<i32> {
    let (w, _) = font(t).box_size(text).map_err(fail)?;
    Ok(i32::try_from(w).unwrap_or(i32::MAX))
}

/// One line of text: control characters as spaces, at most `MAX_CHARS`.
fn clean(text: &str) -> String {
    let line: String = text
        .chars()
        .take(MAX_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    line.trim().to_string()
}

/// `text` as one line no wider than `max_w`, cut with "…" where it is
/// wider; empty where not even "…" fits.
fn fit(text: &str, max_w: i32, t: Type) -> Res<String> {
    let text = clean(text);
    let chars: Vec<char> = text.chars().collect();
    // Only marks and the odd space in DejaVu Sans are narrower than a
    // fifth of the size: more characters than this do not fit.
    let most = (f64::from(max_w.max(0)) / (t.size * 0.2)) as usize + 1;
    if chars.len() <= most && text_width(&text, t)? <= max_w {
        return Ok(text);
    }
    let cut = |n: usize| -> String {
        let mut s: String = chars[..n].iter().collect();
        s.truncate(s.trim_end().len());
        s.push('…');
        s
    };
    // The longest start that fits with "…" is in lo..hi.
    let (mut lo, mut hi) = (0, chars.len().min(most));
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if text_width(&cut(mid), t)? <= max_w {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let cut = cut(lo);
    if text_width(&cut, t)? <= max_w {
        Ok(cut)
    } else {
        Ok(String::new())
    }
}

/// `text` in at most `max_lines` lines no wider than `max_w`, broken
/// between words; the last line is cut with "…" if the text goes on.
fn wrap(text: &str, max_w: i32, t: Type, max_lines: usize) -> Res<Vec<String>> {
    let text = clean(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut lines = Vec::new();
    let mut i = 0;
    while i < words.len() && lines.len() < max_lines {
        if lines.len() + 1 == max_lines {
            lines.push(fit(&words[i..].join(" "), max_w, t)?);
            break;
        }
        let mut line = fit(words[i], max_w, t)?;
        i += 1;
        while i < words.len() {
            let longer = format!("{line} {}", words[i]);
            if text_width(&longer, t)? > max_w {
                break;
            }
            line = longer;
            i += 1;
        }
        lines.push(line);
    }
    Ok(lines)
}

/// One line of text starting (or centred, or ending, by `h`) at `x`,
/// its capitals centred on `cy`. With plotters' ab_glyph fonts the
/// baseline falls half a size below a top-anchored position; DejaVu's
/// capitals reach 0.73 of the size above the baseline.
fn text(root: &Area, text: &str, (x, cy): (i32, i32), t: Type, h: HPos) -> Res<()> {
    if text.is_empty() {
        return Ok(());
    }
    let style = TextStyle::from(font(t))
        .color(&t.colour)
        .pos(Pos::new(h, VPos::Top));
    let baseline = cy + (t.size * 0.365).round() as i32;
    let y = baseline - (t.size / 2.0).round() as i32;
    root.draw_text(text, &style, (x, y)).map_err(fail)
}

fn rect(root: &Area, a: (i32, i32), b: (i32, i32), colour: RGBColor) -> Res<()> {
    root.draw(&Rectangle::new([a, b], colour.filled()))
        .map_err(fail)
}

fn outline(root: &Area, a: (i32, i32), b: (i32, i32), colour: RGBColor) -> Res<()> {
    root.draw(&Rectangle::new([a, b], colour.stroke_width(1)))
        .map_err(fail)
}

fn hline(root: &Area, x0: i32, x1: i32, y: i32, colour: RGBColor) -> Res<()> {
    root.draw(&PathElement::new(
        vec![(x0, y), (x1, y)],
        colour.stroke_width(1),
    ))
    .map_err(fail)
}

#[cfg(test)]
#[path = "chart_tests.rs"]
mod tests;

//! The chart's tests: it decodes, every panel is drawn, and no input
//! makes it panic.

use super::*;

fn s(text: &str) -> String {
    text.to_string()
}

fn tynset() -> ChartData {
    ChartData {
        title: s("Tynset kommune, 01.01.2027–31.12.2027"),
        stay_legend: [s("Ja"), s("Usikker"), s("Nei")],
        stay_title: s("Regner du med å bo her om to år?"),
        stay: vec![
            (s("Alle"), Some([62.0, 25.0, 13.0])),
            (s("Flyktninger"), Some([48.5, 36.4, 15.1])),
            (s("Arbeidsinnvandrere"), Some([71.0, 20.0, 9.0])),
            (s("Familiegjenforente"), None),
            (
                s("Studenter og lærlinger på Tynset"),
                Some([30.0, 30.0, 40.0]),
            ),
        ],
        trend_title: s("Andel som regner med å bli, per måned"),
        trend: vec![
            (s("jan."), Some(55.0)),
            (s("feb."), Some(58.0)),
            (s("mars"), None),
            (s("apr."), Some(61.0)),
            (s("mai"), Some(64.0)),
            (s("juni"), Some(60.0)),
            (s("juli"), None),
            (s("aug."), None),
            (s("sep."), Some(66.0)),
            (s("okt."), Some(68.5)),
            (s("nov."), None),
            (s("des."), Some(71.0)),
        ],
        leave_title: s("Grunner til å flytte"),
        leave: Vec::new(),
        housing_title: s("Bosituasjon per kvartal"),
        housing_legend: vec![
            s("Eid bolig"),
            s("Leid privat"),
            s("Kommunal bolig"),
            s("Hos familie/venner"),
            s("Annet"),
        ],
        housing: vec![
            (s("1. kv. 2027"), Some(vec![10.0, 45.0, 30.0, 10.0, 5.0])),
            (s("2. kv. 2027"), None),
            (s("3. kv. 2027"), Some(vec![14.0, 48.0, 25.0, 8.0, 5.0])),
            (s("4. kv. 2027"), Some(vec![18.0, 50.0, 22.0, 6.0, 4.0])),
        ],
        hidden: s("< 5"),
        footer: s(
            "Kilde: svar fra nye innbyggere i Velkommen-tjenesten. Grupper med \
             færre enn fem svar vises ikke (< 5).",
        ),
    }
}

fn empty() -> ChartData {
    ChartData {
        title: String::new(),
        stay_legend: [String::new(), String::new(), String::new()],
        stay_title: String::new(),
        stay: Vec::new(),
        trend_title: String::new(),
        trend: Vec::new(),
        leave_title: String::new(),
        leave: Vec::new(),
        housing_title: String::new(),
        housing_legend: Vec::new(),
        housing: Vec::new(),
        hidden: s("< 5"),
        footer: String::new(),
    }
}

struct Image {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
}

impl Image {
    fn decode(png: &[u8]) -> Image {
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().expect("a PNG header");
        let mut rgb = vec![0; reader.output_buffer_size().expect("a sane size")];
        let info = reader.next_frame(&mut rgb).expect("a PNG image");
        assert_eq!(
            (info.color_type, info.bit_depth),
            (png::ColorType::Rgb, png::BitDepth::Eight)
        );
        rgb.truncate(info.buffer_size());
        Image {
            width: info.width,
            height: info.height,
            rgb,
        }
    }

    fn pixel(&self, x: i32, y: i32) -> RGBColor {
        let i = (y as usize * self.width as usize + x as usize) * 3;
        RGBColor(self.rgb[i], self.rgb[i + 1], self.rgb[i + 2])
    }

    /// How many pixels in the rows `y0..y1` and columns `x0..x1`
    /// match `test`.
    fn count(
        &self,
        (x0, x1): (i32, i32),
        (y0, y1): (i32, i32),
        test: impl Fn(RGBColor) -> bool,
    ) -> usize {
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| test(self.pixel(x, y)))
            .count()
    }

    fn inked(&self, xs: (i32, i32), ys: (i32, i32)) -> usize {
        self.count(xs, ys, |c| c != WHITE)
    }
}

fn render(data: &ChartData) -> Image {
    let image = Image::decode(&render_png(data).expect("a chart"));
    assert_eq!((image.width, image.height), (1080, HEIGHT));
    image
}

/// The panel `i` below its title.
fn body(i: i32) -> (i32, i32) {
    (panel_top(i) + 70, panel_top(i) + PANEL_H)
}

const ALL: (i32, i32) = (0, W);

#[test]
fn draws_every_panel() {
    let image = render(&tynset());
    assert_eq!(image.height, 1800);
    assert!(image.inked(ALL, (0, HEADER_H)) > 1000, "the title");
    for i in 0..4 {
        let (top, _) = body(i);
        assert!(image.inked(ALL, (panel_top(i), top)) > 1000, "title {i}");
        // The reasons to leave are empty: only the hidden text.
        let least = if i == 2 { 200 } else { 5000 };
        assert!(image.inked(ALL, body(i)) > least, "panel {i}");
    }
    assert!(
        image.inked(ALL, (FOOTER_TOP, HEIGHT as i32)) > 1000,
        "footer"
    );
    // The bars and the line are there in their colours.
    let has = |ys, colour| image.count(ALL, ys, |c| c == colour) > 500;
    assert!(STAY_COLOURS.iter().all(|&c| has(body(0), c)));
    assert!(has(body(1), BLUE), "the trend line");
    assert!(!has(body(2), BLUE), "no reasons, no bars");
    assert!(PALETTE[..5].iter().all(|&c| has(body(3), c)));
}

#[test]
fn empty_data_still_renders() {
    let image = render(&empty());
    for i in 0..4 {
        assert!(image.inked(ALL, body(i)) > 200, "the hidden text {i}");
    }
}

#[test]
fn hostile_data_stays_inside() {
    let long = "Arbeidsinnvandrere fra Øst-Europa og Sør-Amerika ".repeat(40);
    let mut data = tynset();
    data.title = long.clone();
    data.stay_title = long.clone();
    data.stay_legend = [long.clone(), s("Usikker\n\t"), long.clone()];
    data.stay = vec![
        (long.clone(), Some([f64::NAN, f64::INFINITY, -3.0])),
        (s("Over"), Some([250.0, 250.0, 250.0])),
        (s("Ingen"), Some([0.0, 0.0, 0.0])),
        (s(""), None),
    ];
    data.trend = (0..150)
        .map(|i| {
            let share = match i % 5 {
                0 => None,
                1 => Some(f64::NAN),
                2 => Some(-40.0),
                3 => Some(1e9),
                _ => Some(f64::NEG_INFINITY),
            };
            (format!("{long}{i}"), share)
        })
        .collect();
    data.leave = (0..60)
        .map(|i| (format!("{long}{i}"), (i % 3 != 0).then_some(u64::MAX - i)))
        .collect();
    data.housing_legend = (0..30).map(|i| format!("{long}{i}")).collect();
    data.housing = (0..40)
        .map(|i| (long.clone(), (i % 2 == 0).then(|| vec![f64::NAN; i])))
        .collect();
    data.hidden = long.clone();
    data.footer = long.repeat(100);
    let image = render(&data);
    let margin = MARGIN - 16;
    let all_rows = (0, HEIGHT as i32);
    assert_eq!(image.inked((0, margin), all_rows), 0, "left margin");
    assert_eq!(image.inked((W - margin, W), all_rows), 0, "right margin");
}

#[test]
fn every_trend_month_hidden() {
    let mut data = tynset();
    for (_, share) in &mut data.trend {
        *share = None;
    }
    let image = render(&data);
    assert_eq!(image.count(ALL, body(1), |c| c == BLUE), 0);
    assert!(image.inked(ALL, body(1)) > 1000, "axes and the hidden text");
}

#[test]
fn fit_cuts_with_an_ellipsis() {
    register_fonts().unwrap();
    let long = "Sørumsand og Ærøy ".repeat(20);
    let cut = fit(&long, 300, LABEL).unwrap();
    assert!(cut.ends_with('…'), "{cut}");
    assert!(text_width(&cut, LABEL).unwrap() <= 300);
    assert_eq!(fit("Alle", 300, LABEL).unwrap(), "Alle");
    assert_eq!(fit("Alle", 2, LABEL).unwrap(), "");
    let lines = wrap(&long.repeat(10), 500, SMALL, 3).unwrap();
    assert_eq!(lines.len(), 3);
    assert!(lines[2].ends_with('…'));
}

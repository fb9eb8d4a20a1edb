//! Any typed question against the shipped guide: matched or not, never a
//! panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use velkommen::content::Content;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        Content::load(&dir, today)
            .expect("the shipped content loads")
            .0
    })
}

fuzz_target!(|query: &str| {
    let guide = content().guide();
    let _ = guide.search(query, 3);
    let _ = guide.search_for(Some("haram"), query, 3);
});

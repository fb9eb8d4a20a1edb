//! Any typed time, repetition or crontab expression: read or refused,
//! never a panic.
#![no_main]

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|typed: &str| {
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 11, 0, 0).unwrap();
    let _ = velkommen::when::parse_moment(typed, now);
    let _ = velkommen::when::parse_repeat(typed, now);
    let _ = velkommen::when::parse_crontab(typed, now);
    let _ = velkommen::when::is_repeat(typed);
});

//! Any callback data: decoding never panics, and what decodes encodes back
//! to data that decodes to the same button.
#![no_main]

use libfuzzer_sys::fuzz_target;
use velkommen::conversation::callback::Action;

fuzz_target!(|data: &str| {
    if let Ok(action) = Action::decode(data) {
        let again = action.encode();
        assert!(again.len() <= 64, "{again}");
        assert_eq!(Action::decode(&again), Ok(action));
    }
});

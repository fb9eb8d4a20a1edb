//! velkommen — a multilingual welcome service for Norwegian rural
//! municipalities. Newcomers talk to it on Telegram (or in the terminal) in
//! their own language; it stores what they consent to, and gives them a
//! personal welcome letter for their municipality.

pub mod announcements;
pub mod app;
pub mod audit;
pub mod cases;
pub mod cli;
pub mod clock;
pub mod config;
pub mod content;
pub mod context;
pub mod conversation;
pub mod delivery;
pub mod events;
pub mod featured;
pub mod followups;
pub mod guide;
pub mod html;
pub mod i18n;
pub mod insight;
pub mod letter;
pub mod mentors;
pub mod metrics;
pub mod newcomers;
pub mod outbox;
pub mod print;
pub mod privacy;
pub mod pulse;
pub mod retention;
pub mod scheduler;
pub mod skills;
pub mod staff;
pub mod store;
pub mod telegram;
pub mod terminal;
pub mod translate;
pub mod translators;
pub mod web;
pub mod when;

/// mimalloc: a conversation turn allocates many small strings (Fluent
/// messages, JSON); glibc's allocator spent a fifth of the inbound
/// benchmark's time in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

unsafe extern "C" {
    /// mimalloc's `mi_option_set` (mimalloc.h).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// mimalloc's `mi_option_purge_delay`: index 15 of `mi_option_t` in the
/// bundled mimalloc 2.x (`libmimalloc-sys`'s `c_src/mimalloc/v2/include/mimalloc.h`).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// Has mimalloc give freed memory back to the system at once rather than
/// 10 ms later. The delayed return happens only at a later allocation, so
/// an idle service kept what start-up had freed: 2.7 MB of its resident
/// memory. The inbound benchmark does not tell the two apart.
pub fn return_freed_memory_at_once() {
    // SAFETY: sets a plain option; mimalloc allows it at any time.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

//! velkommen — a multilingual welcome service for Norwegian rural
//! municipalities. Newcomers talk to it on Telegram (or in the terminal) in
//! their own language; it stores what they consent to, and gives them a
//! personal welcome letter for their municipality.

pub mod announcements;
pub mod app;
pub mod cases;
pub mod cli;
pub mod clock;
pub mod config;
pub mod content;
pub mod context;
pub mod conversation;
pub mod delivery;
pub mod events;
pub mod guide;
pub mod html;
pub mod i18n;
pub mod letter;
pub mod newcomers;
pub mod outbox;
pub mod scheduler;
pub mod skills;
pub mod staff;
pub mod store;
pub mod telegram;
pub mod terminal;
pub mod when;

/// mimalloc: a conversation turn allocates many small strings (Fluent
/// messages, JSON); glibc's allocator spent a fifth of the inbound
/// benchmark's time in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

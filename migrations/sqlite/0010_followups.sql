-- Scheduled follow-ups: when a newcomer hears from velkommen again after
-- registering (see src/followups.rs). Times are UTC, stored as ISO-8601
-- text. Kept in step with migrations/postgres/0010_followups.sql.

-- One row per newcomer with a plan. `sent` counts the follow-ups of the
-- plan that have gone out; `next_at` is when the next is due (null: none
-- left). `paused_until` holds them back until then (null: not paused; a
-- time far in the future: until the newcomer resumes them).
create table followups (
    channel text not null,
    chat_id integer not null,
    municipality text not null references municipalities (slug),
    sent integer not null default 0,
    next_at text,
    paused_until text,
    created_at text not null,
    updated_at text not null,
    primary key (channel, chat_id)
);

create index followups_due on followups (next_at);

-- Scheduled follow-ups: when a newcomer hears from velkommen again after
-- registering (see src/followups.rs). Kept in step with
-- migrations/sqlite/0010_followups.sql.

-- One row per newcomer with a plan. `sent` counts the follow-ups of the
-- plan that have gone out; `next_at` is when the next is due (null: none
-- left). `paused_until` holds them back until then (null: not paused; a
-- time far in the future: until the newcomer resumes them).
create table followups (
    channel text not null,
    chat_id bigint not null,
    municipality text not null references municipalities (slug),
    sent integer not null default 0,
    next_at timestamptz,
    paused_until timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (channel, chat_id)
);

create index followups_due on followups (next_at);

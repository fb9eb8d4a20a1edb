-- The personal checklist's progress and the competence mapping (/skills).
-- Kept in step with migrations/sqlite/0005_guide.sql.

create table checklist_progress (
    channel text not null,
    chat_id bigint not null,
    step text not null,
    -- 'done' or 'skipped' (not relevant); no row means still to do.
    state text not null,
    updated_at timestamptz not null,
    primary key (channel, chat_id, step)
);


-- What a newcomer told us about their education and work (/skills), with
-- consent. `profile` is JSON; `share_with_staff` inside it says whether the
-- municipality's staff may see it.
create table skills (
    channel text not null,
    chat_id bigint not null,
    profile text not null,
    consented_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (channel, chat_id)
);

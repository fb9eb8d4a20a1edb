-- Mentors (faddere): volunteers and their vetting, newcomers waiting in a
-- municipality's pool, and the matches between them. Times are UTC, stored
-- as ISO-8601 text. Kept in step with migrations/postgres/0009_mentors.sql.

-- A volunteer's sign-up. `profile` is what they told us (JSON); `vetting`
-- the steps staff ticked (a JSON list of step codes). `engaged` counts
-- their open matches (asked or running) and `capacity` is the profile's,
-- copied so that one statement can raise `engaged` only below it.
create table mentors (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    channel text not null,
    chat_id integer not null,
    locale text not null,
    profile text not null,
    status text not null,
    reason text,
    vetting text not null default '[]',
    engaged integer not null default 0,
    capacity integer not null,
    created_at text not null,
    updated_at text not null,
    unique (channel, chat_id)
);

create index mentors_by_municipality on mentors (municipality, status);

-- A newcomer waiting for a mentor (or matched with one): what they hope
-- for (JSON) and since when they have waited.
create table mentor_pool (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    channel text not null,
    chat_id integer not null,
    wish text not null,
    waiting_since text not null,
    created_at text not null,
    updated_at text not null,
    unique (channel, chat_id)
);

create index mentor_pool_by_municipality on mentor_pool (municipality, waiting_since);

-- A pair, from proposal to its end. `reasons` is the score's (JSON).
create table mentor_matches (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    mentor_id integer not null references mentors (id) on delete cascade,
    seeker_id integer not null references mentor_pool (id) on delete cascade,
    status text not null,
    score integer not null,
    reasons text not null,
    mentor_contact text,
    newcomer_contact text,
    created_at text not null,
    updated_at text not null,
    started_at text,
    met_at text,
    checkins integer not null default 0,
    next_checkin_at text,
    quiet_alerts integer not null default 0,
    next_quiet_alert_at text,
    ended_at text,
    end_reason text,
    ended_by text
);

create index mentor_matches_by_municipality on mentor_matches (municipality, status);
create index mentor_matches_by_mentor on mentor_matches (mentor_id, status);
create index mentor_matches_by_seeker on mentor_matches (seeker_id, status);
create index mentor_matches_checkin_due on mentor_matches (status, next_checkin_at);
create index mentor_matches_quiet_due on mentor_matches (status, next_quiet_alert_at);

-- A newcomer has at most one open match (asked or running), however
-- coordinators race.
create unique index mentor_matches_one_open on mentor_matches (seeker_id)
    where status in ('asking-mentor', 'asking-newcomer', 'active');

-- The weekly matching run of a municipality: one row per ISO week, so that
-- of several instances exactly one runs it.
create table mentor_runs (
    municipality text not null references municipalities (slug),
    week text not null,
    created_at text not null,
    primary key (municipality, week)
);

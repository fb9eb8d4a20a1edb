-- The foundation: tenants, newcomers, conversation state and the outbox.
-- Times are UTC, stored as ISO-8601 text. Kept in step with
-- migrations/postgres/0001_foundation.sql.

create table municipalities (
    slug text primary key,
    name text not null,
    updated_at text not null
);

-- One row per chat that has talked to us: language and where the person is
-- in the conversation. Kept before consent, so it holds nothing personal.
create table conversations (
    channel text not null,
    chat_id integer not null,
    locale text not null,
    state text not null,
    updated_at text not null,
    primary key (channel, chat_id)
);

-- A newcomer who has consented. Every column but the keys is optional until
-- the onboarding questions are answered.
create table newcomers (
    id integer primary key autoincrement,
    channel text not null,
    chat_id integer not null,
    municipality text references municipalities (slug),
    locale text not null,
    category text,
    arrival text,
    household text,
    wants_mentor boolean,
    consented_at text not null,
    status text not null default 'active',
    created_at text not null,
    updated_at text not null,
    unique (channel, chat_id)
);

create index newcomers_by_municipality on newcomers (municipality, status);

-- Every message that is not a direct reply. One delivery worker sends them.
create table outbox (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    channel text not null,
    chat_id integer not null,
    source text not null,
    body text not null,
    urgent boolean not null default false,
    not_before text not null,
    status text not null default 'queued',
    attempts integer not null default 0,
    last_error text,
    created_at text not null,
    updated_at text not null,
    sent_at text,
    unique (source, channel, chat_id)
);

create index outbox_due on outbox (status, not_before);
create index outbox_by_chat on outbox (channel, chat_id);

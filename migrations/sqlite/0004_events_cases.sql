-- Meeting places' events, and questions newcomers ask a person ("cases").
-- Times are UTC, stored as ISO-8601 text. Kept in step with
-- migrations/postgres/0004_events_cases.sql.

create table events (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    title text not null,
    place text not null,
    -- The first occurrence; with a recurrence, the crontab (Europe/Oslo)
    -- that gives the next ones.
    starts_at text not null,
    recurrence text,
    audience text not null,
    descriptions text not null,
    status text not null,
    created_at text not null,
    updated_at text not null
);

create index events_by_municipality on events (municipality, status);

-- A question to the municipality: who asked (to route the answer back),
-- never their name. `ref` is the pseudonymous reference staff see.
create table cases (
    id integer primary key autoincrement,
    ref text not null unique,
    municipality text not null references municipalities (slug),
    channel text not null,
    chat_id integer not null,
    locale text not null,
    category text,
    status text not null,
    created_at text not null,
    updated_at text not null
);

create index cases_by_municipality on cases (municipality, status);
create index cases_by_chat on cases (channel, chat_id);

create table case_messages (
    id integer primary key autoincrement,
    case_id integer not null references cases (id) on delete cascade,
    from_staff boolean not null,
    body text not null,
    created_at text not null
);

create index case_messages_by_case on case_messages (case_id, id);

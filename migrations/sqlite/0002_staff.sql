-- Municipal staff, and the one-time invites that make someone staff.
-- Kept in step with migrations/postgres/0002_staff.sql.

create table staff_invites (
    id integer primary key autoincrement,
    -- SHA-256 of the normalized code: the code itself is never stored.
    code_hash text not null unique,
    municipality text not null references municipalities (slug),
    role text not null,
    created_at text not null,
    expires_at text not null,
    used_at text,
    used_by_channel text,
    used_by_chat_id integer
);

-- A person (or a staff group chat) who works for a municipality. Someone
-- serving several municipalities has one row for each.
create table staff (
    channel text not null,
    chat_id integer not null,
    municipality text not null references municipalities (slug),
    role text not null,
    kind text not null,
    created_at text not null,
    primary key (channel, chat_id, municipality)
);

create index staff_by_municipality on staff (municipality);

-- Announcements from staff to newcomers. Kept in step with
-- migrations/postgres/0003_announcements.sql.

create table announcements (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    -- The staff chat that wrote it, for the delivery report; forgotten if
    -- that person deletes their data.
    author_channel text,
    author_chat_id integer,
    audience text not null,
    texts text not null,
    urgent boolean not null,
    schedule text not null,
    status text not null,
    next_run_at text,
    last_run_at text,
    reported_run_at text,
    created_at text not null,
    updated_at text not null
);

create index announcements_due on announcements (status, next_run_at);
create index announcements_by_municipality on announcements (municipality, created_at);

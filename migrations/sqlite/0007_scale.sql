-- What 100 000 newcomers need. Kept in step with
-- migrations/postgres/0007_scale.sql.

-- An outbox row knows the announcement or event it belongs to, so that
-- reports, cancellations and reminders find their rows by index instead of
-- scanning every source with LIKE.
alter table outbox add column announcement_id integer;
alter table outbox add column event_id integer;
update outbox set announcement_id =
    cast(substr(source, 14, instr(substr(source, 14), ':') - 1) as integer)
    where source like 'announcement:%';
update outbox set event_id =
    cast(substr(source, 7, instr(substr(source, 7), ':') - 1) as integer)
    where source like 'event:%';
create index outbox_by_announcement on outbox (announcement_id, status)
    where announcement_id is not null;
create index outbox_by_event on outbox (event_id, status) where event_id is not null;

-- Due deliveries in the order the worker takes them: a poll reads the
-- head of this index instead of sorting every queued row.
drop index outbox_due;
create index outbox_due on outbox (status, channel, urgent desc, not_before, id);

-- Retention removes finished rows by age.
create index outbox_finished on outbox (updated_at)
    where status in ('sent', 'blocked', 'failed', 'cancelled');

-- What the retention removed of an announcement's rows, so its report
-- still counts them.
create table announcement_counts (
    announcement_id integer not null references announcements (id),
    status text not null,
    n integer not null,
    primary key (announcement_id, status)
);

-- Case references are unique per municipality, not across the country.
-- SQLite cannot drop a column's unique constraint, so the table is built
-- again; case_messages moves aside meanwhile, so dropping the old table
-- cascades to nothing.
create table cases_new (
    id integer primary key autoincrement,
    ref text not null,
    municipality text not null references municipalities (slug),
    channel text not null,
    chat_id integer not null,
    locale text not null,
    category text,
    status text not null,
    created_at text not null,
    updated_at text not null,
    waiting boolean not null default false,
    unique (municipality, ref)
);
insert into cases_new (id, ref, municipality, channel, chat_id, locale, category, status,
    created_at, updated_at, waiting)
    select id, ref, municipality, channel, chat_id, locale, category, status,
    created_at, updated_at, waiting from cases;
create table case_messages_aside as select * from case_messages;
drop table case_messages;
drop table cases;
alter table cases_new rename to cases;
create index cases_by_municipality on cases (municipality, status);
create index cases_by_chat on cases (channel, chat_id);
create table case_messages (
    id integer primary key autoincrement,
    case_id integer not null references cases (id) on delete cascade,
    from_staff boolean not null,
    body text not null,
    created_at text not null
);
insert into case_messages (id, case_id, from_staff, body, created_at)
    select id, case_id, from_staff, body, created_at from case_messages_aside;
drop table case_messages_aside;
create index case_messages_by_case on case_messages (case_id, id);

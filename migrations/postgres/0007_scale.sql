-- What 100 000 newcomers need. Kept in step with
-- migrations/sqlite/0007_scale.sql.

-- An outbox row knows the announcement or event it belongs to, so that
-- reports, cancellations and reminders find their rows by index instead of
-- scanning every source with LIKE.
alter table outbox add column announcement_id bigint;
alter table outbox add column event_id bigint;
update outbox set announcement_id = cast(split_part(source, ':', 2) as bigint)
    where source like 'announcement:%';
update outbox set event_id = cast(split_part(source, ':', 2) as bigint)
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
    announcement_id bigint not null references announcements (id),
    status text not null,
    n bigint not null,
    primary key (announcement_id, status)
);

-- Case references are unique per municipality, not across the country.
alter table cases drop constraint cases_ref_key;
create unique index cases_ref on cases (municipality, ref);

-- Citizenship (as a group: nordic, eea or other) decides a newcomer's first
-- steps; a case asked before anyone at the municipality receives questions
-- waits for the first coordinator or staff group. Kept in step with
-- migrations/postgres/0006_citizenship_waiting_cases.sql.

alter table newcomers add column citizenship text;

-- An event's title in other languages (JSON: locale → title; the
-- Bokmål title stays in `title`), and the dates of a repeating event that
-- were cancelled one by one (JSON list of instants).
alter table events add column titles text not null default '{}';
alter table events add column skipped text not null default '[]';

-- True while nobody at the municipality has been sent the case.
alter table cases add column waiting boolean not null default false;

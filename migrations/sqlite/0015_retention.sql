-- Retention (src/retention.rs): when a person who has not written for
-- almost the retention time was told their data will be erased. Kept in
-- step with migrations/postgres/0015_retention.sql.
create table retention_warnings (
    channel text not null,
    chat_id integer not null,
    warned_at text not null,
    primary key (channel, chat_id)
);

-- The send budget every instance takes from before it calls Telegram (see
-- README, "Several instances"). Kept in step with
-- migrations/postgres/0008_send_budget.sql. On SQLite, one process holds
-- the budget in memory; the table is here so both backends run the same
-- SQL.
--
-- One row per message Telegram allows in a second. A row is taken before a
-- message goes out and is free again a second after Telegram answered, so
-- no second ever holds more messages than there are rows, however many
-- instances send. Times are the database's clock, in seconds since 1970.
create table send_budget (
    slot integer primary key,
    free_at real not null,
    -- How many times the slot was taken: only its current holder gives it
    -- back.
    taken integer not null
);

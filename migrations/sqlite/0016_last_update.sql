-- The Telegram update a conversation's last stored turn answered, so that
-- an update Telegram delivers again after a crash is not handled twice
-- (see Engine::try_handle). Kept in step with
-- migrations/postgres/0016_last_update.sql.
alter table conversations add column last_update integer;

-- The audit log (src/audit.rs): every staff action, append-only. Kept in
-- step with migrations/postgres/0014_audit.sql.

-- actor_channel/actor_chat_id: the staff chat, or null for the command
-- line. subject: what it was done to ("#12", "S-7KQ4"), never a
-- newcomer's chat id or words.
create table audit_log (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    actor_channel text,
    actor_chat_id integer,
    action text not null,
    subject text not null,
    created_at text not null
);

create index audit_log_by_municipality on audit_log (municipality, id);

-- Nothing changes an entry.
create trigger audit_log_append_only before update on audit_log
begin
    select raise(abort, 'the audit log is append-only');
end;

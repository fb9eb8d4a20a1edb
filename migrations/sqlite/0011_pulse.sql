-- The pulse: answers to the follow-ups' questions about life here (see
-- src/pulse.rs). Kept in step with migrations/postgres/0011_pulse.sql.

-- One row per person and follow-up they answered. The answers are kept for
-- statistics apart from the person: `channel` and `chat_id` link the row to
-- the person only while they keep their data, so that they can finish or
-- change it; deleting their data sets both to null and keeps the rest.
-- `round_months` is the follow-up (months after registering), `months_here`
-- how long they had lived here, `category` why they came; `answers` is
-- JSON (src/pulse.rs, `Answers`).
create table pulse_responses (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    channel text,
    chat_id integer,
    round_months integer not null,
    category text,
    months_here integer not null,
    answers text not null,
    created_at text not null,
    updated_at text not null
);

create unique index pulse_responses_person on pulse_responses (channel, chat_id, round_months);
create index pulse_responses_place on pulse_responses (municipality, created_at);

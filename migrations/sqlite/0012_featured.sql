-- Newcomer of the month (the study's recommendation): who said they may be
-- asked, the stories coordinators write, and every consent step. Kept in
-- step with migrations/postgres/0012_featured.sql.

-- A newcomer who said the municipality may ask them.
create table featured_candidates (
    channel text not null,
    chat_id integer not null,
    municipality text not null references municipalities (slug),
    opted_in_at text not null,
    primary key (channel, chat_id)
);

-- A story about one newcomer. `texts` is JSON (language code → text; the
-- Bokmål one always there). `status`: draft, asked, approved, declined,
-- published, withdrawn. `announcement_id`: the announcement that told it.
create table featured_stories (
    id integer primary key autoincrement,
    municipality text not null references municipalities (slug),
    channel text not null,
    chat_id integer not null,
    author_channel text not null,
    author_chat_id integer not null,
    texts text not null,
    status text not null,
    announcement_id integer,
    created_at text not null,
    updated_at text not null
);

create index featured_stories_person on featured_stories (channel, chat_id);
create index featured_stories_place on featured_stories (municipality, created_at);

-- The log of a story's consent: asked, approved, declined, published,
-- withdrawn — with when.
create table featured_events (
    id integer primary key autoincrement,
    story_id integer not null references featured_stories (id) on delete cascade,
    event text not null,
    at text not null
);

create index featured_events_story on featured_events (story_id);

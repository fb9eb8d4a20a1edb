-- Machine translation (see src/translate.rs): which texts of an
-- announcement or an event a translator wrote, and how much each
-- municipality has sent to a provider. Kept in step with
-- migrations/sqlite/0013_translation.sql.

-- JSON: {"provider": "LibreTranslate", "languages": ["uk", "ar"]}; null
-- when every text was written by a person.
alter table announcements add column machine text;
alter table events add column machine text;

-- Texts sent to a translation provider, per municipality, month
-- ("2026-12") and provider: requests and characters (no text is kept).
create table translation_usage (
    municipality text not null references municipalities (slug),
    month text not null,
    provider text not null,
    requests bigint not null,
    characters bigint not null,
    primary key (municipality, month, provider)
);

//! The data inventory (`src/privacy.rs`) is the schema's own: every column
//! of every table the migrations make, on SQLite and PostgreSQL, is named
//! in it with what it is, and nothing it names is gone; the README carries
//! the inventory exactly as `velkommen privacy inventory` prints it.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::databases;
use sqlx::Connection;

type Schema = BTreeMap<String, BTreeSet<String>>;

async fn schema(url: &str) -> Schema {
    let rows: Vec<(String, String)> = if url.starts_with("sqlite:") {
        let mut db = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::query_as(
            "select m.name, p.name from sqlite_master m, pragma_table_info(m.name) p \
             where m.type = 'table' and m.name not like 'sqlite_%' and m.name not like '_sqlx%'",
        )
        .fetch_all(&mut db)
        .await
        .unwrap()
    } else {
        let mut db = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query_as(
            "select table_name::text, column_name::text from information_schema.columns \
             where table_schema = 'public' and table_name not like '_sqlx%'",
        )
        .fetch_all(&mut db)
        .await
        .unwrap()
    };
    let mut schema = Schema::new();
    for (table, column) in rows {
        schema.entry(table).or_default().insert(column);
    }
    schema
}

#[tokio::test]
async fn every_stored_column_is_in_the_inventory_and_nothing_else_is() {
    let inventory: Schema = velkommen::privacy::columns()
        .into_iter()
        .map(|(table, columns)| {
            (
                table.to_owned(),
                columns.into_iter().map(str::to_owned).collect(),
            )
        })
        .collect();
    for db in databases().await {
        let store = velkommen::app::open_store(&db.url).await.unwrap();
        drop(store);
        let stored = schema(&db.url).await;
        for (table, columns) in &stored {
            let named = inventory.get(table).unwrap_or_else(|| {
                panic!("{}: the table {table} is not in src/privacy.rs", db.label)
            });
            let missing: Vec<&String> = columns.difference(named).collect();
            assert!(
                missing.is_empty(),
                "{}: {table} stores {missing:?}, which src/privacy.rs does not name",
                db.label
            );
            let gone: Vec<&String> = named.difference(columns).collect();
            assert!(
                gone.is_empty(),
                "{}: src/privacy.rs names {table}.{gone:?}, which is not stored",
                db.label
            );
        }
        let extra: Vec<&String> = inventory
            .keys()
            .filter(|t| !stored.contains_key(*t))
            .collect();
        assert!(extra.is_empty(), "{}: no such tables: {extra:?}", db.label);
    }
}

#[test]
fn the_readme_carries_the_inventory_as_the_code_prints_it() {
    let readme = std::fs::read_to_string(common::repo_path("README.md")).unwrap();
    let start = "<!-- inventory: velkommen privacy inventory -->\n";
    let end = "<!-- /inventory -->";
    let from = readme.find(start).expect("the README marks the inventory") + start.len();
    let to = readme[from..]
        .find(end)
        .expect("the inventory's end is marked")
        + from;
    assert_eq!(
        &readme[from..to],
        velkommen::privacy::markdown(),
        "paste `velkommen privacy inventory` between the README's markers"
    );
}

#[tokio::test]
async fn mydata_comes_as_a_json_file_with_everything_stored() {
    use common::{TestApp, newcomer, staff_member};
    use velkommen::conversation::callback::MenuItem;
    use velkommen::i18n::Locale;
    use velkommen::newcomers::{Arrival, Household};
    use velkommen::outbox::FileKind;
    for db in databases().await {
        let app = TestApp::new(db).await;
        newcomer(
            &app,
            1,
            "haram",
            Locale::Ar,
            Household::Children,
            Arrival::NotYet,
        )
        .await;
        let mut coordinator = staff_member(&app, 10, "haram").await;
        let mut amal = app.person(1, Some("ar"));
        amal.say("/ask").await;
        amal.say("متى تفتح الروضة؟").await;
        let case = app.state.store.open_cases("haram").await.unwrap()[0].clone();
        coordinator
            .say(&format!(
                "/svar {} Barnehagen åpner kl. 07.30.",
                case.reference
            ))
            .await;
        amal.say("/mydata").await;
        assert!(amal.offers(&MenuItem::MyDataFile.into()));
        let replies = amal.press(MenuItem::MyDataFile.into()).await.to_vec();
        let file = replies.iter().find_map(|r| r.file.clone()).expect("a file");
        assert_eq!(file.kind, FileKind::Document);
        assert_eq!(file.name, "velkommen-mydata.json");
        let document: serde_json::Value = serde_json::from_slice(&file.bytes).unwrap();
        assert_eq!(document["profile"]["municipality"], "haram");
        assert_eq!(document["profile"]["household"], "children");
        assert_eq!(document["language"], "ar");
        let messages = &document["questions"][0]["messages"];
        assert_eq!(messages[0]["text"], "متى تفتح الروضة؟");
        assert_eq!(messages[0]["from"], "you");
        assert_eq!(messages[1]["from"], "municipality");
        assert_eq!(
            document["questions"][0]["reference"],
            case.reference.as_str()
        );
        // Nothing of anyone else: not the coordinator's chat.
        assert!(!String::from_utf8_lossy(&file.bytes).contains("\"id\": 10"));
    }
}

#[tokio::test]
async fn quiet_people_are_warned_a_week_before_two_years_and_then_erased_and_old_closed_cases_go() {
    use common::{TestApp, newcomer, staff_member};
    use velkommen::clock::Clock;
    use velkommen::conversation::callback::{Action, CaseAction};
    use velkommen::i18n::Locale;
    use velkommen::newcomers::{Arrival, ChatKey, Household};
    for db in databases().await {
        let app = TestApp::new(db).await;
        let start = app.clock.now();
        for (chat, locale) in [(1, Locale::So), (2, Locale::Uk)] {
            newcomer(
                &app,
                chat,
                "tynset",
                locale,
                Household::Alone,
                Arrival::NotYet,
            )
            .await;
            app.person(chat, Some(locale.code())).say("/menu").await;
        }
        // A guest who never said yes: only a language and a step.
        app.person(3, Some("pl")).say("/start").await;
        // A case, answered and closed today.
        let mut coordinator = staff_member(&app, 10, "tynset").await;
        let mut asker = app.person(2, Some("uk"));
        asker.say("/ask").await;
        asker.say("Де бібліотека?").await;
        let case = app.state.store.open_cases("tynset").await.unwrap()[0].clone();
        coordinator
            .say(&format!("/svar {} Ved rådhuset.", case.reference))
            .await;
        coordinator.say(&format!("/lukk {}", case.reference)).await;
        coordinator
            .press(Action::Cases(CaseAction::ConfirmClose(
                case.reference.clone(),
            )))
            .await;
        let run = |app: &TestApp| {
            let app = app.state.clone();
            async move {
                let now = app.clock.now();
                velkommen::conversation::keep_retention(&app, now)
                    .await
                    .unwrap()
            }
        };
        let so = app.state.i18n.tr(Locale::So);

        // 100 days on: the closed case is gone, nobody is warned yet.
        app.clock.set(start + chrono::Duration::days(100));
        run(&app).await;
        assert!(
            app.state
                .store
                .case_by_ref("tynset", &case.reference)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            common::queued_to(&app, 1)
                .await
                .iter()
                .all(|r| !r.text.contains("2027") && !r.text.contains("2028"))
        );

        // 723 days: both newcomers are warned, in their language; the
        // guest is erased without a word; staff are left alone.
        app.clock.set(start + chrono::Duration::days(723));
        run(&app).await;
        let erase_on = velkommen::i18n::format_oslo_date(start + chrono::Duration::days(730));
        let warning = so.msg_args(
            "retention-warning",
            &velkommen::args!["date" => erase_on.as_str()],
        );
        assert!(
            common::queued_to(&app, 1)
                .await
                .iter()
                .any(|r| r.text == warning)
        );
        assert!(
            app.stored_conversation(ChatKey::telegram(3))
                .await
                .is_none()
        );
        assert!(
            app.state
                .store
                .staff_memberships(ChatKey::telegram(10))
                .await
                .unwrap()
                .len()
                == 1
        );
        // The same day again: nothing more (once a day).
        assert_eq!(run(&app).await, 0);

        // One of them writes back: kept.
        app.clock.set(start + chrono::Duration::days(726));
        app.person(2, Some("uk")).say("/menu").await;

        // 731 days: the one who stayed quiet is erased; the other is not.
        app.clock.set(start + chrono::Duration::days(731));
        run(&app).await;
        assert!(app.stored_newcomer(ChatKey::telegram(1)).await.is_none());
        assert!(
            app.stored_conversation(ChatKey::telegram(1))
                .await
                .is_none()
        );
        assert!(app.stored_newcomer(ChatKey::telegram(2)).await.is_some());
    }
}

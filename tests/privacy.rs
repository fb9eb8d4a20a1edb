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

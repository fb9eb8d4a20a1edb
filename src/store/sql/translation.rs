//! The SQL of [`TranslationStore`](crate::store::TranslationStore), for
//! either backend (see `sql/mod.rs`).

use async_trait::async_trait;

use super::Db;
use crate::store::sql::SqlStore;
use crate::store::*;

const COUNT: &str = "insert into translation_usage (municipality, month, provider, requests, characters) \
     values ($1, $2, $3, 1, $4) on conflict (municipality, month, provider) do update \
     set requests = translation_usage.requests + 1, \
     characters = translation_usage.characters + excluded.characters";

const USAGE: &str = "select month, provider, requests, characters from translation_usage \
     where municipality = $1 order by month desc, provider";

#[async_trait]
impl TranslationStore for SqlStore<Db> {
    async fn count_translation(
        &self,
        municipality: &str,
        month: &str,
        provider: &str,
        characters: u64,
    ) -> Result<(), StoreError> {
        sqlx::query(COUNT)
            .bind(municipality)
            .bind(month)
            .bind(provider)
            .bind(characters as i64)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn translation_usage(
        &self,
        municipality: &str,
    ) -> Result<Vec<TranslationUsage>, StoreError> {
        let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(USAGE)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(month, provider, requests, characters)| TranslationUsage {
                month,
                provider,
                requests: requests.max(0) as u64,
                characters: characters.max(0) as u64,
            })
            .collect())
    }
}

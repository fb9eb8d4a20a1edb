//! The SQL of [`AnnouncementStore`](crate::store::AnnouncementStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use super::outbox::enqueue_all;
use crate::announcements::{Announcement, NewAnnouncement};
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;
use std::collections::BTreeMap;

const CREATE_ANNOUNCEMENT: &str = "insert into announcements (municipality, author_channel, author_chat_id, \
     audience, texts, urgent, schedule, status, next_run_at, created_at, updated_at, machine) \
     values ($1, $2, $3, $4, $5, $6, $7, 'scheduled', $8, $9, $9, $10) returning id";

const ANNOUNCEMENT_COLUMNS: &str = "select id, municipality, author_channel, author_chat_id, audience, texts, \
     urgent, schedule, status, next_run_at, last_run_at, created_at, machine from announcements";

const FINISH_RUN: &str = "update announcements set last_run_at = $2, next_run_at = $3, \
     status = case when $3 is null then 'done' else status end, updated_at = $4 \
     where id = $1 and status = 'scheduled'";

const CANCEL_ANNOUNCEMENT: &str = "update announcements set status = 'cancelled', next_run_at = null, \
     updated_at = $2 where id = $1 and municipality = $3 and status = 'scheduled'";

const CANCEL_DELIVERIES: &str = "update outbox set status = 'cancelled', updated_at = $2 \
     where announcement_id = $1 and municipality = $3 and status = 'queued'";

/// The outbox rows of an announcement by status, with the counts of rows
/// the retention has already removed.
/// The outbox's rows are counted from the index on (announcement_id,
/// status) alone; the municipality is checked on the announcement.
const REPORT: &str = "select status, cast(sum(n) as bigint) from (\
     select status, count(*) as n from outbox \
     where announcement_id = $1 \
     and exists (select 1 from announcements a where a.id = $1 and a.municipality = $2) \
     group by status \
     union all select k.status, k.n from announcement_counts k \
     join announcements a on a.id = k.announcement_id \
     where k.announcement_id = $1 and a.municipality = $2) t group by status";

const RUNS_TO_REPORT: &str = "select a.id, a.municipality, a.author_channel, a.author_chat_id, a.audience, a.texts, \
     a.urgent, a.schedule, a.status, a.next_run_at, a.last_run_at, a.created_at, a.machine from announcements a \
     where a.last_run_at is not null and a.author_chat_id is not null \
     and (a.reported_run_at is null or a.reported_run_at < a.last_run_at) \
     and not exists (select 1 from outbox o where o.announcement_id = a.id \
     and o.status in ('queued', 'sending'))";

const MARK_REPORTED: &str = "update announcements set reported_run_at = $2 where id = $1";

#[async_trait]
impl AnnouncementStore for SqlStore<Db> {
    async fn create_announcement(
        &self,
        announcement: &NewAnnouncement,
        first_run: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let json = |value: serde_json::Result<String>| value.expect("announcement parts serialize");
        Ok(sqlx::query_scalar(CREATE_ANNOUNCEMENT)
            .bind(&announcement.municipality)
            .bind(announcement.author.channel.code())
            .bind(announcement.author.id)
            .bind(json(serde_json::to_string(&announcement.audience)))
            .bind(json(serde_json::to_string(&announcement.texts)))
            .bind(announcement.urgent)
            .bind(json(serde_json::to_string(&announcement.schedule)))
            .bind(first_run)
            .bind(now)
            .bind(machine_json(&announcement.machine))
            .fetch_one(&self.pool)
            .await?)
    }

    async fn announcement(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<Option<Announcement>, StoreError> {
        let sql = format!("{ANNOUNCEMENT_COLUMNS} where id = $1 and municipality = $2");
        sqlx::query_as::<_, AnnouncementRow>(&sql)
            .bind(id)
            .bind(municipality)
            .fetch_optional(&self.pool)
            .await?
            .map(Announcement::try_from)
            .transpose()
    }

    async fn due_announcements(&self, now: DateTime<Utc>) -> Result<Vec<Announcement>, StoreError> {
        let sql = format!(
            "{ANNOUNCEMENT_COLUMNS} where status = 'scheduled' and next_run_at <= $1 \
             order by next_run_at, id"
        );
        convert(
            sqlx::query_as::<_, AnnouncementRow>(&sql)
                .bind(now)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn queue_run(
        &self,
        id: i64,
        run_at: DateTime<Utc>,
        deliveries: &[NewDelivery],
        next_run: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let queued = enqueue_all(&mut tx, deliveries, now).await?;
        sqlx::query(FINISH_RUN)
            .bind(id)
            .bind(run_at)
            .bind(next_run)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(queued)
    }

    async fn recent_announcements(
        &self,
        municipalities: &[String],
        limit: i64,
    ) -> Result<Vec<Announcement>, StoreError> {
        let mut all = Vec::new();
        let sql = format!(
            "{ANNOUNCEMENT_COLUMNS} where municipality = $1 order by created_at desc, id desc limit $2"
        );
        for municipality in municipalities {
            let rows = sqlx::query_as::<_, AnnouncementRow>(&sql)
                .bind(municipality)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
            for row in rows {
                all.push(Announcement::try_from(row)?);
            }
        }
        all.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
        all.truncate(limit.max(0) as usize);
        Ok(all)
    }

    async fn cancel_announcement(
        &self,
        municipality: &str,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(CANCEL_ANNOUNCEMENT)
            .bind(id)
            .bind(now)
            .bind(municipality)
            .execute(&mut *tx)
            .await?;
        let cancelled = sqlx::query(CANCEL_DELIVERIES)
            .bind(id)
            .bind(now)
            .bind(municipality)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(cancelled)
    }

    async fn announcement_report(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<BTreeMap<DeliveryStatus, u64>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(REPORT)
            .bind(id)
            .bind(municipality)
            .fetch_all(&self.pool)
            .await?;
        report_rows(rows)
    }

    async fn runs_to_report(&self) -> Result<Vec<Announcement>, StoreError> {
        convert(
            sqlx::query_as::<_, AnnouncementRow>(RUNS_TO_REPORT)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn mark_reported(&self, id: i64, run_at: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(MARK_REPORTED)
            .bind(id)
            .bind(run_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

//! The SQL of [`StaffStore`](crate::store::StaffStore), for either backend
//! (see `sql/mod.rs`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::Db;
use crate::newcomers::ChatKey;
use crate::staff::{RedeemError, Role, StaffKind, StaffMember};
use crate::store::sql::SqlStore;
use crate::store::sql::rows::*;
use crate::store::*;

const CREATE_INVITE: &str = "insert into staff_invites (code_hash, municipality, role, created_at, expires_at) \
     values ($1, $2, $3, $4, $5)";

/// Takes the invite if it is unused and unexpired, in one statement, so two
/// people typing the same code at once cannot both get it.
const TAKE_INVITE: &str = "update staff_invites set used_at = $2, used_by_channel = $3, used_by_chat_id = $4 \
     where code_hash = $1 and used_at is null and expires_at > $2 \
     returning municipality, role";

const INVITE_STATE: &str = "select used_at is not null from staff_invites where code_hash = $1";

const ADD_STAFF: &str = "insert into staff (channel, chat_id, municipality, role, kind, created_at) \
     values ($1, $2, $3, $4, $5, $6) \
     on conflict (channel, chat_id, municipality) do update set role = excluded.role, kind = excluded.kind";

const STAFF_COLUMNS: &str =
    "select channel, chat_id, municipality, role, kind, created_at from staff";

const REVOKE_STAFF: &str =
    "delete from staff where channel = $1 and chat_id = $2 and ($3 is null or municipality = $3)";

#[async_trait]
impl StaffStore for SqlStore<Db> {
    async fn create_invite(
        &self,
        code_hash: &str,
        municipality: &str,
        role: Role,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(CREATE_INVITE)
            .bind(code_hash)
            .bind(municipality)
            .bind(role.code())
            .bind(now)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn redeem_invite(
        &self,
        code_hash: &str,
        chat: ChatKey,
        kind: StaffKind,
        now: DateTime<Utc>,
    ) -> Result<Result<StaffMember, RedeemError>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let taken: Option<(String, String)> = sqlx::query_as(TAKE_INVITE)
            .bind(code_hash)
            .bind(now)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((municipality, role)) = taken else {
            let used: Option<bool> = sqlx::query_scalar(INVITE_STATE)
                .bind(code_hash)
                .fetch_optional(&mut *tx)
                .await?;
            return Ok(Err(match used {
                None => RedeemError::Unknown,
                Some(true) => RedeemError::Used,
                Some(false) => RedeemError::Expired,
            }));
        };
        let role = parse("staff_invites.role", &role, Role::from_code)?;
        sqlx::query(ADD_STAFF)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(&municipality)
            .bind(role.code())
            .bind(kind.code())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Ok(StaffMember {
            chat,
            municipality,
            role,
            kind,
            created_at: now,
        }))
    }

    async fn staff_memberships(&self, chat: ChatKey) -> Result<Vec<StaffMember>, StoreError> {
        let sql =
            format!("{STAFF_COLUMNS} where channel = $1 and chat_id = $2 order by municipality");
        sqlx::query_as::<_, StaffRow>(&sql)
            .bind(chat.channel.code())
            .bind(chat.id)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(StaffMember::try_from)
            .collect()
    }

    async fn list_staff(&self, municipality: Option<&str>) -> Result<Vec<StaffMember>, StoreError> {
        let sql = format!(
            "{STAFF_COLUMNS} where ($1 is null or municipality = $1) \
             order by municipality, created_at"
        );
        convert(
            sqlx::query_as::<_, StaffRow>(&sql)
                .bind(municipality)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn revoke_staff(
        &self,
        chat: ChatKey,
        municipality: Option<&str>,
    ) -> Result<u64, StoreError> {
        Ok(sqlx::query(REVOKE_STAFF)
            .bind(chat.channel.code())
            .bind(chat.id)
            .bind(municipality)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }
}

//! Staff invites and memberships.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::newcomers::ChatKey;
use crate::staff::{RedeemError, Role, StaffKind, StaffMember};

#[async_trait]
pub trait StaffStore: Send + Sync {
    /// Stores a new staff invite (only the code's hash).
    async fn create_invite(
        &self,
        code_hash: &str,
        municipality: &str,
        role: Role,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Uses an invite: the chat becomes staff of the invite's municipality
    /// with its role. Each code works once, before it expires.
    async fn redeem_invite(
        &self,
        code_hash: &str,
        chat: ChatKey,
        kind: StaffKind,
        now: DateTime<Utc>,
    ) -> Result<Result<StaffMember, RedeemError>, StoreError>;

    /// Every municipality this chat works for.
    async fn staff_memberships(&self, chat: ChatKey) -> Result<Vec<StaffMember>, StoreError>;

    /// All staff, or the staff of one municipality.
    async fn list_staff(&self, municipality: Option<&str>) -> Result<Vec<StaffMember>, StoreError>;

    /// Ends a chat's staff membership (in one municipality, or all).
    async fn revoke_staff(
        &self,
        chat: ChatKey,
        municipality: Option<&str>,
    ) -> Result<u64, StoreError>;
}

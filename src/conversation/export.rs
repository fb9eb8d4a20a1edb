//! `/mydata` as a file: everything velkommen stores about the person, as
//! one JSON document sent to them (a data portability request, GDPR art.
//! 20) — the profile, the checklist, `/skills`, their questions and the
//! answers, the fadder list or sign-up, the follow-ups, the pulse answers
//! still linked to them, and newcomer-of-the-month consent and stories.
//! Machine-readable field names in English; values as stored.

use serde_json::{Value, json};

use super::turn::Turn;
use super::{EngineError, Reply};
use crate::outbox::{Attachment, FileKind};

impl Turn<'_> {
    /// Everything about this chat, as JSON.
    async fn my_data_document(&self) -> Result<Value, EngineError> {
        let store = &self.app.store;
        let chat = self.chat;
        let (checklist, cases, skills, pool, mentor, followups, optin, stories, pulses) = tokio::try_join!(
            store.checklist_progress(chat),
            store.cases_of_chat(chat),
            store.load_skills(chat),
            store.pool_entry_of(chat),
            store.mentor_of(chat),
            store.followups_of(chat),
            store.featured_optin_of(chat),
            store.stories_about(chat),
            store.pulse_answers_of(chat),
        )?;
        let mut questions = Vec::new();
        for case in &cases {
            let messages = store.case_messages(&case.municipality, case.id).await?;
            questions.push(json!({
                "reference": case.reference.as_str(),
                "municipality": case.municipality,
                "status": format!("{:?}", case.status).to_lowercase(),
                "created_at": case.created_at,
                "messages": messages.iter().map(|m| json!({
                    "from": if m.from_staff { "municipality" } else { "you" },
                    "text": m.body,
                    "at": m.created_at,
                })).collect::<Vec<_>>(),
            }));
        }
        let profile = self.newcomer.as_ref().map(|n| {
            json!({
                "municipality": n.municipality,
                "language": n.locale.code(),
                "why_you_came": n.category.map(|c| c.code()),
                "citizenship": n.citizenship.map(|c| c.code()),
                "arrival": n.arrival.map(|a| a.code()),
                "household": n.household.map(|h| h.code()),
                "wants_a_fadder": n.wants_mentor,
                "consented_at": n.consented_at,
                "registered_at": n.created_at,
            })
        });
        Ok(json!({
            "service": "velkommen",
            "made_at": self.now,
            "chat": {"channel": chat.channel.code(), "id": chat.id},
            "language": self.locale.code(),
            "profile": profile,
            "checklist": checklist
                .iter()
                .map(|(step, state)| (step.clone(), Value::from(state.code())))
                .collect::<serde_json::Map<_, _>>(),
            "skills": skills,
            "questions": questions,
            "fadder_list": pool.map(|p| json!({
                "municipality": p.municipality,
                "wish": p.wish,
                "waiting_since": p.waiting_since,
            })),
            "fadder_sign_up": mentor.map(|m| json!({
                "municipality": m.municipality,
                "language": m.locale.code(),
                "profile": m.profile,
                "status": format!("{:?}", m.status).to_lowercase(),
                "reason": m.reason,
            })),
            "follow_ups": followups.map(|f| json!({
                "sent": f.sent,
                "next_at": f.next_at,
                "paused_until": f.paused_until,
            })),
            "pulse_answers": pulses
                .iter()
                .map(|(months, answers)| json!({"follow_up_months": months, "answers": answers}))
                .collect::<Vec<_>>(),
            "newcomer_of_the_month": {
                "may_be_asked_since": optin,
                "stories": stories.iter().map(|s| json!({
                    "texts": s.texts,
                    "status": format!("{:?}", s.status).to_lowercase(),
                    "created_at": s.created_at,
                })).collect::<Vec<_>>(),
            },
        }))
    }

    /// Sends `/mydata` as a JSON file.
    pub(super) async fn send_my_data_file(&mut self) -> Result<(), EngineError> {
        let document = self.my_data_document().await?;
        let bytes = serde_json::to_vec_pretty(&document).expect("JSON always serializes");
        self.replies.push(Reply {
            text: self.tr().msg("mydata-file-caption"),
            file: Some(Attachment {
                kind: FileKind::Document,
                name: "velkommen-mydata.json".into(),
                bytes,
            }),
            ..Reply::default()
        });
        tracing::info!("a person's data was sent to them as a file");
        Ok(())
    }
}

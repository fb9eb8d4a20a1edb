//! The data inventory: every table velkommen stores, each column, whether
//! it is about a person, why it is kept, on which legal basis, for how long
//! and who sees it. `velkommen privacy inventory` prints it, the README
//! carries the same text, and a test fails when a migration adds a column
//! this list does not name (or the README's copy differs) — so a data
//! protection officer reads what the code actually stores.
//!
//! The legal bases are the team's reading of the GDPR for a municipality
//! offering the service; the municipality, as data controller, confirms
//! them in its own records of processing.

/// How a column relates to a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Not about a person (ids, times, settings, counts).
    Plain,
    /// Identifies or describes a person: a chat id, a language, a choice.
    Personal,
    /// Words a person wrote, or answers that may reveal health, family or
    /// origin: handled with the most care.
    Sensitive,
}

impl Kind {
    fn mark(self) -> &'static str {
        match self {
            Kind::Plain => "",
            Kind::Personal => "personal",
            Kind::Sensitive => "**sensitive**",
        }
    }
}

/// One stored table.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    pub name: &'static str,
    /// What a row is.
    pub holds: &'static str,
    /// Every column, with its kind and, for personal ones, what it is.
    pub columns: &'static [(&'static str, Kind, &'static str)],
    pub why: &'static str,
    pub basis: &'static str,
    pub retention: &'static str,
    pub who: &'static str,
}

use Kind::{Personal, Plain, Sensitive};

const CONSENT: &str = "consent given in onboarding (GDPR art. 6(1)(a))";
const TASK: &str = "the municipality's public task of settling newcomers (art. 6(1)(e))";
const STAFF_BASIS: &str = "the municipality's task and its staff's employment (art. 6(1)(e))";
const UNTIL_DELETE: &str = "until the person sends /delete, their municipality erases it at their request, or they have not written for two years (told a week before; VELKOMMEN_INACTIVE_DAYS) — all of it, in one transaction";
const NOT_PERSONAL: &str = "not personal data";

/// Every table, in the order a reader meets them.
pub const INVENTORY: &[Table] = &[
    Table {
        name: "newcomers",
        holds: "a newcomer's profile",
        columns: &[
            ("id", Plain, ""),
            ("channel", Personal, "messenger (telegram)"),
            ("chat_id", Personal, "the chat to answer"),
            ("municipality", Personal, "where they live"),
            ("locale", Personal, "their language"),
            (
                "category",
                Sensitive,
                "why they came: refugee, work, family, other",
            ),
            (
                "citizenship",
                Personal,
                "Nordic, EU/EEA or other (not asked of refugees)",
            ),
            ("arrival", Personal, "the month they came"),
            ("household", Sensitive, "alone, partner, with children"),
            ("wants_mentor", Personal, "whether they want a fadder"),
            ("consented_at", Personal, "when they said yes"),
            ("status", Plain, ""),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "the right first steps, letter and events for them",
        basis: CONSENT,
        retention: UNTIL_DELETE,
        who: "the person (/mydata); staff only as counts in previews and insight",
    },
    Table {
        name: "conversations",
        holds: "where a chat is in the conversation",
        columns: &[
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            ("locale", Personal, "their language"),
            (
                "state",
                Sensitive,
                "the current step; may hold a question being written",
            ),
            ("updated_at", Plain, ""),
            ("last_update", Plain, ""),
        ],
        why: "to go on where the person left off; kept also without consent (language and step only)",
        basis: "necessary to answer the person (art. 6(1)(e))",
        retention: UNTIL_DELETE,
        who: "nobody but the service",
    },
    Table {
        name: "checklist_progress",
        holds: "a newcomer's ticked checklist steps",
        columns: &[
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            ("step", Personal, "which step"),
            ("state", Personal, "done or not relevant"),
            ("updated_at", Plain, ""),
        ],
        why: "the checklist and follow-ups show what is left",
        basis: CONSENT,
        retention: UNTIL_DELETE,
        who: "the person",
    },
    Table {
        name: "skills",
        holds: "what a newcomer told /skills",
        columns: &[
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            (
                "profile",
                Sensitive,
                "education, field, experience, languages, licences, wishes, sharing",
            ),
            ("consented_at", Personal, "when they agreed"),
            ("updated_at", Plain, ""),
        ],
        why: "work that fits: coordinators see protected counts, and without names those who turned sharing on",
        basis: "consent asked in /skills (art. 6(1)(a))",
        retention: UNTIL_DELETE,
        who: "the person; coordinators as counts (≥ 5) and shared profiles without names",
    },
    Table {
        name: "cases",
        holds: "a question to the municipality",
        columns: &[
            ("id", Plain, ""),
            ("ref", Plain, "case reference"),
            ("municipality", Plain, ""),
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat to answer"),
            ("locale", Personal, "their language"),
            ("category", Sensitive, "why they came"),
            ("status", Plain, ""),
            ("waiting", Plain, ""),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "to answer the question",
        basis: TASK,
        retention: "three months after the case is closed (VELKOMMEN_CLOSED_CASE_DAYS), or sooner as for the person's data",
        who: "the staff who answer questions in that municipality",
    },
    Table {
        name: "case_messages",
        holds: "the questions and answers of a case",
        columns: &[
            ("id", Plain, ""),
            ("case_id", Plain, ""),
            ("from_staff", Plain, ""),
            ("body", Sensitive, "the words written"),
            ("created_at", Plain, ""),
        ],
        why: "to answer the question",
        basis: TASK,
        retention: "with its case",
        who: "the staff who answer questions in that municipality",
    },
    Table {
        name: "outbox",
        holds: "a message to be sent, or sent",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the recipient"),
            ("source", Plain, "what caused it"),
            ("body", Sensitive, "the message text"),
            ("urgent", Plain, ""),
            ("not_before", Plain, ""),
            ("status", Plain, ""),
            ("attempts", Plain, ""),
            ("last_error", Plain, "Telegram's error, no text"),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
            ("sent_at", Plain, ""),
            ("announcement_id", Plain, ""),
            ("event_id", Plain, ""),
        ],
        why: "delivery within Telegram's limits, once, and the delivery reports",
        basis: TASK,
        retention: "30 days after it was sent, blocked or failed (VELKOMMEN_OUTBOX_RETENTION_DAYS); waiting messages until sent or /delete",
        who: "nobody but the service; staff see counts per announcement",
    },
    Table {
        name: "followups",
        holds: "a newcomer's follow-up plan",
        columns: &[
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            ("municipality", Personal, "where they live"),
            ("sent", Personal, "which follow-ups went out"),
            ("next_at", Plain, ""),
            ("paused_until", Personal, "a /pause"),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "to keep in touch over the first two years",
        basis: CONSENT,
        retention: UNTIL_DELETE,
        who: "the person (/mydata)",
    },
    Table {
        name: "pulse_responses",
        holds: "answers to the follow-ups' questions",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            (
                "channel",
                Personal,
                "link to the person while they keep their data",
            ),
            (
                "chat_id",
                Personal,
                "link to the person while they keep their data",
            ),
            ("round_months", Plain, ""),
            ("category", Personal, "why they came"),
            ("months_here", Plain, ""),
            (
                "answers",
                Sensitive,
                "life satisfaction, belonging, plans to stay, reasons",
            ),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "what makes people stay, for the municipality to act on",
        basis: CONSENT,
        retention: "the link to the person until /delete; the anonymous answers are kept for statistics",
        who: "coordinators, only as counts of five or more",
    },
    Table {
        name: "mentors",
        holds: "a volunteer's (fadder's) sign-up",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            ("locale", Personal, "their language"),
            (
                "profile",
                Personal,
                "first name, languages, whether and from where they moved here, woman or man and age band if given, interests, children, what they can help with",
            ),
            ("status", Personal, "to vet, approved, paused, ended"),
            ("reason", Personal, "staff's reason for a pause or end"),
            (
                "vetting",
                Sensitive,
                "the municipality's checklist, incl. *police certificate seen* (the certificate is never stored)",
            ),
            ("engaged", Plain, ""),
            ("capacity", Plain, ""),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "to vet volunteers and match them",
        basis: "consent given in the sign-up (art. 6(1)(a))",
        retention: UNTIL_DELETE,
        who: "the municipality's mentor coordinators and coordinators",
    },
    Table {
        name: "mentor_pool",
        holds: "a newcomer waiting for a fadder",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            (
                "wish",
                Sensitive,
                "what they hope for, and a woman/man wish",
            ),
            ("waiting_since", Personal, "since when"),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "matching",
        basis: CONSENT,
        retention: UNTIL_DELETE,
        who: "the municipality's mentor coordinators",
    },
    Table {
        name: "mentor_matches",
        holds: "a proposed or running pair",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            ("mentor_id", Personal, "the fadder"),
            ("seeker_id", Personal, "the newcomer"),
            ("status", Personal, "asked, running, ended"),
            ("score", Plain, ""),
            ("reasons", Personal, "why they fit"),
            (
                "mentor_contact",
                Personal,
                "how the newcomer reaches the fadder",
            ),
            (
                "newcomer_contact",
                Personal,
                "how the fadder reaches the newcomer",
            ),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
            ("started_at", Plain, ""),
            ("met_at", Plain, ""),
            ("checkins", Plain, ""),
            ("next_checkin_at", Plain, ""),
            ("quiet_alerts", Plain, ""),
            ("next_quiet_alert_at", Plain, ""),
            ("ended_at", Plain, ""),
            (
                "end_reason",
                Sensitive,
                "why it ended, in the person's words",
            ),
            ("ended_by", Plain, ""),
        ],
        why: "to introduce the pair and keep in touch",
        basis: "consent of both sides (art. 6(1)(a))",
        retention: "until either side sends /delete",
        who: "the pair (each other's contact after both said yes); mentor coordinators",
    },
    Table {
        name: "mentor_runs",
        holds: "a weekly matching run",
        columns: &[
            ("municipality", Plain, ""),
            ("week", Plain, ""),
            ("created_at", Plain, ""),
        ],
        why: "one run per municipality and week",
        basis: NOT_PERSONAL,
        retention: "kept",
        who: "the service",
    },
    Table {
        name: "featured_candidates",
        holds: "a newcomer who said they may be asked to be newcomer of the month",
        columns: &[
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            ("municipality", Personal, "where they live"),
            ("opted_in_at", Personal, "when"),
        ],
        why: "to ask them",
        basis: CONSENT,
        retention: "until they withdraw or /delete",
        who: "coordinators",
    },
    Table {
        name: "featured_stories",
        holds: "a story about one newcomer",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            ("channel", Personal, "the newcomer"),
            ("chat_id", Personal, "the newcomer"),
            ("author_channel", Personal, "the coordinator"),
            ("author_chat_id", Personal, "the coordinator"),
            ("texts", Sensitive, "the story"),
            ("status", Plain, ""),
            ("announcement_id", Plain, ""),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "to tell it, only with the newcomer's yes to the exact text",
        basis: "consent to the exact text (art. 6(1)(a))",
        retention: "until withdrawn or /delete",
        who: "coordinators; everyone it is announced to once approved",
    },
    Table {
        name: "featured_events",
        holds: "each consent step of a story",
        columns: &[
            ("id", Plain, ""),
            ("story_id", Plain, ""),
            ("event", Personal, "asked, approved, declined, withdrawn"),
            ("at", Plain, ""),
        ],
        why: "proof of consent",
        basis: "accountability (art. 5(2))",
        retention: "with its story",
        who: "coordinators",
    },
    Table {
        name: "staff",
        holds: "a staff member's membership",
        columns: &[
            ("channel", Personal, "messenger"),
            (
                "chat_id",
                Personal,
                "the staff member's chat, or a bound staff group",
            ),
            ("municipality", Plain, ""),
            (
                "role",
                Personal,
                "coordinator, announcer, mentor coordinator",
            ),
            ("kind", Plain, "person or group"),
            ("created_at", Plain, ""),
        ],
        why: "to let staff do their work and no more",
        basis: STAFF_BASIS,
        retention: "until revoked (`velkommen staff revoke`) or /delete",
        who: "coordinators (`velkommen staff list`)",
    },
    Table {
        name: "staff_invites",
        holds: "a one-time staff invite",
        columns: &[
            ("id", Plain, ""),
            ("code_hash", Plain, "the code, hashed"),
            ("municipality", Plain, ""),
            ("role", Plain, ""),
            ("created_at", Plain, ""),
            ("expires_at", Plain, ""),
            ("used_at", Plain, ""),
            ("used_by_channel", Personal, "who redeemed it"),
            ("used_by_chat_id", Personal, "who redeemed it"),
        ],
        why: "an invite works once",
        basis: STAFF_BASIS,
        retention: "kept; who redeemed it is forgotten on /delete",
        who: "the service",
    },
    Table {
        name: "retention_warnings",
        holds: "that a quiet person was told their data will be erased",
        columns: &[
            ("channel", Personal, "messenger"),
            ("chat_id", Personal, "the chat"),
            ("warned_at", Personal, "when they were told"),
        ],
        why: "to erase only those who were told a week before",
        basis: "storage limitation (art. 5(1)(e))",
        retention: UNTIL_DELETE,
        who: "the service",
    },
    Table {
        name: "audit_log",
        holds: "one staff action",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            (
                "actor_channel",
                Personal,
                "the staff member (null: the command line)",
            ),
            ("actor_chat_id", Personal, "the staff member's chat"),
            ("action", Personal, "what they did"),
            (
                "subject",
                Plain,
                "what it was done to: \"#12\", a case reference; never a newcomer's chat or words",
            ),
            ("created_at", Plain, ""),
        ],
        why: "accountability: who did what, when",
        basis: "accountability (art. 5(2)) and the municipality's task (art. 6(1)(e))",
        retention: "kept, and never changed (the database refuses updates); a staff member's /delete does not remove what they did as staff",
        who: "the municipality's coordinators (`/audit`, `velkommen audit`)",
    },
    Table {
        name: "announcements",
        holds: "a staff announcement",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            ("author_channel", Personal, "the staff member"),
            ("author_chat_id", Personal, "the staff member"),
            ("audience", Plain, "groups, not people"),
            ("texts", Plain, "written by staff for everyone"),
            ("urgent", Plain, ""),
            ("schedule", Plain, ""),
            ("status", Plain, ""),
            ("next_run_at", Plain, ""),
            ("last_run_at", Plain, ""),
            ("reported_run_at", Plain, ""),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
            ("machine", Plain, "which languages a translator wrote"),
        ],
        why: "to send it and report on it",
        basis: STAFF_BASIS,
        retention: "kept; the author is forgotten on their /delete",
        who: "the municipality's staff",
    },
    Table {
        name: "announcement_counts",
        holds: "delivery counts of pruned outbox rows",
        columns: &[
            ("announcement_id", Plain, ""),
            ("status", Plain, ""),
            ("n", Plain, ""),
        ],
        why: "reports after the outbox is pruned",
        basis: NOT_PERSONAL,
        retention: "with its announcement",
        who: "the municipality's staff",
    },
    Table {
        name: "events",
        holds: "a meeting-place event",
        columns: &[
            ("id", Plain, ""),
            ("municipality", Plain, ""),
            ("title", Plain, ""),
            ("place", Plain, ""),
            ("starts_at", Plain, ""),
            ("recurrence", Plain, ""),
            ("audience", Plain, ""),
            ("descriptions", Plain, ""),
            ("titles", Plain, ""),
            ("skipped", Plain, ""),
            ("status", Plain, ""),
            ("machine", Plain, "which languages a translator wrote"),
            ("created_at", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "what is on",
        basis: NOT_PERSONAL,
        retention: "kept",
        who: "everyone in the municipality",
    },
    Table {
        name: "municipalities",
        holds: "a municipality of the content packs",
        columns: &[
            ("slug", Plain, ""),
            ("name", Plain, ""),
            ("updated_at", Plain, ""),
        ],
        why: "tenancy",
        basis: NOT_PERSONAL,
        retention: "kept",
        who: "everyone",
    },
    Table {
        name: "send_budget",
        holds: "the shared sending rate",
        columns: &[
            ("slot", Plain, ""),
            ("free_at", Plain, ""),
            ("taken", Plain, ""),
        ],
        why: "Telegram's limits across instances",
        basis: NOT_PERSONAL,
        retention: "kept",
        who: "the service",
    },
    Table {
        name: "translation_usage",
        holds: "texts sent to a translation provider, counted",
        columns: &[
            ("municipality", Plain, ""),
            ("month", Plain, ""),
            ("provider", Plain, ""),
            ("requests", Plain, ""),
            ("characters", Plain, ""),
        ],
        why: "cost and oversight of machine translation",
        basis: NOT_PERSONAL,
        retention: "kept",
        who: "coordinators (📊 Insight)",
    },
];

/// The inventory as Markdown: a summary table, then the personal columns
/// of each table.
pub fn markdown() -> String {
    let mut out = String::new();
    out.push_str("| table | holds | why | legal basis | kept | who sees it |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for table in INVENTORY {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            table.name, table.holds, table.why, table.basis, table.retention, table.who
        ));
    }
    out.push_str(
        "\nThe columns about a person (every other column is ids, times, settings or counts):\n\n",
    );
    for table in INVENTORY {
        let personal: Vec<String> = table
            .columns
            .iter()
            .filter(|(_, kind, _)| *kind != Kind::Plain)
            .map(|(name, kind, what)| format!("`{name}` ({}: {what})", kind.mark()))
            .collect();
        if !personal.is_empty() {
            out.push_str(&format!("- `{}`: {}\n", table.name, personal.join("; ")));
        }
    }
    out
}

/// The inventory's tables and their columns.
pub fn columns() -> Vec<(&'static str, Vec<&'static str>)> {
    INVENTORY
        .iter()
        .map(|t| (t.name, t.columns.iter().map(|(c, _, _)| *c).collect()))
        .collect()
}

//! Competence mapping (`/skills`): what a newcomer brings — education,
//! field, profession, experience, languages, driving licence — and what
//! work or training they want. Everything is optional, asked only after the
//! person agrees, shown back in `/mydata`, and shared with the
//! municipality's staff only if they say so.

use serde::{Deserialize, Serialize};

use crate::newcomers::answer_enum;

/// The longest profession typed in.
pub const MAX_PROFESSION_CHARS: usize = 60;

answer_enum!(
    /// The highest education completed.
    Education {
        None => "none", "skills-edu-none",
        Primary => "primary", "skills-edu-primary",
        Secondary => "secondary", "skills-edu-secondary",
        Vocational => "vocational", "skills-edu-vocational",
        Bachelor => "bachelor", "skills-edu-bachelor",
        Master => "master", "skills-edu-master",
    }
);

answer_enum!(
    /// The field of work or education.
    WorkField {
        Health => "health", "skills-field-health",
        Teaching => "teaching", "skills-field-teaching",
        Technical => "technical", "skills-field-technical",
        Building => "building", "skills-field-building",
        Transport => "transport", "skills-field-transport",
        Farming => "farming", "skills-field-farming",
        Food => "food", "skills-field-food",
        Office => "office", "skills-field-office",
        It => "it", "skills-field-it",
        Service => "service", "skills-field-service",
        Care => "care", "skills-field-care",
        Other => "other", "skills-field-other",
    }
);

answer_enum!(
    /// Years of work experience in that field.
    Experience {
        LessThanOne => "lt1", "skills-exp-lt1",
        OneToThree => "1-3", "skills-exp-1-3",
        ThreeToTen => "3-10", "skills-exp-3-10",
        MoreThanTen => "gt10", "skills-exp-gt10",
    }
);

answer_enum!(
    /// Driving licence.
    Licence {
        None => "none", "skills-licence-none",
        Car => "car", "skills-licence-car",
        Heavy => "heavy", "skills-licence-heavy",
    }
);

answer_enum!(
    /// What the person wants.
    Wish {
        SameWork => "same", "skills-wish-same",
        AnyWork => "any", "skills-wish-any",
        Education => "edu", "skills-wish-edu",
        Recognition => "recog", "skills-wish-recog",
        OwnBusiness => "business", "skills-wish-business",
    }
);

/// Languages people can say they speak, by code, with their names in the
/// language itself (so no translation is needed).
pub const SPOKEN: [(&str, &str); 14] = [
    ("no", "Norsk"),
    ("en", "English"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("pl", "Polski"),
    ("lt", "Lietuvių"),
    ("ar", "العربية"),
    ("so", "Soomaali"),
    ("ti", "ትግርኛ"),
    ("prs", "دری"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ro", "Română"),
];

/// The name of a spoken language code.
pub fn spoken_name(code: &str) -> Option<&'static str> {
    SPOKEN.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// What a newcomer told us about their skills and wishes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skills {
    #[serde(default)]
    pub education: Option<Education>,
    #[serde(default)]
    pub field: Option<WorkField>,
    #[serde(default)]
    pub profession: Option<String>,
    #[serde(default)]
    pub experience: Option<Experience>,
    /// Codes from [`SPOKEN`].
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub licence: Option<Licence>,
    #[serde(default)]
    pub wishes: Vec<Wish>,
    /// The person agreed that the municipality's staff may see this.
    #[serde(default)]
    pub share_with_staff: bool,
}

impl Skills {
    pub fn toggle_language(&mut self, code: &str) {
        if spoken_name(code).is_none() {
            return;
        }
        match self.languages.iter().position(|c| c == code) {
            Some(i) => {
                self.languages.remove(i);
            }
            None => self.languages.push(code.to_owned()),
        }
    }

    pub fn toggle_wish(&mut self, wish: Wish) {
        match self.wishes.iter().position(|w| *w == wish) {
            Some(i) => {
                self.wishes.remove(i);
            }
            None => {
                self.wishes.push(wish);
                self.wishes.sort();
            }
        }
    }

    /// Checks a typed profession; the cleaned text if it can be stored.
    pub fn clean_profession(text: &str) -> Option<String> {
        let text = text.trim();
        let ok = !text.is_empty()
            && text.chars().count() <= MAX_PROFESSION_CHARS
            && !text.chars().any(char::is_control);
        ok.then(|| text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_ignore_unknown_languages_and_keep_order() {
        let mut skills = Skills::default();
        skills.toggle_language("uk");
        skills.toggle_language("xx");
        skills.toggle_language("pl");
        skills.toggle_language("uk");
        assert_eq!(skills.languages, ["pl"]);
        skills.toggle_wish(Wish::Recognition);
        skills.toggle_wish(Wish::SameWork);
        assert_eq!(skills.wishes, [Wish::SameWork, Wish::Recognition]);
        let json = serde_json::to_string(&skills).unwrap();
        assert_eq!(serde_json::from_str::<Skills>(&json).unwrap(), skills);
    }

    #[test]
    fn professions_are_short_plain_text() {
        assert_eq!(
            Skills::clean_profession("  sykepleier "),
            Some("sykepleier".into())
        );
        assert_eq!(Skills::clean_profession(""), None);
        assert_eq!(Skills::clean_profession(&"x".repeat(61)), None);
        assert_eq!(Skills::clean_profession("a\u{0}b"), None);
    }
}

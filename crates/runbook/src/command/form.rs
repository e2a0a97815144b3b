//! What a generator's form holds: the values a person set once and wants in every generator
//! (remembered in the browser, as versioned text: [`crate::saved_text`]), the values from the address, and how
//! they combine into what [`super::render()`] is given.
//!
//! The site keeps the remembered text in localStorage; this module decides what it means.
//! Saved text is user-influenced (another tab, an old release, a hand edit), so loading
//! never panics: every failure is a [`RememberedError`] the UI shows before starting afresh.

use super::render::Values;
use super::{DateTime, Environment, Generator, Param, ParamKind};
use crate::collect::SmallMap;
use crate::date::Date;
use crate::saved_text::{self, TextError};
use serde::{Deserialize, Serialize};

/// Bump when the stored form changes in a way old data cannot be read as. Version 1 was JSON;
/// version 2 was a value per parameter name, without where or when it was set.
pub const REMEMBERED_SCHEMA_VERSION: u32 = 3;

/// What the stored text says it holds.
const KIND: &str = "values";

/// The values this browser remembers, by meaning ([`Param::remember`]).
pub type Remembered = SmallMap<String, RememberedValue>;

/// One remembered value, and where it came from, so a field it fills can say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RememberedValue {
    pub value: String,
    pub origin: Origin,
}

/// Where a remembered value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// Typed into the generator with this title, at this time.
    Typed { generator: String, at: DateTime },
    /// Remembered by an earlier version of the runbook, which did not record where.
    EarlierVersion,
}

impl RememberedValue {
    /// `value`, typed into `generator` at `at`.
    pub fn typed(value: &str, generator: &Generator, at: DateTime) -> Self {
        RememberedValue {
            value: value.to_string(),
            origin: Origin::Typed {
                generator: generator.title.clone(),
                at,
            },
        }
    }
}

impl Origin {
    /// Where a value came from, as a field says it, as of `now`: "Remembered from Connect
    /// to a database with Konduit, today at 02:14 UTC." (UTC, as every time the runbook
    /// gives.)
    pub fn sentence(&self, now: DateTime) -> String {
        match self {
            Origin::Typed { generator, at } => {
                let time = format!("{:02}:{:02} UTC", at.seconds / 3600, at.seconds / 60 % 60);
                let day = if at.date == now.date {
                    "today".to_string()
                } else {
                    format!("on {}", at.date)
                };
                format!("Remembered from {generator}, {day} at {time}.")
            }
            Origin::EarlierVersion => "Remembered by an earlier version of the runbook.".to_string(),
        }
    }
}

/// Why remembered values could not be used; each sentence says what happens next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RememberedError {
    #[error("The values this browser remembered for the command generators could not be read ({0}), so they have been cleared. Download the saved data if you need it, then enter the values again.")]
    Corrupt(String),
    #[error("The values this browser remembered were saved by a different version of the runbook (format {found}, this is {current}), so they have been cleared. Download the saved data if you need it, then enter the values again.")]
    OtherVersion { found: u32, current: u32 },
}

/// Remembered values as read, and what was not kept from an older format, in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub values: Remembered,
    pub not_kept: Option<String>,
    /// Read from an older format: store it again as this one.
    pub upgraded: bool,
}

/// The meaning each name of format 2 had, now that values are kept by meaning. Format 2 kept
/// a value per parameter name, and `server` was both Konduit's server to connect to and the
/// PITR dump's restored server: it could be the live server, so it is not kept (issue 23).
const FORMAT_2_MEANINGS: [(&str, Option<&str>); 9] = [
    ("date", Some("restore-date")),
    ("deployment", Some("deployment")),
    ("file", Some("dump-file")),
    ("image", Some("docker-image")),
    ("local-database", Some("local-database")),
    ("namespace", Some("namespace")),
    ("server", None),
    ("source-server", Some("live-server")),
    ("timestamp", Some("restore-time")),
];

/// The meanings format 2's names are read as (for the test that every one is still used).
pub fn format_2_meanings() -> impl Iterator<Item = &'static str> {
    FORMAT_2_MEANINGS.iter().filter_map(|(_, m)| *m)
}

/// The meaning a parameter's value is remembered under, if it is remembered. Names, dates
/// and times are facts about the incident (the namespace, the restored server, the restore
/// date); a choice is a decision about this one command (enable or disable), so the
/// compiler refuses `remember` on one.
pub fn remembered_as(param: &Param) -> Option<&str> {
    match param.kind {
        ParamKind::Choice { .. } => None,
        _ => param.remember.as_deref(),
    }
}

/// Reads the stored text. Empty values are dropped: they mean "nothing remembered". Text of
/// format 2 is read by meaning, and says what it could not keep.
pub fn load_remembered(text: &str) -> Result<Loaded, RememberedError> {
    let error = |e| match e {
        TextError::Damaged(reason) => RememberedError::Corrupt(reason),
        TextError::OtherVersion { found, current } => RememberedError::OtherVersion { found, current },
    };
    let (mut values, not_kept, upgraded) = match saved_text::decode::<Remembered>(KIND, REMEMBERED_SCHEMA_VERSION, text)
    {
        Ok(values) => (values, None, false),
        Err(TextError::OtherVersion { found: 2, .. }) => {
            let old: Values = saved_text::decode(KIND, 2, text).map_err(error)?;
            let (values, not_kept) = from_format_2(old);
            (values, not_kept, true)
        }
        Err(e) => return Err(error(e)),
    };
    values.retain(|_, v| !v.value.trim().is_empty());
    Ok(Loaded {
        values,
        not_kept,
        upgraded,
    })
}

fn from_format_2(old: Values) -> (Remembered, Option<String>) {
    let mut values = Remembered::new();
    let mut not_kept = None;
    for (name, value) in old {
        match FORMAT_2_MEANINGS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m) {
            Some(Some(meaning)) => {
                values.insert(
                    meaning.to_string(),
                    RememberedValue {
                        value,
                        origin: Origin::EarlierVersion,
                    },
                );
            }
            Some(None) if !value.trim().is_empty() => {
                not_kept = Some(format!(
                    "The database server this browser remembered (“{value}”) was not kept: an earlier version of the runbook used it both for the server to connect to and for the restored server, so it could be the live server. Enter the server again in the generator that needs it."
                ));
            }
            // A name no generator remembered: nothing would use it.
            _ => {}
        }
    }
    (values, not_kept)
}

/// The text to store.
pub fn save_remembered(values: &Remembered) -> String {
    let mut kept = values.clone();
    kept.retain(|_, v| !v.value.trim().is_empty());
    saved_text::encode(KIND, REMEMBERED_SCHEMA_VERSION, &kept)
}

/// The values a generator renders with: for each parameter, the page's own value (typed on
/// this page, or from the address) wins; else the value remembered for its meaning, when it
/// is remembered; else nothing, so [`super::render()`] uses the default.
pub fn effective_values(generator: &Generator, own: &Values, remembered: &Remembered) -> Values {
    generator
        .params
        .iter()
        .filter_map(|p| {
            let value = own.get(&p.name).or_else(|| {
                remembered_as(p)
                    .and_then(|meaning| remembered.get(meaning))
                    .map(|r| &r.value)
            })?;
            Some((p.name.clone(), value.clone()))
        })
        .collect()
}

/// What a field shows: its value, else its default (`today` as `today`'s date), else nothing.
pub fn field_text(param: &Param, values: &Values, today: Date) -> String {
    if let Some(v) = values.get(&param.name) {
        return v.clone();
    }
    match (param.default.as_deref(), &param.kind) {
        (Some("today"), ParamKind::Date) => today.to_string(),
        (Some(d), _) => d.to_string(),
        (None, _) => String::new(),
    }
}

/// The address query that reopens the generator as it stands: every parameter, in the
/// generator's order, whose value is set and differs from its default.
pub fn query_pairs(generator: &Generator, values: &Values) -> Vec<(String, String)> {
    generator
        .params
        .iter()
        .filter_map(|p| {
            let v = values.get(&p.name)?;
            (!v.trim().is_empty() && p.default.as_deref() != Some(v.as_str())).then(|| (p.name.clone(), v.clone()))
        })
        .collect()
}

impl Environment {
    /// Where a generator's output acts, in words for a list of generators.
    pub fn describe(self) -> &'static str {
        match self {
            Environment::Production => "Production",
            Environment::OtherRemote => "A remote environment other than production",
            Environment::Local => "Your own machine only",
            Environment::None => "Nothing: it gives a value to enter",
        }
    }
}

impl Generator {
    /// Where the generator acts before any value is known, in words: a generator that
    /// touches production only for some values says so.
    pub fn describe_environment(&self) -> String {
        match (&self.production_when, self.touches) {
            (Some(when), Environment::Production) => format!(
                "Production when {} is {}; otherwise another remote environment",
                self.param(&when.param)
                    .map_or(when.param.as_str(), |p| p.label.as_str()),
                when.is_one_of.join(" or ")
            ),
            (_, touches) => touches.describe().to_string(),
        }
    }

    /// Where the generator acts, for a list that marks production with a tag: whether the
    /// tag "Production" shows, and the words that follow it. The words never repeat the tag,
    /// so the list reads "Acts on: Production when Namespace is cpd-production; …", not
    /// "Production Production when…".
    pub fn acts_on(&self) -> ActsOn {
        let production = self.touches == Environment::Production;
        let words = self.describe_environment();
        let after_tag = match words.strip_prefix(Environment::Production.describe()) {
            Some(rest) if production => rest.trim_start().to_string(),
            _ => words,
        };
        ActsOn { production, after_tag }
    }
}

/// Where a generator acts, in two parts for a list: see [`Generator::acts_on`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActsOn {
    /// Whether it can act on production: the list shows the tag "Production".
    pub production: bool,
    /// The words after the tag (or the whole description, without one); empty when the
    /// tag says it all.
    pub after_tag: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::{Choice, Output, ProductionWhen, Word};

    fn param(name: &str, default: Option<&str>, kind: ParamKind) -> Param {
        Param {
            name: name.into(),
            label: name.to_uppercase(),
            help: String::new(),
            example: "x".into(),
            default: default.map(str::to_string),
            kind,
            remember: None,
            warn_unless: None,
        }
    }

    fn text() -> ParamKind {
        ParamKind::Text {
            pattern: None,
            error: None,
        }
    }

    fn choice() -> ParamKind {
        ParamKind::Choice {
            choices: vec![Choice {
                value: "enable".into(),
                label: "Enable".into(),
                renders_as: None,
            }],
        }
    }

    fn generator() -> Generator {
        Generator {
            id: "g".into(),
            title: "G".into(),
            description: Default::default(),
            summary: String::new(),
            touches: Environment::Production,
            production_when: Some(ProductionWhen {
                param: "namespace".into(),
                is_one_of: vec!["cpd-production".into()],
            }),
            docs: vec![],
            params: vec![
                param("namespace", Some("cpd-production"), text()),
                param("server", None, text()),
                param("mode", Some("enable"), choice()),
                param("date", Some("today"), ParamKind::Date),
            ],
            output: Output::Value {
                value: Word::param("server"),
                checks: vec![],
            },
            source: String::new(),
        }
    }

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn at() -> DateTime {
        DateTime::parse("2026-05-22T02:14:00Z").unwrap()
    }

    fn remembered(pairs: &[(&str, &str)]) -> Remembered {
        let g = generator();
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), RememberedValue::typed(v, &g, at())))
            .collect()
    }

    #[test]
    fn remembered_values_round_trip_with_where_and_when() {
        let mut v = remembered(&[("namespace", "cpd-staging"), ("restored-server", "s1"), ("empty", " ")]);
        v.insert(
            "deployment".into(),
            RememberedValue {
                value: "web".into(),
                origin: Origin::EarlierVersion,
            },
        );
        let text = save_remembered(&v);
        v.remove("empty");
        assert_eq!(
            load_remembered(&text).unwrap(),
            Loaded {
                values: v,
                not_kept: None,
                upgraded: false
            }
        );
        // The stored form is pinned: changing it by accident would clear everyone's values.
        assert_eq!(text, PINNED_V3);
    }

    /// What [`remembered_values_round_trip_with_where_and_when`] stores (checked by hand: a
    /// count, then each meaning, value and origin; a typed origin is the title, then the
    /// year as a zigzag varint, month, day and seconds since midnight, 8040 for 02:14).
    const PINNED_V3: &str = "values/3:AwpkZXBsb3ltZW50A3dlYgEJbmFtZXNwYWNlC2NwZC1zdGFnaW5nAAFH1B8FFug+D3Jlc3RvcmVkLXNlcnZlcgJzMQABR9QfBRboPg";

    #[test]
    fn where_a_value_came_from_is_said_with_its_time_in_utc() {
        let origin = |v: &Remembered, k: &str| v.get(k).unwrap().origin.clone();
        let v = remembered(&[("restored-server", "s1")]);
        assert_eq!(
            origin(&v, "restored-server").sentence(at()),
            "Remembered from G, today at 02:14 UTC."
        );
        let next_day = DateTime::parse("2026-05-23T09:00:00Z").unwrap();
        assert_eq!(
            origin(&v, "restored-server").sentence(next_day),
            "Remembered from G, on 2026-05-22 at 02:14 UTC."
        );
        assert_eq!(
            Origin::EarlierVersion.sentence(at()),
            "Remembered by an earlier version of the runbook."
        );
    }

    #[test]
    fn format_2_is_read_by_meaning_and_its_ambiguous_server_is_not_kept() {
        // What format 2 stored for namespace = cpd-staging and server = s1 (pinned then).
        let text = "values/2:AgluYW1lc3BhY2ULY3BkLXN0YWdpbmcGc2VydmVyAnMx";
        let loaded = load_remembered(text).unwrap();
        assert!(loaded.upgraded);
        assert_eq!(
            loaded.values,
            Remembered::from([(
                "namespace".to_string(),
                RememberedValue {
                    value: "cpd-staging".into(),
                    origin: Origin::EarlierVersion
                }
            )])
        );
        let said = loaded.not_kept.unwrap();
        assert!(
            said.contains("(“s1”) was not kept") && said.contains("live server"),
            "{said}"
        );
        // Every other name of format 2 keeps its value, under its meaning.
        let old: Values = FORMAT_2_MEANINGS
            .iter()
            .map(|(n, _)| (n.to_string(), "v".to_string()))
            .collect();
        let loaded = load_remembered(&saved_text::encode(KIND, 2, &old)).unwrap();
        let meanings: Vec<&str> = loaded.values.keys().map(String::as_str).collect();
        let mut expected: Vec<&str> = format_2_meanings().collect();
        expected.sort_unstable();
        assert_eq!(meanings, expected);
        // Damage in format 2 is damage.
        assert!(matches!(
            load_remembered("values/2:AQU"),
            Err(RememberedError::Corrupt(_))
        ));
    }

    #[test]
    fn damaged_or_foreign_storage_is_an_error_not_a_panic() {
        let corrupt = |t: &str| matches!(load_remembered(t), Err(RememberedError::Corrupt(_)));
        assert!(corrupt("not stored text"));
        assert!(corrupt("values/3:!!"));
        assert!(corrupt("drill/3:AA"));
        // A count of one, then a name cut short.
        assert!(corrupt("values/3:AQU"));
        let other = |t: &str, found| load_remembered(t) == Err(RememberedError::OtherVersion { found, current: 3 });
        assert!(other("values/99:", 99));
        // Version 1 was JSON: such text is reported as that version, not as damage.
        assert!(other(r#"{"schema-version":1,"values":{"a":"b"}}"#, 1));
        assert!(other("{not json", 1));
        let message = load_remembered("values/3:%").unwrap_err().to_string();
        assert!(message.contains("cleared") && message.contains("Download"), "{message}");
    }

    #[test]
    fn own_values_win_over_remembered_ones_by_meaning_and_choices_are_not_carried_over() {
        let mut g = generator();
        g.params[0].remember = Some("namespace".into());
        g.params[1].remember = Some("restored-server".into());
        g.params[2].remember = Some("mode".into());
        let own = values(&[("server", "from-url")]);
        let memory = remembered(&[
            ("restored-server", "remembered"),
            ("namespace", "cpd-staging"),
            ("mode", "disable"),
            ("other", "x"),
        ]);
        assert_eq!(
            effective_values(&g, &own, &memory),
            values(&[("namespace", "cpd-staging"), ("server", "from-url")])
        );
        // Only by meaning: a value remembered under the parameter's name fills nothing.
        assert_eq!(
            effective_values(&g, &Values::new(), &remembered(&[("server", "live")])),
            values(&[])
        );
        assert_eq!(remembered_as(&g.params[1]), Some("restored-server"));
        assert_eq!(remembered_as(&g.params[2]), None, "a choice never is");
        assert_eq!(remembered_as(&g.params[3]), None, "not declared");
    }

    #[test]
    fn fields_show_values_then_defaults() {
        let g = generator();
        let today = Date::new(2026, 5, 22).unwrap();
        let v = values(&[("server", "s1")]);
        let shown: Vec<String> = g.params.iter().map(|p| field_text(p, &v, today)).collect();
        assert_eq!(shown, ["cpd-production", "s1", "enable", "2026-05-22"]);
    }

    #[test]
    fn the_query_holds_only_what_differs_from_the_defaults() {
        let g = generator();
        let v = values(&[
            ("date", "2026-05-01"),
            ("namespace", "cpd-production"),
            ("server", "s1"),
            ("mode", ""),
        ]);
        assert_eq!(
            query_pairs(&g, &v),
            vec![
                ("server".to_string(), "s1".to_string()),
                ("date".to_string(), "2026-05-01".to_string())
            ]
        );
    }

    #[test]
    fn environments_are_described_in_words() {
        let mut g = generator();
        assert_eq!(
            g.describe_environment(),
            "Production when NAMESPACE is cpd-production; otherwise another remote environment"
        );
        g.production_when = None;
        assert_eq!(g.describe_environment(), "Production");
        g.touches = Environment::Local;
        assert_eq!(g.describe_environment(), "Your own machine only");
    }

    #[test]
    fn the_production_tag_is_never_followed_by_the_same_word() {
        let mut g = generator();
        let acts_on = |g: &Generator| {
            let a = g.acts_on();
            (a.production, a.after_tag)
        };
        assert_eq!(
            acts_on(&g),
            (
                true,
                "when NAMESPACE is cpd-production; otherwise another remote environment".to_string()
            )
        );
        g.production_when = None;
        assert_eq!(acts_on(&g), (true, String::new()));
        g.touches = Environment::Local;
        assert_eq!(acts_on(&g), (false, "Your own machine only".to_string()));
    }
}

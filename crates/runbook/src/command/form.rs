//! What a generator's form holds: the values a person set once and wants in every generator
//! (remembered in the browser, as versioned text: [`crate::saved_text`]), the values from the address, and how
//! they combine into what [`super::render()`] is given.
//!
//! The site keeps the remembered text in localStorage; this module decides what it means.
//! Saved text is user-influenced (another tab, an old release, a hand edit), so loading
//! never panics: every failure is a [`RememberedError`] the UI shows before starting afresh.

use super::render::Values;
use super::{Environment, Generator, Param, ParamKind};
use crate::date::Date;
use crate::saved_text::{self, TextError};

/// Bump when the stored form changes in a way old data cannot be read as. Version 1 was JSON.
pub const REMEMBERED_SCHEMA_VERSION: u32 = 2;

/// What the stored text says it holds.
const KIND: &str = "values";

/// Why remembered values could not be used; each sentence says what happens next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RememberedError {
    #[error("The values this browser remembered for the command generators could not be read ({0}), so they have been cleared. Enter them again.")]
    Corrupt(String),
    #[error("The values this browser remembered were saved by a different version of the runbook (format {found}, this is {current}), so they have been cleared. Enter them again.")]
    OtherVersion { found: u32, current: u32 },
}

/// Whether a parameter's value is remembered and fills every generator with a parameter of
/// the same name. Names, dates and times are facts about the incident (the namespace, the
/// server, the restore date); a choice is a decision about this one command (enable or
/// disable), so it is never carried over.
pub fn is_remembered(param: &Param) -> bool {
    !matches!(param.kind, ParamKind::Choice { .. })
}

/// Reads the stored text. Empty values are dropped: they mean "nothing remembered".
pub fn load_remembered(text: &str) -> Result<Values, RememberedError> {
    let mut values: Values = saved_text::decode(KIND, REMEMBERED_SCHEMA_VERSION, text).map_err(|e| match e {
        TextError::Damaged(reason) => RememberedError::Corrupt(reason),
        TextError::OtherVersion { found, current } => RememberedError::OtherVersion { found, current },
    })?;
    values.retain(|_, v| !v.trim().is_empty());
    Ok(values)
}

/// The text to store.
pub fn save_remembered(values: &Values) -> String {
    let mut kept = values.clone();
    kept.retain(|_, v| !v.trim().is_empty());
    saved_text::encode(KIND, REMEMBERED_SCHEMA_VERSION, &kept)
}

/// The values a generator renders with: for each parameter, the page's own value (typed on
/// this page, or from the address) wins; else a remembered value when the parameter is
/// remembered; else nothing, so [`super::render()`] uses the default.
pub fn effective_values(generator: &Generator, own: &Values, remembered: &Values) -> Values {
    generator
        .params
        .iter()
        .filter_map(|p| {
            let value = own
                .get(&p.name)
                .or_else(|| remembered.get(&p.name).filter(|_| is_remembered(p)))?;
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

    #[test]
    fn remembered_values_round_trip() {
        let v = values(&[("namespace", "cpd-staging"), ("server", "s1"), ("empty", " ")]);
        let text = save_remembered(&v);
        assert_eq!(
            load_remembered(&text).unwrap(),
            values(&[("namespace", "cpd-staging"), ("server", "s1")])
        );
        // The stored form is pinned (worked out by hand: a count, then each name and value
        // with its length): changing it by accident would clear everyone's values.
        assert_eq!(text, "values/2:AgluYW1lc3BhY2ULY3BkLXN0YWdpbmcGc2VydmVyAnMx");
    }

    #[test]
    fn damaged_or_foreign_storage_is_an_error_not_a_panic() {
        let corrupt = |t: &str| matches!(load_remembered(t), Err(RememberedError::Corrupt(_)));
        assert!(corrupt("not stored text"));
        assert!(corrupt("values/2:!!"));
        assert!(corrupt("drill/2:AA"));
        // A count of one, then a name cut short.
        assert!(corrupt("values/2:AQU"));
        let other = |t: &str, found| load_remembered(t) == Err(RememberedError::OtherVersion { found, current: 2 });
        assert!(other("values/99:", 99));
        // Version 1 was JSON: such text is reported as that version, not as damage.
        assert!(other(r#"{"schema-version":1,"values":{"a":"b"}}"#, 1));
        assert!(other("{not json", 1));
        let message = load_remembered("values/2:%").unwrap_err().to_string();
        assert!(message.contains("cleared"), "{message}");
    }

    #[test]
    fn own_values_win_over_remembered_ones_and_choices_are_not_carried_over() {
        let g = generator();
        let own = values(&[("server", "from-url")]);
        let remembered = values(&[
            ("server", "remembered"),
            ("namespace", "cpd-staging"),
            ("mode", "disable"),
            ("other", "x"),
        ]);
        assert_eq!(
            effective_values(&g, &own, &remembered),
            values(&[("namespace", "cpd-staging"), ("server", "from-url")])
        );
        assert!(is_remembered(&g.params[0]));
        assert!(!is_remembered(&g.params[2]));
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
}

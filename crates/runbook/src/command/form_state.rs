//! One generator's form as a person fills it in: what they typed, which fields they have
//! touched, whether they confirmed a production command; and from that, with the values
//! this browser remembers, what the form shows, including where each pre-filled value came
//! from. The site keeps one [`FormState`] per form on the page and redraws from
//! [`FormState::view`] after every change.

use super::form::{effective_values, field_text, remembered_as, Origin, Remembered, RememberedValue};
use super::render::{pattern_warning, render, FieldError, Rendered, Values};
use super::value::check;
use super::{DateTime, Generator, ParamKind};
use crate::collect::SmallMap;

/// What one form holds between keystrokes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormState {
    /// The values typed on this page, or given by the address, that are not remembered.
    own: Values,
    /// The fields the person has touched, or that arrived filled: a list, as a generator
    /// has a handful.
    touched: Vec<String>,
    /// The fields whose value came from the address, until the person types in them.
    from_address: Vec<String>,
    /// The value each field last sent to the remembered values: a field showing what it
    /// typed itself needs no note saying where it came from.
    set_here: SmallMap<String, String>,
    /// Whether the person confirmed they understand the command runs against production.
    /// Kept while values change, so the output can be redrawn without asking again.
    confirmed: bool,
}

/// What the browser's remembered values should do after an input: a value typed for a
/// remembered parameter fills every parameter that remembers the same meaning, and clearing
/// it clears it everywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remember {
    Set { meaning: String, value: RememberedValue },
    Clear { meaning: String },
    Nothing,
}

/// Where a field's value came from, when the person did not type it on this form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilledFrom {
    /// The page's address (a link someone shared, or a wizard's outcome).
    Address,
    /// The values this browser remembers.
    Remembered(Origin),
}

impl FilledFrom {
    /// The sentence the field shows, as of `now`.
    pub fn sentence(&self, now: DateTime) -> String {
        match self {
            FilledFrom::Address => "Filled in from this page's address (the link you followed).".to_string(),
            FilledFrom::Remembered(origin) => origin.sentence(now),
        }
    }
}

/// What a form shows for its state and the remembered values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormView {
    /// The values the generator renders with (see [`effective_values`]).
    pub values: Values,
    pub result: Result<Rendered, Vec<FieldError>>,
    /// The errors to show: those of fields touched or filled. An untouched empty field is
    /// not yet a mistake, only something still to do.
    pub shown_errors: Vec<FieldError>,
    /// Each pre-filled field (by parameter name) and where its value came from.
    pub filled_from: Vec<(String, FilledFrom)>,
    /// Each field whose value passes its checks but does not look like what the field must
    /// name (by parameter name), with the warning.
    pub field_warnings: Vec<(String, String)>,
}

impl FormState {
    /// A form opening with `initial` values (from the address): values for parameters the
    /// generator does not have, and empty ones, are dropped; the rest count as touched, so
    /// a hostile address shows its errors at once.
    pub fn new(generator: &Generator, initial: Values) -> Self {
        let mut own = initial;
        own.retain(|name, value| generator.param(name).is_some() && !value.is_empty());
        let touched: Vec<String> = own.keys().cloned().collect();
        FormState {
            own,
            from_address: touched.clone(),
            touched,
            set_here: SmallMap::new(),
            confirmed: false,
        }
    }

    /// The person set field `name` to `text` at `now`. A non-empty value of a remembered
    /// parameter goes to the remembered values (and stops being this page's own); anything
    /// else is this page's own, and an emptied remembered value is forgotten everywhere.
    pub fn input(&mut self, generator: &Generator, name: &str, text: &str, now: DateTime) -> Remember {
        let Some(param) = generator.param(name) else {
            return Remember::Nothing;
        };
        if !self.touched.iter().any(|t| t == name) {
            self.touched.push(name.to_string());
        }
        self.from_address.retain(|n| n != name);
        let Some(meaning) = remembered_as(param) else {
            self.own.insert(name.to_string(), text.to_string());
            return Remember::Nothing;
        };
        if !text.trim().is_empty() {
            self.own.remove(name);
            self.set_here.insert(name.to_string(), text.to_string());
            return Remember::Set {
                meaning: meaning.to_string(),
                value: RememberedValue::typed(text, generator, now),
            };
        }
        self.own.insert(name.to_string(), text.to_string());
        self.set_here.remove(name);
        Remember::Clear {
            meaning: meaning.to_string(),
        }
    }

    /// The person pressed Clear beside a pre-filled field: a value from the address goes
    /// (the field then shows what it would without it); a remembered value is forgotten
    /// everywhere, as it is wrong for every field of its meaning. The field is then empty
    /// (or its default) and not yet a mistake.
    pub fn clear(&mut self, generator: &Generator, name: &str) -> Remember {
        let Some(param) = generator.param(name) else {
            return Remember::Nothing;
        };
        self.touched.retain(|n| n != name);
        self.set_here.remove(name);
        if self.from_address.iter().any(|n| n == name) {
            self.from_address.retain(|n| n != name);
            self.own.remove(name);
            return Remember::Nothing;
        }
        self.own.remove(name);
        match remembered_as(param) {
            Some(meaning) => Remember::Clear {
                meaning: meaning.to_string(),
            },
            None => Remember::Nothing,
        }
    }

    /// The person submitted the form: every field counts as touched, so every problem shows.
    pub fn submit(&mut self, generator: &Generator) {
        self.touched = generator.params.iter().map(|p| p.name.clone()).collect();
    }

    pub fn set_confirmed(&mut self, confirmed: bool) {
        self.confirmed = confirmed;
    }

    /// Whether Copy may copy `rendered` now: anything touching production only once the
    /// person has confirmed it.
    pub fn may_copy(&self, rendered: &Rendered) -> bool {
        !rendered.touches_production || self.confirmed
    }

    pub fn confirmed(&self) -> bool {
        self.confirmed
    }

    /// What the form shows, given the browser's remembered values, as of `now`.
    pub fn view(&self, generator: &Generator, remembered: &Remembered, now: DateTime) -> FormView {
        let values = effective_values(generator, &self.own, remembered);
        let result = render(generator, &values, now);
        let shown_errors = match &result {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .iter()
                .filter(|e| {
                    self.touched.contains(&e.param) || values.get(&e.param).is_some_and(|v| !v.trim().is_empty())
                })
                .cloned()
                .collect(),
        };
        let mut filled_from = Vec::new();
        let mut field_warnings = Vec::new();
        for p in &generator.params {
            let name = &p.name;
            if self.own.contains_key(name) {
                if self.from_address.contains(name) {
                    filled_from.push((name.clone(), FilledFrom::Address));
                }
            } else if let Some(r) = remembered_as(p).and_then(|m| remembered.get(m)) {
                if self.set_here.get(name) != Some(&r.value) {
                    filled_from.push((name.clone(), FilledFrom::Remembered(r.origin.clone())));
                }
            }
            let warning = values
                .get(name)
                .filter(|v| !v.trim().is_empty())
                .and_then(|v| check(p, v).ok())
                .and_then(|typed| pattern_warning(p, &typed));
            if let Some(w) = warning {
                field_warnings.push((name.clone(), w));
            }
        }
        FormView {
            values,
            result,
            shown_errors,
            filled_from,
            field_warnings,
        }
    }
}

impl FormView {
    /// Where field `name`'s value came from, if it was pre-filled.
    pub fn filled_from(&self, name: &str) -> Option<&FilledFrom> {
        self.filled_from.iter().find(|(n, _)| n == name).map(|(_, f)| f)
    }

    /// The warning beside field `name`, if its value does not look like what it must name.
    pub fn field_warning(&self, name: &str) -> Option<&str> {
        self.field_warnings
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, w)| w.as_str())
    }

    /// What field `name` shows: its value, else its default (see [`field_text`]).
    pub fn field_text(&self, generator: &Generator, name: &str, now: DateTime) -> String {
        generator
            .param(name)
            .map(|p| field_text(p, &self.values, now.date))
            .unwrap_or_default()
    }

    /// The error shown beside field `name`, if any.
    pub fn field_error(&self, name: &str) -> Option<&str> {
        self.shown_errors
            .iter()
            .find(|e| e.param == name)
            .map(|e| e.message.as_str())
    }

    /// Why there is no command yet, when there is none: the fields still to fill in, or,
    /// once problems show, that they must be fixed first.
    pub fn pending(&self, generator: &Generator) -> Option<String> {
        let Err(errors) = &self.result else {
            return None;
        };
        if !self.shown_errors.is_empty() {
            return Some("There is no command to copy until the problems above are fixed.".to_string());
        }
        let missing: Vec<&str> = errors
            .iter()
            .filter_map(|e| generator.param(&e.param).map(|p| p.label.as_str()))
            .collect();
        Some(format!("Fill in {} to see the command.", join_words(&missing)))
    }
}

/// The id of the control an error about `name` should lead to: a field's own id, or for a
/// choice its first radio (`{id}-0`).
pub fn error_target(generator: &Generator, field_id: &str, name: &str) -> String {
    match generator.param(name).map(|p| &p.kind) {
        Some(ParamKind::Choice { .. }) => format!("{field_id}-0"),
        _ => field_id.to_string(),
    }
}

/// "a", "a and b", "a, b and c".
fn join_words(words: &[&str]) -> String {
    match words {
        [] => "the fields above".to_string(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::testing::{generator, param, text_param};
    use crate::command::{Choice, Environment, Output, Word};

    fn g() -> Generator {
        let mode = param(
            "mode",
            Some("enable"),
            ParamKind::Choice {
                choices: vec![
                    Choice {
                        value: "enable".into(),
                        label: "Enable".into(),
                        renders_as: None,
                    },
                    Choice {
                        value: "disable".into(),
                        label: "Disable".into(),
                        renders_as: None,
                    },
                ],
            },
        );
        let remembered = |mut p: crate::command::Param, meaning: &str| {
            p.remember = Some(meaning.into());
            p
        };
        let mut g = generator(
            vec![
                remembered(text_param("namespace", Some("cpd-.*")), "namespace"),
                remembered(text_param("server", None), "restored-server"),
                mode,
            ],
            Output::Value {
                value: Word::param("server"),
                checks: vec![],
            },
        );
        g.touches = Environment::Production;
        g
    }

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn now() -> DateTime {
        DateTime::from_unix_seconds(1_780_000_000)
    }

    /// Values remembered as typed into "Other" at `now`, by meaning.
    fn remembered(pairs: &[(&str, &str)]) -> Remembered {
        let other = Generator {
            title: "Other".into(),
            ..g()
        };
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), RememberedValue::typed(v, &other, now())))
            .collect()
    }

    #[test]
    fn an_address_fills_and_touches_only_the_generators_own_fields() {
        let g = g();
        let state = FormState::new(&g, values(&[("server", "s1"), ("other", "x"), ("namespace", "")]));
        let view = state.view(&g, &remembered(&[("restored-server", "remembered")]), now());
        assert_eq!(view.values, values(&[("server", "s1")]));
        // The namespace is missing but untouched: no error shows for it yet.
        assert!(view.result.is_err());
        assert_eq!(view.shown_errors, vec![]);
        assert_eq!(view.pending(&g).unwrap(), "Fill in The namespace to see the command.");
        assert_eq!(view.filled_from("server"), Some(&FilledFrom::Address));
    }

    #[test]
    fn remembered_fields_go_to_the_browser_by_meaning_and_choices_stay_on_the_page() {
        let g = g();
        let mut state = FormState::new(&g, values(&[("server", "from-address")]));
        let set = state.input(&g, "server", "s2", now());
        assert_eq!(
            set,
            Remember::Set {
                meaning: "restored-server".into(),
                value: RememberedValue {
                    value: "s2".into(),
                    origin: Origin::Typed {
                        generator: "G".into(),
                        at: now()
                    }
                }
            }
        );
        // The address's value no longer wins: the remembered one shows, and as this form
        // typed it, no note says where it came from.
        let mine = Remembered::from([("restored-server".to_string(), RememberedValue::typed("s2", &g, now()))]);
        let view = state.view(&g, &mine, now());
        assert_eq!(view.values.get("server").map(String::as_str), Some("s2"));
        assert_eq!(view.filled_from("server"), None);
        // Another generator's value for the same meaning is said to be its.
        let view = state.view(&g, &remembered(&[("restored-server", "s3")]), now());
        assert!(
            matches!(view.filled_from("server"), Some(FilledFrom::Remembered(Origin::Typed { generator, .. })) if generator == "Other")
        );

        assert_eq!(
            state.input(&g, "server", " ", now()),
            Remember::Clear {
                meaning: "restored-server".into()
            }
        );
        assert_eq!(state.input(&g, "mode", "disable", now()), Remember::Nothing);
        assert_eq!(state.input(&g, "nonsense", "x", now()), Remember::Nothing);
        let view = state.view(&g, &remembered(&[("mode", "enable")]), now());
        assert_eq!(view.values, values(&[("mode", "disable"), ("server", " ")]));
    }

    #[test]
    fn a_value_remembered_under_another_meaning_never_fills_a_field() {
        let g = g();
        let state = FormState::new(&g, Values::new());
        // What Konduit's "server to connect to" remembered: the live server (issue 23).
        let view = state.view(&g, &remembered(&[("konduit-server", "s189p01-cpdec2-pd-pg")]), now());
        assert_eq!(view.values.get("server"), None);
        assert_eq!(view.filled_from("server"), None);
    }

    #[test]
    fn every_pre_filled_field_says_where_from_and_clears_in_one_go() {
        let g = g();
        let mut state = FormState::new(&g, values(&[("namespace", "cpd-staging")]));
        let memory = remembered(&[("restored-server", "s1-pitr"), ("namespace", "cpd-test")]);
        let view = state.view(&g, &memory, now());
        assert_eq!(view.filled_from("namespace"), Some(&FilledFrom::Address));
        assert_eq!(
            view.filled_from("server").map(|f| f.sentence(now())),
            Some("Remembered from Other, today at 20:26 UTC.".to_string())
        );
        // Clearing the address's value shows the remembered one, and says so.
        assert_eq!(state.clear(&g, "namespace"), Remember::Nothing);
        let view = state.view(&g, &memory, now());
        assert_eq!(view.values.get("namespace").map(String::as_str), Some("cpd-test"));
        assert!(matches!(view.filled_from("namespace"), Some(FilledFrom::Remembered(_))));
        // Clearing a remembered value forgets it everywhere, and the empty field is no error.
        assert_eq!(
            state.clear(&g, "server"),
            Remember::Clear {
                meaning: "restored-server".into()
            }
        );
        let view = state.view(&g, &remembered(&[("namespace", "cpd-test")]), now());
        assert_eq!((view.values.get("server"), view.field_error("server")), (None, None));
    }

    #[test]
    fn a_field_warns_when_its_value_does_not_look_like_what_it_names() {
        let mut g = g();
        g.params[1].warn_unless = Some(crate::command::PatternWarning {
            pattern: crate::command::Pattern::parse(".*-pitr.*").unwrap(),
            message: "Is this the restored server?".into(),
        });
        let state = FormState::new(&g, values(&[("server", "s189p01-cpdec2-pd-pg")]));
        // Shown beside the field even while another field is missing.
        let view = state.view(&g, &Remembered::new(), now());
        assert!(view.result.is_err());
        assert_eq!(view.field_warning("server"), Some("Is this the restored server?"));
        let state = FormState::new(&g, values(&[("server", "s189p01-cpdec2-pd-pg-pitr")]));
        assert_eq!(state.view(&g, &Remembered::new(), now()).field_warning("server"), None);
    }

    #[test]
    fn errors_show_for_touched_or_filled_fields_and_all_after_submit() {
        let g = g();
        let mut state = FormState::new(&g, Values::new());
        let remembered = remembered(&[("namespace", "prod")]);
        let view = state.view(&g, &remembered, now());
        // Filled but wrong shows at once; empty and untouched does not.
        assert_eq!(view.shown_errors.len(), 1);
        assert!(view.field_error("namespace").is_some());
        assert_eq!(view.field_error("server"), None);
        assert_eq!(
            view.pending(&g).unwrap(),
            "There is no command to copy until the problems above are fixed."
        );
        state.submit(&g);
        let view = state.view(&g, &remembered, now());
        assert!(view.field_error("server").is_some());
        assert_eq!(view.field_text(&g, "mode", now()), "enable");
    }

    #[test]
    fn production_output_is_copied_only_once_confirmed() {
        let g = g();
        let mut state = FormState::new(&g, values(&[("server", "s1")]));
        let view = state.view(&g, &remembered(&[("namespace", "cpd-production")]), now());
        let rendered = view.result.expect("renders");
        assert!(rendered.touches_production);
        assert!(!state.may_copy(&rendered));
        state.set_confirmed(true);
        assert!(state.may_copy(&rendered) && state.confirmed());
    }

    #[test]
    fn errors_about_a_choice_lead_to_its_first_radio() {
        let g = g();
        assert_eq!(error_target(&g, "cmd-g-mode", "mode"), "cmd-g-mode-0");
        assert_eq!(error_target(&g, "cmd-g-server", "server"), "cmd-g-server");
    }

    #[test]
    fn missing_fields_are_listed_in_words() {
        assert_eq!(join_words(&[]), "the fields above");
        assert_eq!(join_words(&["A"]), "A");
        assert_eq!(join_words(&["A", "B", "C"]), "A, B and C");
    }
}

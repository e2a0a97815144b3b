//! One generator's form as a person fills it in: what they typed, which fields they have
//! touched, whether they confirmed a production command; and from that, with the values
//! this browser remembers, what the form shows. The site keeps one [`FormState`] per form on
//! the page and redraws from [`FormState::view`] after every change.

use super::form::{effective_values, field_text, is_remembered};
use super::render::{render, FieldError, Rendered, Values};
use super::{DateTime, Generator, ParamKind};

/// What one form holds between keystrokes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormState {
    /// The values typed on this page, or given by the address, that are not remembered.
    own: Values,
    /// The fields the person has touched, or that arrived filled: a list, as a generator
    /// has a handful.
    touched: Vec<String>,
    /// Whether the person confirmed they understand the command runs against production.
    /// Kept while values change, so the output can be redrawn without asking again.
    confirmed: bool,
}

/// What the browser's remembered values should do after an input: a value typed for a
/// remembered parameter fills every generator, and clearing it clears it everywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remember {
    Set { name: String, value: String },
    Clear { name: String },
    Nothing,
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
}

impl FormState {
    /// A form opening with `initial` values (from the address): values for parameters the
    /// generator does not have, and empty ones, are dropped; the rest count as touched, so
    /// a hostile address shows its errors at once.
    pub fn new(generator: &Generator, initial: Values) -> Self {
        let mut own = initial;
        own.retain(|name, value| generator.param(name).is_some() && !value.is_empty());
        let touched = own.keys().cloned().collect();
        FormState {
            own,
            touched,
            confirmed: false,
        }
    }

    /// The person set field `name` to `text`. A non-empty value of a remembered parameter
    /// goes to the remembered values (and stops being this page's own); anything else is
    /// this page's own, and an emptied remembered value is forgotten everywhere.
    pub fn input(&mut self, generator: &Generator, name: &str, text: &str) -> Remember {
        let Some(param) = generator.param(name) else {
            return Remember::Nothing;
        };
        if !self.touched.iter().any(|t| t == name) {
            self.touched.push(name.to_string());
        }
        let remembered = is_remembered(param);
        if remembered && !text.trim().is_empty() {
            self.own.remove(name);
            return Remember::Set {
                name: name.to_string(),
                value: text.to_string(),
            };
        }
        self.own.insert(name.to_string(), text.to_string());
        if remembered {
            Remember::Clear { name: name.to_string() }
        } else {
            Remember::Nothing
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
    pub fn view(&self, generator: &Generator, remembered: &Values, now: DateTime) -> FormView {
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
        FormView {
            values,
            result,
            shown_errors,
        }
    }
}

impl FormView {
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
        let mut g = generator(
            vec![
                text_param("namespace", Some("cpd-.*")),
                text_param("server", None),
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

    #[test]
    fn an_address_fills_and_touches_only_the_generators_own_fields() {
        let g = g();
        let state = FormState::new(&g, values(&[("server", "s1"), ("other", "x"), ("namespace", "")]));
        let view = state.view(&g, &values(&[("server", "remembered")]), now());
        assert_eq!(view.values, values(&[("server", "s1")]));
        // The namespace is missing but untouched: no error shows for it yet.
        assert!(view.result.is_err());
        assert_eq!(view.shown_errors, vec![]);
        assert_eq!(view.pending(&g).unwrap(), "Fill in The namespace to see the command.");
    }

    #[test]
    fn remembered_fields_go_to_the_browser_and_choices_stay_on_the_page() {
        let g = g();
        let mut state = FormState::new(&g, values(&[("server", "from-address")]));
        let set = state.input(&g, "server", "s2");
        assert_eq!(
            set,
            Remember::Set {
                name: "server".into(),
                value: "s2".into()
            }
        );
        // The address's value no longer wins: the remembered one shows.
        let view = state.view(&g, &values(&[("server", "s2")]), now());
        assert_eq!(view.values.get("server").map(String::as_str), Some("s2"));

        assert_eq!(
            state.input(&g, "server", " "),
            Remember::Clear { name: "server".into() }
        );
        assert_eq!(state.input(&g, "mode", "disable"), Remember::Nothing);
        assert_eq!(state.input(&g, "nonsense", "x"), Remember::Nothing);
        let view = state.view(&g, &values(&[("mode", "enable")]), now());
        assert_eq!(view.values, values(&[("mode", "disable"), ("server", " ")]));
    }

    #[test]
    fn errors_show_for_touched_or_filled_fields_and_all_after_submit() {
        let g = g();
        let mut state = FormState::new(&g, Values::new());
        let remembered = values(&[("namespace", "prod")]);
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
        let view = state.view(&g, &values(&[("namespace", "cpd-production")]), now());
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

//! `sitegen wizard-paths`: every way through every wizard, as the core walks it
//! (`runbook::wizard::walk::paths`), in JSON. The browser tests walk each path on the
//! wizard's page of every step, with JavaScript off, and check they reach the outcome the
//! core says, so they follow the content instead of a copy of it.

use runbook::bundle::Runbook;
use runbook::route::Route;
use serde_json::{json, Value};

/// `[{wizard, steps: "/wizards/<id>/steps", paths: [{answers: [{question, answer}], outcome, title}]}]`,
/// the `steps` address without the base path.
pub fn json(runbook: &Runbook) -> Value {
    let wizards: Vec<Value> = runbook
        .wizards
        .iter()
        .map(|w| {
            let paths: Vec<Value> = runbook::wizard::walk::paths(w)
                .into_iter()
                .map(|p| {
                    let answers: Vec<Value> = p
                        .steps
                        .into_iter()
                        .map(|s| json!({ "question": s.text, "answer": s.answer }))
                        .collect();
                    json!({ "answers": answers, "outcome": p.outcome, "title": p.title })
                })
                .collect();
            json!({
                "wizard": w.id,
                "steps": Route::WizardSteps(w.id.clone()).path(),
                "paths": paths,
            })
        })
        .collect();
    Value::Array(wizards)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wizard_has_its_paths_each_ending_at_an_outcome() {
        let runbook = crate::pages::tests::real_runbook();
        let value = json(&runbook);
        let wizards = value.as_array().unwrap();
        assert_eq!(wizards.len(), runbook.wizards.len());
        for (w, listed) in runbook.wizards.iter().zip(wizards) {
            assert_eq!(listed["steps"], format!("/wizards/{}/steps", w.id));
            let paths = listed["paths"].as_array().unwrap();
            assert!(!paths.is_empty(), "{}", w.id);
            for p in paths {
                let outcome = w.outcome(p["outcome"].as_str().unwrap()).unwrap();
                assert_eq!(p["title"], outcome.title.as_str());
                assert!(!p["answers"].as_array().unwrap().is_empty());
            }
        }
    }
}

//! `sitegen wizard-paths`: every way through every wizard, as the core walks it
//! (`runbook::wizard::walk::paths`), in JSON. The browser tests walk each path on the
//! wizard's page of every step, with JavaScript off, and check they reach the outcome the
//! core says, so they follow the content instead of a copy of it. They walk the same paths
//! in the one-file runbook, through the wizard's section there (`in_file`) to the outcome's
//! (`in_file_outcome`).

use runbook::bundle::Runbook;
use runbook::one_file;
use runbook::route::Route;
use serde_json::{json, Value};

/// `[{wizard, steps: "/wizards/<id>/steps", in_file, paths: [{answers: [{question, answer}], outcome,
/// title, in_file_outcome}]}]`, the `steps` address without the base path, the `in_file` ids
/// those of `runbook.html` (`runbook::one_file`).
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
                    let in_file_outcome = format!(
                        "{}{}",
                        one_file::wizard_prefix(&w.id),
                        runbook::wizard::walk::anchor(w, &p.outcome)
                    );
                    json!({ "answers": answers, "outcome": p.outcome, "title": p.title, "in_file_outcome": in_file_outcome })
                })
                .collect();
            json!({
                "wizard": w.id,
                "steps": Route::WizardSteps(w.id.clone()).path(),
                "in_file": one_file::wizard(&w.id),
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
            assert_eq!(listed["in_file"], format!("wizard.{}", w.id));
            let paths = listed["paths"].as_array().unwrap();
            assert!(!paths.is_empty(), "{}", w.id);
            for p in paths {
                let outcome = w.outcome(p["outcome"].as_str().unwrap()).unwrap();
                assert_eq!(p["title"], outcome.title.as_str());
                assert_eq!(p["in_file_outcome"], format!("wizard.{}.outcome-{}", w.id, outcome.id));
                assert!(!p["answers"].as_array().unwrap().is_empty());
            }
        }
    }
}

//! What a page fetches from the build's data folder: one wizard, one generator, one drill
//! scenario, or the labels of the values generators share (and, when the reader asks for
//! it, a wizard's whole tree, drawn by the build). `sitegen postbuild` writes each
//! as its own postcard file; an app fetches only the files its page needs, so no app embeds
//! the runbook and no page's first load grows with the number of wizards, generators or
//! scenarios (README, "Benchmarks and budgets").
//!
//! A file carries what its page shows of other items too (the titles of the wizards an
//! outcome links to; a scenario's injects carry their commands, rendered by the build), so
//! one file is enough.

use crate::bundle::Runbook;
use crate::drill::model::Listing;
use crate::route::Route;
use crate::wizard::Wizard;
use serde::{Deserialize, Serialize};

/// A wizard, with the id and title of every wizard its outcomes suggest next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WizardFile {
    pub wizard: Wizard,
    pub linked: Vec<Listing>,
}

/// Each meaning remembered values are kept under (`namespace`, `restored-server`...: see
/// [`crate::command::Param::remember`]) with the label it is shown under, for the list of
/// remembered values. The first generator (by id) to remember a meaning gives it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ParamLabels(pub Vec<(String, String)>);

impl ParamLabels {
    pub fn of(runbook: &Runbook) -> Self {
        let mut labels: Vec<(String, String)> = Vec::new();
        for p in runbook.generators.iter().flat_map(|g| &g.params) {
            let Some(meaning) = crate::command::form::remembered_as(p) else {
                continue;
            };
            if !labels.iter().any(|(m, _)| m == meaning) {
                labels.push((meaning.to_string(), p.label.clone()));
            }
        }
        ParamLabels(labels)
    }

    /// The label of the values remembered as `name` (a meaning).
    pub fn label(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, label)| label.as_str())
    }
}

impl WizardFile {
    pub fn of(runbook: &Runbook, id: &str) -> Option<Self> {
        let wizard = runbook.wizard(id)?.clone();
        let mut linked: Vec<Listing> = Vec::new();
        for next in wizard.outcomes.iter().flat_map(|o| &o.wizards) {
            if let Some(w) = runbook.wizard(next) {
                if !linked.iter().any(|l| l.id == w.id) {
                    linked.push(Listing {
                        id: w.id.clone(),
                        title: w.title.clone(),
                    });
                }
            }
        }
        Some(WizardFile { wizard, linked })
    }
}

/// One file of the data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataFile {
    /// A [`WizardFile`].
    Wizard(String),
    /// A wizard's tree as the build drew it ([`crate::wizard::diagram::Drawing`]), fetched
    /// only when the reader asks for the whole tree.
    WizardTree(String),
    /// A [`crate::command::Generator`].
    Generator(String),
    /// A [`crate::drill::Scenario`].
    Scenario(String),
    /// The [`ParamLabels`].
    ParamLabels,
    /// Every scenario's id and title ([`Listing`]), for the drills' wheel and start form.
    DrillListings,
    /// A [`crate::message::Message`], for its page's live form.
    Message(String),
}

impl DataFile {
    /// Where it is, inside the folder. The folder's name carries a hash of its contents, so
    /// a page never mixes files from two builds.
    pub fn path(&self) -> String {
        match self {
            DataFile::Wizard(id) => format!("wizards/{id}.bin"),
            DataFile::WizardTree(id) => format!("wizards/{id}.tree.bin"),
            DataFile::Generator(id) => format!("generators/{id}.bin"),
            DataFile::Scenario(id) => format!("drills/{id}.bin"),
            DataFile::ParamLabels => "param-labels.bin".into(),
            DataFile::DrillListings => "drill-listings.bin".into(),
            DataFile::Message(id) => format!("messages/{id}.bin"),
        }
    }

    /// Whether the build may not have it. Only a scenario: a saved drill can name one the
    /// build has since removed, which the drill windows then say. Every other file a page
    /// needs was written by the build that wrote the page, so its absence means the page
    /// and the server are from different builds.
    pub fn may_be_missing(&self) -> bool {
        matches!(self, DataFile::Scenario(_))
    }

    /// What it is, for a sentence about it ("The wizard `lost-data` could not be...").
    pub fn describe(&self) -> String {
        match self {
            DataFile::Wizard(id) => format!("The wizard “{id}”"),
            DataFile::WizardTree(id) => format!("The decision tree of the wizard “{id}”"),
            DataFile::Generator(id) => format!("The command generator “{id}”"),
            DataFile::Scenario(id) => format!("The drill scenario “{id}”"),
            DataFile::ParamLabels => "The names of remembered values".into(),
            DataFile::DrillListings => "The list of drill scenarios".into(),
            DataFile::Message(id) => format!("The message “{id}”"),
        }
    }
}

/// The files the page at `route` and `query` fetches before it draws, given the generators a
/// doc page embeds: the build names them in the page (with no query) so the browser fetches
/// them alongside the app, and the app loads the same list. A drill window's scenario is not
/// among them: which one is in play is known only to the browser.
pub fn files_for(route: &Route, query: &str, embedded_generators: &[&str]) -> Vec<DataFile> {
    match route {
        // The whole tree is a view of the wizard's page that few readers open: only that
        // view fetches its drawing. Every step to it is a page load (it is a link).
        Route::Wizard(id) if crate::wizard::query::view(query) == Some(crate::wizard::query::View::Tree) => {
            vec![DataFile::Wizard(id.clone()), DataFile::WizardTree(id.clone())]
        }
        Route::Wizard(id) => vec![DataFile::Wizard(id.clone())],
        Route::Command(id) => vec![DataFile::Generator(id.clone()), DataFile::ParamLabels],
        Route::Commands => vec![DataFile::ParamLabels],
        Route::Doc(_) => embedded_generators
            .iter()
            .map(|id| DataFile::Generator(id.to_string()))
            .collect(),
        Route::Drills | Route::DrillBriefing(_) => vec![DataFile::DrillListings],
        Route::Message(id) => vec![DataFile::Message(id.clone())],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(route: Route, embedded: &[&str]) -> Vec<String> {
        files_for(&route, "", embedded).iter().map(DataFile::path).collect()
    }

    #[test]
    fn a_page_fetches_its_own_item_and_nothing_else() {
        assert_eq!(paths(Route::Wizard("lost-data".into()), &[]), ["wizards/lost-data.bin"]);
        let tree = files_for(&Route::Wizard("lost-data".into()), "?a=b&view=tree", &[]);
        assert_eq!(
            tree.iter().map(DataFile::path).collect::<Vec<_>>(),
            ["wizards/lost-data.bin", "wizards/lost-data.tree.bin"]
        );
        assert_eq!(
            files_for(&Route::Wizard("lost-data".into()), "?view=check", &[]).len(),
            1
        );
        assert_eq!(
            paths(Route::Command("pitr-dump".into()), &[]),
            ["generators/pitr-dump.bin", "param-labels.bin"]
        );
        assert_eq!(paths(Route::Commands, &[]), ["param-labels.bin"]);
        assert_eq!(
            paths(Route::Doc("konduit".into()), &["install-konduit", "konduit-connect"]),
            ["generators/install-konduit.bin", "generators/konduit-connect.bin"]
        );
        assert_eq!(
            paths(Route::DrillBriefing("notify-down".into()), &[]),
            ["drill-listings.bin"]
        );
        assert_eq!(
            paths(Route::Message("notify-down-support-team".into()), &[]),
            ["messages/notify-down-support-team.bin"]
        );
        assert_eq!(DataFile::Scenario("azure-down".into()).path(), "drills/azure-down.bin");
        assert_eq!(
            DataFile::WizardTree("lost-data".into()).path(),
            "wizards/lost-data.tree.bin"
        );
        assert!(DataFile::Scenario("retired".into()).may_be_missing());
        assert!(!DataFile::Wizard("lost-data".into()).may_be_missing());
        for route in [
            Route::Home,
            Route::Wizards,
            Route::WizardSteps("lost-data".into()),
            Route::Search,
            Route::DrillFacilitator,
            Route::DrillReport,
            Route::Messages,
        ] {
            assert!(files_for(&route, "", &[]).is_empty(), "{route:?}");
        }
    }
}

//! What cross-references may point to: doc sections, wizards and command generators.
//!
//! Wizards, generators and drills link to each other and into the docs. Each compiler
//! checks its references against a [`Known`] built from what compiled before it, so a
//! broken reference fails the build with the file and line of the reference.

use super::Site;
use crate::command::Generator;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Known {
    /// Page slug -> the anchors (heading ids) on that page.
    pub pages: BTreeMap<String, BTreeSet<String>>,
    /// `slug` or `slug#anchor` -> how a link to it reads: "Page title" or
    /// "Page title: Section heading".
    pub labels: BTreeMap<String, String>,
    pub wizards: BTreeSet<String>,
    /// The command generators, compiled before wizards and drills: a reference's parameter
    /// names are checked against them, and wizards and drills check and render the values
    /// they fill in with them.
    pub generators: Vec<Generator>,
    /// The contact groups of `content/site.toml`: id -> name. Messages are for these.
    pub contacts: BTreeMap<String, String>,
}

impl Known {
    pub fn from_site(site: &Site) -> Self {
        Self {
            pages: site
                .pages
                .iter()
                .map(|p| (p.slug.clone(), p.doc.anchors().map(str::to_string).collect()))
                .collect(),
            labels: site
                .pages
                .iter()
                .flat_map(|p| {
                    let headings = p.doc.blocks.iter().filter_map(|b| match b {
                        crate::doc::Block::Heading { id, content, .. } => Some((
                            format!("{}#{id}", p.slug),
                            format!("{}: {}", p.title, crate::doc::plain_text(content)),
                        )),
                        _ => None,
                    });
                    std::iter::once((p.slug.clone(), p.title.clone())).chain(headings)
                })
                .collect(),
            ..Self::default()
        }
    }

    /// How a link to a checked doc reference reads (see [`Known::labels`]).
    pub fn label(&self, reference: &str) -> String {
        self.labels
            .get(reference)
            .cloned()
            .unwrap_or_else(|| reference.to_string())
    }

    /// Checks a doc reference written as `slug` or `slug#anchor`. The error is a sentence.
    pub fn check_doc(&self, reference: &str) -> Result<(), String> {
        let (slug, anchor) = match reference.split_once('#') {
            Some((s, a)) => (s, Some(a)),
            None => (reference, None),
        };
        let Some(anchors) = self.pages.get(slug) else {
            return Err(format!("`{reference}` names the page `{slug}`, which does not exist."));
        };
        match anchor {
            Some(a) if !anchors.contains(a) => Err(format!(
                "`{reference}` names the section `{a}`, which the page `{slug}` does not have. Its sections are: {}.",
                anchors.iter().cloned().collect::<Vec<_>>().join(", ")
            )),
            _ => Ok(()),
        }
    }

    pub fn check_wizard(&self, id: &str) -> Result<(), String> {
        if self.wizards.contains(id) {
            Ok(())
        } else {
            Err(format!("There is no wizard `{id}`."))
        }
    }

    /// Checks a scenario: a page with a `contact` section, which says whom to tell. Gives
    /// the page's title.
    pub fn check_scenario(&self, slug: &str) -> Result<String, String> {
        let Some(anchors) = self.pages.get(slug) else {
            return Err(format!("The scenario `{slug}` is not a page."));
        };
        if !anchors.contains("contact") {
            return Err(format!(
                "The page `{slug}` is not a scenario: a scenario's page has a `## Contact` section saying whom to tell."
            ));
        }
        Ok(self.label(slug))
    }

    /// Checks a contact group's id against `content/site.toml`. Gives the group's name.
    pub fn check_contact(&self, id: &str) -> Result<&str, String> {
        self.contacts.get(id).map(String::as_str).ok_or_else(|| {
            let ids: Vec<&str> = self.contacts.keys().map(String::as_str).collect();
            match ids.as_slice() {
                [] => format!("There is no contact group `{id}`: `content/site.toml` declares none."),
                _ => format!(
                    "There is no contact group `{id}` in `content/site.toml`. Its groups are: {}.",
                    ids.join(", ")
                ),
            }
        })
    }

    /// The generator with this id.
    pub fn generator(&self, id: &str) -> Option<&Generator> {
        self.generators.iter().find(|g| g.id == id)
    }

    /// Checks a generator id and the names of the parameters a reference pre-fills, and
    /// gives the generator.
    pub fn check_generator<'a>(
        &self,
        id: &str,
        params: impl IntoIterator<Item = &'a str>,
    ) -> Result<&Generator, String> {
        let Some(generator) = self.generator(id) else {
            return Err(format!("There is no command generator `{id}`."));
        };
        for p in params {
            if generator.param(p).is_none() {
                let mut names: Vec<&str> = generator.params.iter().map(|p| p.name.as_str()).collect();
                names.sort_unstable();
                return Err(format!(
                    "The command generator `{id}` has no parameter `{p}`. Its parameters are: {}.",
                    names.join(", ")
                ));
            }
        }
        Ok(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known {
        let mut k = Known::default();
        k.pages.insert("azure-down".into(), ["symptoms".to_string()].into());
        k.wizards.insert("lost-data".into());
        k.generators.push(crate::command::Generator {
            id: "konduit".into(),
            ..crate::command::testing::generator(
                vec![crate::command::testing::text_param("namespace", None)],
                crate::command::Output::Value {
                    value: crate::command::Word::param("namespace"),
                    checks: vec![],
                },
            )
        });
        k
    }

    #[test]
    fn doc_references() {
        let k = known();
        assert!(k.check_doc("azure-down").is_ok());
        assert!(k.check_doc("azure-down#symptoms").is_ok());
        assert!(k.check_doc("azure-down#nope").unwrap_err().contains("symptoms"));
        assert!(k.check_doc("gone").is_err());
    }

    #[test]
    fn wizard_and_generator_references() {
        let k = known();
        assert!(k.check_wizard("lost-data").is_ok());
        assert!(k.check_wizard("x").is_err());
        assert!(k.check_generator("konduit", ["namespace"]).is_ok());
        assert!(k
            .check_generator("konduit", ["nope"])
            .unwrap_err()
            .contains("namespace"));
        assert!(k.check_generator("x", []).is_err());
    }
}

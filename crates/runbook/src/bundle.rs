//! The whole runbook as the site embeds it: who it is for, pages, command generators, wizards
//! and drills.
//!
//! [`compile_all`] (feature `compile`) runs the compilers in dependency order, because each
//! kind may reference the ones before it: generators link into the docs; wizards link into
//! the docs and to generators; drills link to all three. Messages name scenario pages and
//! `site.toml`'s contact groups, so they compile with the generators, after both.

use crate::command::Generator;
use crate::content::Site;
use crate::drill::Scenario;
use crate::message::Message;
use crate::wizard::Wizard;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Runbook {
    /// Who the runbook is for (`content/site.toml`).
    pub service: crate::service::Service,
    pub site: Site,
    pub generators: Vec<Generator>,
    pub wizards: Vec<Wizard>,
    pub drills: Vec<Scenario>,
    /// Messages for the contact groups, by scenario (`content/messages/`).
    pub messages: Vec<Message>,
}

impl Runbook {
    pub fn generator(&self, id: &str) -> Option<&Generator> {
        self.generators.iter().find(|g| g.id == id)
    }

    pub fn wizard(&self, id: &str) -> Option<&Wizard> {
        self.wizards.iter().find(|w| w.id == id)
    }

    pub fn drill(&self, id: &str) -> Option<&Scenario> {
        self.drills.iter().find(|d| d.id == id)
    }

    pub fn message(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// The authored files, as read from `content/`.
#[cfg(feature = "compile")]
#[derive(Debug, Clone)]
pub struct Sources {
    /// `content/site.toml`.
    pub service: crate::content::SourceFile,
    pub nav: crate::content::SourceFile,
    pub docs: Vec<crate::content::SourceFile>,
    pub commands: Vec<crate::content::SourceFile>,
    pub wizards: Vec<crate::content::SourceFile>,
    pub drills: Vec<crate::content::SourceFile>,
    /// `content/messages/*.toml`.
    pub messages: Vec<crate::content::SourceFile>,
}

/// Compiles everything. Diagnostics from every kind are returned together; a kind whose
/// dependencies failed is not checked, so one broken page does not bury the editor in
/// follow-on errors about links to it.
#[cfg(feature = "compile")]
pub fn compile_all(sources: &Sources) -> Result<Runbook, Vec<crate::Diagnostic>> {
    use crate::content::known::Known;
    let site = crate::content::compile::compile(&sources.nav, &sources.docs)?;
    let mut diagnostics = Vec::new();
    let mut known = Known::from_site(&site);
    let service = crate::service::compile(&sources.service, &known).unwrap_or_else(|mut d| {
        diagnostics.append(&mut d);
        Default::default()
    });
    // Messages are for the contact groups: checked only when site.toml compiled, so a broken
    // group list does not report every message that names one.
    let service_compiled = diagnostics.is_empty();
    known.contacts = service
        .contacts
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();

    let generators = crate::command::compile_generators(&sources.commands, &known).unwrap_or_else(|mut d| {
        diagnostics.append(&mut d);
        Vec::new()
    });
    known.generators = generators;
    diagnostics.extend(embedded_generator_problems(&site, &sources.docs, &known));
    let messages = if service_compiled {
        crate::message::compile_messages(&sources.messages, &known).unwrap_or_else(|mut d| {
            diagnostics.append(&mut d);
            Vec::new()
        })
    } else {
        Vec::new()
    };
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }

    let mut wizards = crate::wizard::compile::compile_wizards(&sources.wizards, &known).unwrap_or_else(|mut d| {
        diagnostics.append(&mut d);
        Vec::new()
    });
    // An outcome that links to a scenario's page offers that scenario's messages.
    for outcome in wizards.iter_mut().flat_map(|w| w.outcomes.iter_mut()) {
        let slugs: Vec<&str> = outcome.links.iter().map(|l| l.slug.as_str()).collect();
        outcome.messages = crate::message::for_pages(&messages, &slugs)
            .into_iter()
            .map(|m| crate::drill::model::Listing {
                id: m.id.clone(),
                title: m.title.clone(),
            })
            .collect();
    }
    known.wizards = wizards.iter().map(|w| w.id.clone()).collect();
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }

    let drills = crate::drill::compile::compile_drills(&sources.drills, &known)?;
    Ok(Runbook {
        service,
        site,
        generators: known.generators,
        wizards,
        drills,
        messages,
    })
}

/// A fenced block with the language `command` places a live generator in a page; its text
/// is the generator's id.
#[cfg(feature = "compile")]
fn embedded_generator_problems(
    site: &Site,
    docs: &[crate::content::SourceFile],
    known: &crate::content::known::Known,
) -> Vec<crate::Diagnostic> {
    let mut out = Vec::new();
    for page in &site.pages {
        for id in embedded_generators(&page.doc.blocks) {
            if let Err(message) = known.check_generator(id, []) {
                let line = docs
                    .iter()
                    .find(|f| f.path == page.source)
                    .and_then(|f| f.text.lines().position(|l| l.trim() == id).map(|i| i + 1))
                    .unwrap_or(1);
                out.push(crate::Diagnostic::new(
                    &page.source,
                    line,
                    format!("The `command` block names a generator that does not exist. {message}"),
                ));
            }
        }
    }
    out
}

/// Ids of generators embedded in a page with a `command` fenced block, in order.
pub fn embedded_generators(blocks: &[crate::doc::Block]) -> Vec<&str> {
    use crate::doc::Block;
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Code {
                lang: Some(lang), text, ..
            } if lang == "command" => out.push(text.trim()),
            Block::List { items, .. } => items.iter().for_each(|i| out.extend(embedded_generators(i))),
            Block::Callout { blocks, .. } | Block::Quote(blocks) => out.extend(embedded_generators(blocks)),
            _ => {}
        }
    }
    out
}

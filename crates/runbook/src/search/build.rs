//! Builds the index at build time from the compiled runbook: every doc page split into
//! sections at its headings, and every wizard, generator and drill whole.

use super::index::SearchIndex;
use super::Kind;
use crate::bundle::Runbook;
use crate::doc::{blocks_plain_text, plain_text, Block};

/// Indexes every doc section (split at headings), wizard, generator and drill.
pub fn build_index(runbook: &Runbook) -> SearchIndex {
    let mut index = SearchIndex::default();
    for page in &runbook.site.pages {
        let place = index.add_place(Kind::Doc, &page.title, &format!("/docs/{}", page.slug));
        doc_entries(page, place, &mut index);
    }
    let mut whole = |kind, title: &str, path: String, text: Vec<String>| {
        let place = index.add_place(kind, title, &path);
        index.add_entry(place, None, join(text));
    };
    for w in &runbook.wizards {
        let mut text = vec![w.summary.clone()];
        for q in &w.questions {
            text.push(q.text.clone());
            text.extend(q.hint.clone());
        }
        for o in &w.outcomes {
            text.push(o.title.clone());
            text.push(o.body.text.clone());
        }
        whole(Kind::Wizard, &w.title, format!("/wizards/{}", w.id), text);
    }
    for g in &runbook.generators {
        let text = vec![g.description.text.clone()];
        whole(Kind::Generator, &g.title, format!("/commands/{}", g.id), text);
    }
    for d in &runbook.drills {
        let mut text = vec![d.summary.clone()];
        text.extend(d.objectives.iter().cloned());
        text.push(d.situation.text.clone());
        whole(Kind::Drill, &d.title, format!("/drills/{}", d.id), text);
    }
    index
}

fn join(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A page's start (summary and text before the first heading) is one entry; each heading
/// starts another, linked to its anchor. `place` is the page's number in the index.
fn doc_entries(page: &crate::content::Page, place: usize, index: &mut SearchIndex) {
    let mut section: Option<(String, &str)> = None;
    let mut body: Vec<Block> = Vec::new();
    let mut flush = |section: Option<(String, &str)>, body: &mut Vec<Block>| {
        let mut text = if section.is_none() {
            page.summary.clone()
        } else {
            String::new()
        };
        let body_text = blocks_plain_text(body);
        if !body_text.is_empty() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&body_text);
        }
        body.clear();
        index.add_entry(place, section.as_ref().map(|(h, a)| (h.as_str(), *a)), text);
    };
    for block in &page.doc.blocks {
        if let Block::Heading { id, content, .. } = block {
            flush(section.replace((plain_text(content), id)), &mut body);
        } else {
            body.push(block.clone());
        }
    }
    flush(section, &mut body);
}

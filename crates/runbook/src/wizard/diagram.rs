//! The whole tree of a wizard: an SVG drawn from the same data the engine walks, and the
//! same graph as Mermaid or Graphviz text for pasting elsewhere.
//!
//! The layout is deterministic (layers by longest path from the start, nodes in the order
//! the answers list them), so the same wizard always gives the same picture. The SVG uses
//! classes only, never `style=` attributes: the site's CSP forbids inline styles.
//!
//! The build draws each wizard once ([`drawing`]) into [`PathTemplate`]s, and the browser
//! renders them for the reader's journey, which only decides what is highlighted: the path
//! taken so far and where the reader is now.

use super::engine::Journey;
use super::model::Wizard;
use super::path_template::{node_text, PathTemplate, When};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

const NODE_W: i64 = 220;
const NODE_H: i64 = 76;
const GAP_X: i64 = 28;
const GAP_Y: i64 = 64;
const MARGIN: i64 = 16;
const LINE_H: i64 = 15;
const WRAP: usize = 30;
const MAX_LINES: usize = 4;
const EDGE_LABEL: usize = 26;

/// A wizard's tree, drawn by the build: the SVG, Mermaid and Graphviz texts, each to be
/// rendered for a journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drawing {
    pub svg: PathTemplate,
    pub mermaid: PathTemplate,
    pub graphviz: PathTemplate,
}

/// Draws the wizard's tree (at build time: the layout code stays out of the browser).
pub fn drawing(wizard: &Wizard) -> Drawing {
    Drawing {
        svg: svg_template(wizard),
        mermaid: mermaid_template(wizard),
        graphviz: graphviz_template(wizard),
    }
}

/// An arrow of the diagram; answers that lead to the same place share one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edge {
    from: String,
    to: String,
    label: String,
}

struct Graph<'w> {
    wizard: &'w Wizard,
    /// Node ids by layer, in drawing order.
    layers: Vec<Vec<String>>,
    edges: Vec<Edge>,
}

impl<'w> Graph<'w> {
    fn new(wizard: &'w Wizard) -> Self {
        let mut order = vec![wizard.start.clone()];
        let mut edges: Vec<Edge> = Vec::new();
        let mut i = 0;
        while let Some(id) = order.get(i).cloned() {
            i += 1;
            let Some(q) = wizard.question(&id) else {
                continue;
            };
            for (label, next) in q.exits() {
                match edges.iter_mut().find(|e| e.from == id && e.to == next) {
                    Some(e) => {
                        e.label.push_str(" / ");
                        e.label.push_str(&label);
                    }
                    None => edges.push(Edge {
                        from: id.clone(),
                        to: next.to_string(),
                        label,
                    }),
                }
                if !order.iter().any(|n| n == next) {
                    order.push(next.to_string());
                }
            }
        }
        // Longest path from the start; bounded, so bad data cannot loop forever.
        let mut layer: BTreeMap<&str, usize> = order.iter().map(|n| (n.as_str(), 0)).collect();
        for _ in 0..order.len() {
            for e in &edges {
                let candidate = layer.get(e.from.as_str()).copied().unwrap_or(0) + 1;
                if let Some(l) = layer.get_mut(e.to.as_str()) {
                    if candidate > *l && candidate < order.len() {
                        *l = candidate;
                    }
                }
            }
        }
        let depth = layer.values().copied().max().unwrap_or(0);
        let mut layers = vec![Vec::new(); depth + 1];
        for id in &order {
            if let Some(slot) = layer.get(id.as_str()).and_then(|l| layers.get_mut(*l)) {
                slot.push(id.clone());
            }
        }
        Graph { wizard, layers, edges }
    }

    fn text(&self, id: &str) -> String {
        node_text(self.wizard, id)
    }

    fn is_outcome(&self, id: &str) -> bool {
        self.wizard.outcome(id).is_some()
    }
}

/// The wizard as an accessible SVG. With a journey, the path taken so far is drawn with
/// the class `on-path` and the current node with `current`.
pub fn svg(wizard: &Wizard, journey: Option<&Journey>) -> String {
    svg_template(wizard).render(wizard, journey)
}

fn svg_template(wizard: &Wizard) -> PathTemplate {
    let g = Graph::new(wizard);
    let widest = g.layers.iter().map(Vec::len).max().unwrap_or(1) as i64;
    let width = 2 * MARGIN + widest * NODE_W + (widest - 1).max(0) * GAP_X;
    let height = 2 * MARGIN + g.layers.len() as i64 * (NODE_H + GAP_Y) - GAP_Y;
    let mut at: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for (row, ids) in g.layers.iter().enumerate() {
        let row_width = ids.len() as i64 * NODE_W + (ids.len() as i64 - 1).max(0) * GAP_X;
        let left = (width - row_width) / 2;
        for (col, id) in ids.iter().enumerate() {
            at.insert(
                id,
                (
                    left + col as i64 * (NODE_W + GAP_X),
                    MARGIN + row as i64 * (NODE_H + GAP_Y),
                ),
            );
        }
    }
    let prefix = format!("wizard-{}", wizard.id);
    let mut out = PathTemplate::default();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="wizard-diagram" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{prefix}-title {prefix}-desc"><title id="{prefix}-title">{}</title><desc id="{prefix}-desc">{}"#,
        xml(&format!("The decision tree of “{}”", wizard.title)),
        xml(&format!(
            "{} questions and {} outcomes.",
            wizard.questions.len(),
            wizard.outcomes.len()
        )),
    );
    out.steps_xml(" The highlighted path: ", ".");
    let _ = write!(
        out,
        r#"</desc><defs><marker id="{prefix}-arrow" class="wizard-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L8,4 L0,8 z"/></marker></defs>"#
    );
    for e in &g.edges {
        let (Some(&(x1, y1)), Some(&(x2, y2))) = (at.get(e.from.as_str()), at.get(e.to.as_str())) else {
            continue;
        };
        let (x1, y1, x2, y2) = (x1 + NODE_W / 2, y1 + NODE_H, x2 + NODE_W / 2, y2);
        let mid = (y1 + y2) / 2;
        out.push_str(r#"<g class="wizard-edge"#);
        out.when(When::EdgeOnPath(e.from.clone(), e.to.clone()), " on-path");
        let _ = write!(
            out,
            r#""><title>{}</title><path d="M{x1},{y1} C{x1},{mid} {x2},{mid} {x2},{y2}" marker-end="url(#{prefix}-arrow)"/><text class="wizard-edge-label" x="{}" y="{}" text-anchor="middle">{}</text></g>"#,
            xml(&format!("{} → {}: {}", g.text(&e.from), g.text(&e.to), e.label)),
            (x1 + x2) / 2,
            mid + 4,
            xml(&shorten(&e.label, EDGE_LABEL))
        );
    }
    for ids in &g.layers {
        for id in ids {
            let Some(&(x, y)) = at.get(id.as_str()) else {
                continue;
            };
            out.push_str(if g.is_outcome(id) {
                r#"<g class="wizard-node outcome"#
            } else {
                r#"<g class="wizard-node question"#
            });
            out.when(When::OnPath(id.clone()), " on-path");
            out.when(When::Current(id.clone()), " current");
            let text = g.text(id);
            let lines = wrap(&text, WRAP, MAX_LINES);
            let first_y = y + NODE_H / 2 - (lines.len() as i64 - 1) * LINE_H / 2 + 4;
            let _ = write!(
                out,
                r#"" data-node="{}"><title>{}</title><rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="{}"/><text x="{}" y="{first_y}" text-anchor="middle">"#,
                xml(id),
                xml(&text),
                if g.is_outcome(id) { 16 } else { 4 },
                x + NODE_W / 2
            );
            for (i, line) in lines.iter().enumerate() {
                let dy = if i == 0 { 0 } else { LINE_H };
                let _ = write!(out, r#"<tspan x="{}" dy="{dy}">{}</tspan>"#, x + NODE_W / 2, xml(line));
            }
            out.push_str("</text></g>");
        }
    }
    out.push_str("</svg>");
    out
}

/// The wizard as a Mermaid flowchart; the path taken so far gets the class `onPath`.
pub fn mermaid(wizard: &Wizard, journey: Option<&Journey>) -> String {
    mermaid_template(wizard).render(wizard, journey)
}

fn mermaid_template(wizard: &Wizard) -> PathTemplate {
    let g = Graph::new(wizard);
    let id = |n: &str| format!("n_{}", n.replace('-', "_"));
    let label = |s: &str| s.replace('"', "#quot;").replace('\n', " ");
    let mut out = PathTemplate::default();
    let _ = write!(out, "---\ntitle: {}\n---\nflowchart TD\n", label(&wizard.title));
    for n in g.layers.iter().flatten() {
        let text = label(&g.text(n));
        let _ = if g.is_outcome(n) {
            writeln!(out, "    {}([\"{text}\"])", id(n))
        } else {
            writeln!(out, "    {}[\"{text}\"]", id(n))
        };
    }
    for e in &g.edges {
        let _ = writeln!(out, "    {} -->|\"{}\"| {}", id(&e.from), label(&e.label), id(&e.to));
    }
    out.when(When::Journey, "    classDef onPath stroke-width:3px\n");
    let nodes = g
        .layers
        .iter()
        .flatten()
        .map(|n| (When::OnPath(n.clone()), id(n)))
        .collect();
    out.list("    class ", ",", nodes, " onPath\n");
    let links = g
        .edges
        .iter()
        .enumerate()
        .map(|(i, e)| (When::EdgeOnPath(e.from.clone(), e.to.clone()), i.to_string()))
        .collect();
    out.list("    linkStyle ", ",", links, " stroke-width:3px\n");
    out
}

/// The wizard as a Graphviz `digraph`; the path taken so far is drawn bold.
pub fn graphviz(wizard: &Wizard, journey: Option<&Journey>) -> String {
    graphviz_template(wizard).render(wizard, journey)
}

fn graphviz_template(wizard: &Wizard) -> PathTemplate {
    let g = Graph::new(wizard);
    let q = |s: &str| {
        format!(
            "\"{}\"",
            s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
        )
    };
    let mut out = PathTemplate::default();
    let _ = write!(
        out,
        "digraph {} {{\n    label={};\n    rankdir=TB;\n    node [shape=box];\n",
        q(&wizard.id),
        q(&wizard.title)
    );
    for n in g.layers.iter().flatten() {
        let _ = write!(out, "    {} [label={}", q(n), q(&g.text(n)));
        if g.is_outcome(n) {
            out.push_str(", style=rounded");
        }
        out.when(When::OnPath(n.clone()), ", penwidth=3");
        out.push_str("];\n");
    }
    for e in &g.edges {
        let _ = write!(out, "    {} -> {} [label={}", q(&e.from), q(&e.to), q(&e.label));
        out.when(When::EdgeOnPath(e.from.clone(), e.to.clone()), ", penwidth=3");
        out.push_str("];\n");
    }
    out.push_str("}\n");
    out
}

/// SVG text and attributes escape like HTML.
fn xml(text: &str) -> String {
    crate::doc::html::escape(text)
}

/// Greedy word wrap; the last line ends in "…" when text is left over.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    lines
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::engine::{replay, Answers};
    use crate::wizard::testing::two_paths as wizard;

    fn journey() -> Journey {
        let answers: Answers = [
            ("start".to_string(), "a".to_string()),
            ("sure".to_string(), "no".to_string()),
        ]
        .into();
        replay(&wizard(), &answers, None)
    }

    #[test]
    fn svg_is_accessible_escaped_and_highlights_the_path() {
        let svg = svg(&wizard(), Some(&journey()));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(r#"role="img" aria-labelledby="wizard-w-title wizard-w-desc""#));
        assert!(svg.contains("<title id=\"wizard-w-title\">The decision tree of “W &amp; co”</title>"));
        assert!(svg.contains("The highlighted path: Which &lt;one&gt;? A; Sure? No."));
        assert!(svg.contains(r#"<g class="wizard-node question on-path" data-node="start">"#));
        assert!(svg.contains(r#"<g class="wizard-node outcome on-path current" data-node="x">"#));
        assert!(svg.contains(r#"<g class="wizard-node outcome" data-node="y">"#));
        assert_eq!(svg.matches(r#"<g class="wizard-edge on-path">"#).count(), 2);
        assert_eq!(svg.matches(r#"<g class="wizard-edge">"#).count(), 1);
        // Both answers to `sure` lead to x: one arrow, both labels.
        assert!(svg.contains("Yes / No"));
        assert!(!svg.contains("style="), "the CSP forbids inline styles");
        assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
    }

    #[test]
    fn svg_without_a_journey_highlights_nothing_and_is_deterministic() {
        let a = svg(&wizard(), None);
        assert!(!a.contains("on-path") && !a.contains("current"));
        assert_eq!(a, svg(&wizard(), None));
    }

    #[test]
    fn mermaid_export() {
        let text = mermaid(&wizard(), Some(&journey()));
        let expected = "---\ntitle: W & co\n---\nflowchart TD\n    n_start[\"Which <one>?\"]\n    n_sure[\"Sure?\"]\n    n_y([\"Outcome y\"])\n    n_x([\"Outcome x\"])\n    n_start -->|\"A\"| n_sure\n    n_start -->|\"B #quot;quoted#quot;\"| n_y\n    n_sure -->|\"Yes / No\"| n_x\n    classDef onPath stroke-width:3px\n    class n_start,n_sure,n_x onPath\n    linkStyle 0,2 stroke-width:3px\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn graphviz_export() {
        let text = graphviz(&wizard(), None);
        let expected = "digraph \"w\" {\n    label=\"W & co\";\n    rankdir=TB;\n    node [shape=box];\n    \"start\" [label=\"Which <one>?\"];\n    \"sure\" [label=\"Sure?\"];\n    \"y\" [label=\"Outcome y\", style=rounded];\n    \"x\" [label=\"Outcome x\", style=rounded];\n    \"start\" -> \"sure\" [label=\"A\"];\n    \"start\" -> \"y\" [label=\"B \\\"quoted\\\"\"];\n    \"sure\" -> \"x\" [label=\"Yes / No\"];\n}\n";
        assert_eq!(text, expected);
        assert!(graphviz(&wizard(), Some(&journey())).contains("\"sure\" -> \"x\" [label=\"Yes / No\", penwidth=3];"));
    }

    #[test]
    fn the_drawing_the_build_writes_renders_the_same_in_the_browser() {
        let w = wizard();
        let drawn = drawing(&w);
        let sent: Drawing = postcard::from_bytes(&postcard::to_allocvec(&drawn).unwrap()).unwrap();
        assert_eq!(sent, drawn);
        for j in [None, Some(journey())] {
            assert_eq!(sent.svg.render(&w, j.as_ref()), svg(&w, j.as_ref()));
            assert_eq!(sent.mermaid.render(&w, j.as_ref()), mermaid(&w, j.as_ref()));
            assert_eq!(sent.graphviz.render(&w, j.as_ref()), graphviz(&w, j.as_ref()));
        }
    }

    #[test]
    fn wraps_and_shortens_text() {
        assert_eq!(wrap("one two three", 7, 4), ["one two", "three"]);
        assert_eq!(wrap("a b c d e", 3, 2), ["a b", "c…"]);
        assert_eq!(shorten("The whole database has been deleted", 12), "The whole d…");
        assert_eq!(shorten("short", 12), "short");
    }
}

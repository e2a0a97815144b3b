use super::*;
use crate::content::{Page, Review, Site};
use crate::date::Date;
use crate::doc::{Doc, Inline};

fn text(s: &str) -> Vec<Inline> {
    vec![Inline::Text(s.to_string())]
}

fn page(slug: &str, title: &str, blocks: Vec<Block>) -> Page {
    let d = Date::from_days_since_epoch(0);
    Page {
        slug: slug.into(),
        title: title.into(),
        summary: format!("About {title}."),
        review: Review {
            owner: "Team".into(),
            last_reviewed: d,
            review_by: d,
        },
        source: format!("content/docs/{slug}.md"),
        doc: Doc { blocks },
    }
}

fn runbook() -> Runbook {
    let restore = page(
        "point-in-time-restore",
        "Point-in-time restore",
        vec![
            Block::Paragraph(text("Use this when data was lost recently.")),
            Block::Heading {
                level: 2,
                id: "steps".into(),
                content: text("Steps"),
            },
            Block::Paragraph(text(
                "Restore the server to a time before the incident, then check the rows.",
            )),
        ],
    );
    let maintenance = page(
        "maintenance-mode",
        "Maintenance mode",
        vec![
            Block::Heading {
                level: 2,
                id: "enable".into(),
                content: text("Enable maintenance mode"),
            },
            Block::Paragraph(text("Users see a holding page while we work.")),
        ],
    );
    Runbook {
        site: Site {
            nav: Vec::new(),
            pages: vec![restore, maintenance],
        },
        ..Runbook::default()
    }
}

fn paths(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.path.as_str()).collect()
}

fn marked(h: &Highlighted) -> Vec<&str> {
    h.segments().into_iter().filter(|s| s.1).map(|s| s.0).collect()
}

#[test]
fn pages_are_split_into_sections_linked_by_anchor() {
    let index = build_index(&runbook());
    let e: Vec<(&str, &str, &str)> = index
        .entries
        .iter()
        .map(|e| (e.path.as_str(), e.title.as_str(), e.context.as_str()))
        .collect();
    assert_eq!(
        e,
        vec![
            ("/docs/point-in-time-restore", "Point-in-time restore", ""),
            ("/docs/point-in-time-restore#steps", "Steps", "Point-in-time restore"),
            ("/docs/maintenance-mode", "Maintenance mode", ""),
            (
                "/docs/maintenance-mode#enable",
                "Enable maintenance mode",
                "Maintenance mode"
            ),
        ]
    );
    assert!(index.entries[0]
        .text
        .starts_with("About Point-in-time restore. Use this"));
}

#[test]
fn a_word_from_the_body_finds_its_section_and_is_marked() {
    let index = build_index(&runbook());
    let hits = query(&index, "rows");
    assert_eq!(paths(&hits), vec!["/docs/point-in-time-restore#steps"]);
    assert_eq!(marked(&hits[0].snippet), vec!["rows"]);
}

#[test]
fn prefixes_and_small_typos_match() {
    let index = build_index(&runbook());
    let restor = query(&index, "restor");
    assert_eq!(restor[0].path, "/docs/point-in-time-restore", "title match ranks first");
    assert_eq!(marked(&restor[0].title), vec!["restore"]);
    let typo = query(&index, "maintenence");
    assert_eq!(typo[0].path, "/docs/maintenance-mode");
    assert_eq!(marked(&typo[0].title), vec!["Maintenance"]);
    assert_eq!(
        typo[1].path, "/docs/maintenance-mode#enable",
        "a title mostly made of the query ranks first"
    );
}

#[test]
fn typo_allowance_grows_with_word_length() {
    let check = |term: &str, word: &str, expected: bool| {
        assert_eq!(match_word(term, word).is_some(), expected, "{term} ~ {word}");
    };
    check("cat", "cut", false); // too short to forgive
    check("data", "date", true); // one edit at 4 letters
    check("dtaa", "data", true); // a swap is one edit
    check("restore", "rstroe", false); // two edits at 7 letters
    check("maintanence", "maintenance", true); // two edits at 8+
    check("maintenaxxxx", "maintenance", false);
}

#[test]
fn every_word_must_match() {
    let index = build_index(&runbook());
    assert_eq!(query(&index, "restore holding").len(), 0);
    assert_eq!(
        paths(&query(&index, "holding page")),
        vec!["/docs/maintenance-mode#enable"]
    );
    assert!(query(&index, "").is_empty());
    assert!(query(&index, "  --- ").is_empty());
}

#[test]
fn snippets_are_cut_around_the_first_match_with_ellipses() {
    let long: String = (0..60).map(|i| format!("w{i} ")).collect::<String>() + "needle" + &" tail".repeat(40);
    let index = SearchIndex::new(vec![Entry {
        kind: Kind::Doc,
        title: "T".into(),
        context: String::new(),
        path: "/docs/t".into(),
        text: long,
    }]);
    let hit = &query(&index, "needle")[0];
    assert!(hit.snippet.text.starts_with("… w52"), "{}", hit.snippet.text);
    assert!(hit.snippet.text.ends_with(" …"));
    assert_eq!(marked(&hit.snippet), vec!["needle"]);
}

#[test]
fn highlights_survive_non_ascii_text() {
    let index = SearchIndex::new(vec![Entry {
        kind: Kind::Wizard,
        title: "Café – naïve résumé".into(),
        context: String::new(),
        path: "/wizards/x".into(),
        text: String::new(),
    }]);
    let hit = &query(&index, "RÉSUMÉ naive")[0];
    assert_eq!(marked(&hit.title), vec!["naïve", "résumé"]);
}

#[test]
fn words_split_on_punctuation() {
    let w: Vec<String> = words("bin/konduit.sh -n cpd").into_iter().map(|w| w.lower).collect();
    assert_eq!(w, vec!["bin", "konduit", "sh", "n", "cpd"]);
}

#[test]
fn a_prepared_index_answers_as_a_fresh_one_and_survives_json() {
    let index = build_index(&runbook());
    let first = query(&index, "restor");
    assert!(!first.is_empty());
    // The second query reuses the prepared vocabulary; the answer must not change.
    assert_eq!(query(&index, "restor"), first);
    let copy: SearchIndex = serde_json::from_str(&serde_json::to_string(&index).unwrap()).unwrap();
    assert_eq!(copy.entries, index.entries);
    assert_eq!(query(&copy, "restor"), first);
}

#[test]
fn the_count_is_every_match_and_only_the_best_are_returned() {
    let mut rb = runbook();
    for n in 0..(MAX_HITS + 5) {
        rb.site.pages.push(page(
            &format!("extra-{n}"),
            &format!("Extra {n}"),
            vec![Block::Paragraph(text("a needle among many"))],
        ));
    }
    let index = build_index(&rb);
    let found = search(&index, "needle");
    assert!(found.total > MAX_HITS, "{} matches", found.total);
    assert_eq!(found.hits.len(), MAX_HITS);
    assert_eq!(query(&index, "needle"), found.hits);
}

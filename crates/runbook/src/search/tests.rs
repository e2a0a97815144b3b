use super::*;
use crate::bundle::Runbook;
use crate::content::{Page, Review, Site};
use crate::date::Date;
use crate::doc::{Block, Doc, Inline};

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

/// An index of one place, searched whole.
fn one_entry(kind: Kind, title: &str, text: String) -> SearchIndex {
    let mut index = SearchIndex::default();
    let place = index.add_place(kind, title, "/x");
    index.add_entry(place, None, text);
    index
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
    let paths: Vec<String> = (0..index.len()).map(|e| index.path(e)).collect();
    let e: Vec<(&str, &str, &str)> = (0..index.len())
        .map(|e| (paths[e].as_str(), index.title(e), index.context(e)))
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
    assert_eq!(
        index.place_count(),
        2,
        "each page is one place, however many sections it has"
    );
    assert!(index.text(0).starts_with("About Point-in-time restore. Use this"));
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
    let index = one_entry(Kind::Doc, "T", long);
    let hit = &query(&index, "needle")[0];
    assert!(hit.snippet.text.starts_with("… w52"), "{}", hit.snippet.text);
    assert!(hit.snippet.text.ends_with(" …"));
    assert_eq!(marked(&hit.snippet), vec!["needle"]);
}

#[test]
fn highlights_survive_non_ascii_text() {
    let index = one_entry(Kind::Wizard, "Café – naïve résumé", String::new());
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
    assert_eq!(copy, index);
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

#[test]
fn the_file_is_written_column_by_column_with_each_page_once() {
    let index = build_index(&runbook());
    let json: serde_json::Value = serde_json::to_value(&index).unwrap();
    let (places, entries) = (&json["places"], &json["entries"]);
    assert_eq!(
        places["titles"],
        serde_json::json!(["Point-in-time restore", "Maintenance mode"])
    );
    assert_eq!(places["paths"][1], "/docs/maintenance-mode");
    assert_eq!(entries["places"], serde_json::json!([0, 0, 1, 1]));
    assert_eq!(
        entries["headings"],
        serde_json::json!(["", "Steps", "", "Enable maintenance mode"])
    );
    assert_eq!(entries["anchors"], serde_json::json!(["", "steps", "", "enable"]));
    let bytes = postcard::to_allocvec(&index).unwrap();
    assert_eq!(postcard::from_bytes::<SearchIndex>(&bytes).unwrap(), index);
}

#[test]
fn a_section_whose_heading_has_no_words_stays_a_section() {
    let mut index = SearchIndex::default();
    let place = index.add_place(Kind::Doc, "Page", "/docs/page");
    index.add_entry(place, Some(("", "section")), "t".into());
    let copy: SearchIndex = serde_json::from_str(&serde_json::to_string(&index).unwrap()).unwrap();
    assert_eq!(copy, index);
    assert_eq!(index.path(0), "/docs/page#section");
    assert_eq!(index.context(0), "Page");
}

#[test]
fn a_damaged_file_says_what_does_not_add_up() {
    let columns = |kinds: &str, places: &str, texts: &str| {
        format!(
            "{{\"places\":{{\"kinds\":{kinds},\"titles\":[\"A\"],\"paths\":[\"/a\"]}},\
             \"entries\":{{\"places\":{places},\"headings\":[\"\"],\"anchors\":[\"\"],\"texts\":{texts}}}}}"
        )
    };
    let decode = |kinds: &str, places: &str, texts: &str| {
        serde_json::from_str::<SearchIndex>(&columns(kinds, places, texts)).map(|index| index.len())
    };
    let error = |kinds: &str, places: &str, texts: &str| decode(kinds, places, texts).unwrap_err().to_string();
    assert_eq!(decode("[\"doc\"]", "[0]", "[\"t\"]").unwrap(), 1);
    assert_eq!(
        error("[]", "[0]", "[\"t\"]"),
        "the index has 0 kinds of place but 1 titles and 1 paths"
    );
    assert_eq!(
        error("[\"doc\"]", "[0]", "[]"),
        "the index has 1 entries but 1 headings, 1 anchors and 0 texts"
    );
    assert_eq!(
        error("[\"doc\"]", "[3]", "[\"t\"]"),
        "entry 0 points at place 3, but there are 1 places"
    );
}

#[test]
#[should_panic(expected = "a section with no anchor")]
fn a_section_without_an_anchor_is_refused_rather_than_read_back_as_a_start() {
    let mut index = SearchIndex::default();
    let place = index.add_place(Kind::Doc, "Page", "/docs/page");
    index.add_entry(place, Some(("Heading", "")), String::new());
}

#[test]
fn a_question_is_searched_by_the_words_that_carry_meaning() {
    let index = build_index(&runbook());
    let hits = query(&index, "what do we do when the users see a holding page");
    assert_eq!(paths(&hits), vec!["/docs/maintenance-mode#enable"]);
    assert_eq!(
        marked(&hits[0].snippet),
        vec!["Users", "see", "holding", "page"],
        "not \"a\" or \"we\""
    );
    // Only small words: searched as typed, so "the" still finds what holds it.
    assert!(!query(&index, "the").is_empty());
}

#[test]
fn the_stop_words_are_sorted_for_binary_search() {
    assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
}

//! Markdown to [`Doc`]: the one entry point, with fixed options, so every page is parsed
//! the same way. Build time only (feature `compile`).

use super::slug::slugify;
use super::{is_shell, Block, CalloutKind, Doc, Inline, LinkTarget};
use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

/// A link found while parsing, kept with its line so the compiler can check it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    pub target: LinkTarget,
    /// 1-based line in the body text passed to [`parse`].
    pub line: usize,
}

/// A problem in the Markdown itself, with its 1-based line in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub line: usize,
    pub message: String,
}

/// What parsing a page body yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub doc: Doc,
    pub links: Vec<LinkRef>,
    pub problems: Vec<MarkdownProblem>,
}

/// The fixed options every page is parsed with.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_GFM
}

/// The one way Markdown is parsed in this project.
pub fn new_cmark_parser(text: &str) -> Parser<'_> {
    Parser::new_ext(text, options())
}

/// The schemes a link may use: the web and email. Any other (`javascript:`, `data:`,
/// `vbscript:`, `file:`…) a browser would run, or open from somewhere the reader cannot
/// trust, instead of following.
const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// The scheme of `href` in lowercase, as a browser reads it: its URL parser first strips
/// leading and trailing spaces and control characters and removes every tab and newline,
/// so `" JavaScript:"` and `"java\tscript:"` are both `javascript`.
fn scheme(href: &str) -> Option<String> {
    let cleaned: String = href
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// `href` as a diagnostic shows it: control characters (a tab, say) written out.
fn shown(href: &str) -> String {
    href.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Classifies a Markdown link destination.
pub fn classify_href(href: &str) -> Result<LinkTarget, String> {
    if let Some(anchor) = href.strip_prefix('#') {
        return Ok(LinkTarget::Anchor(anchor.to_string()));
    }
    if let Some(scheme) = scheme(href) {
        if ALLOWED_SCHEMES.contains(&scheme.as_str()) {
            return Ok(LinkTarget::External(href.to_string()));
        }
        return Err(format!(
            "The link `{}` uses `{scheme}:`, which a browser would run or open instead of following. Link to a page (`other-page.md`), a section (`#section`), a web address (`https://…`) or an email address (`mailto:…`).",
            shown(href)
        ));
    }
    let (path, anchor) = match href.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (href, None),
    };
    match path.strip_suffix(".md") {
        Some(slug) if !slug.is_empty() && !slug.contains('/') => Ok(LinkTarget::Page {
            slug: slug.to_string(),
            anchor,
        }),
        _ => Err(format!(
            "The link `{}` is neither a page (`other-page.md` or `other-page.md#section`), a section of this page (`#section`) nor a full address (`https://…`).",
            shown(href)
        )),
    }
}

/// How deep lists and block quotes may nest. Real pages nest two or three deep; past this a
/// page is a mistake (or hostile): it is refused where it passes the limit, and the rest of
/// it is not read, so the renderer and search, which follow the nesting, never see it.
pub const MAX_NESTING: usize = 16;

/// Why a page nested too deep is refused, with the limit.
fn too_deep() -> String {
    format!(
        "The lists and block quotes here are nested more than {MAX_NESTING} deep. Flatten them: a reader cannot follow that many levels."
    )
}

/// Parses a page body into the document model.
pub fn parse(text: &str) -> Parsed {
    // CommonMark says U+0000 "must be replaced with the REPLACEMENT CHARACTER (U+FFFD)";
    // pulldown-cmark leaves that to its caller. `doc::prose` relies on no text holding one.
    // Lines stay where they were, so problems keep their line numbers.
    let text = &text.replace('\u{0}', "\u{fffd}");
    let mut builder = Builder::default();
    let parser = new_cmark_parser(text);
    // A definition (`[label]: target`) is checked where it is written, whether or not a link
    // uses it; a link that uses one is then not reported again.
    let mut definitions: Vec<(usize, String)> = parser
        .reference_definitions()
        .iter()
        .map(|(_, def)| (def.span.start, def.dest.to_string()))
        .collect();
    definitions.sort();
    // Where each line ends, to find an offset's line without counting from the start each
    // time (that was quadratic in the length of the page).
    let newlines: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let line_of = |offset: usize| newlines.partition_point(|&nl| nl < offset) + 1;
    for (start, dest) in definitions {
        if let Err(message) = classify_href(&dest) {
            builder.problems.push(MarkdownProblem {
                line: line_of(start),
                message,
            });
        }
    }
    for (event, range) in parser.into_offset_iter() {
        builder.line = line_of(range.start);
        builder.event(event);
        if builder.too_deep {
            break;
        }
    }
    builder.finish()
}

#[derive(Debug)]
enum Kind {
    Root,
    Paragraph,
    Heading {
        level: u8,
        id: Option<String>,
    },
    Quote(Option<CalloutKind>),
    Code {
        lang: Option<String>,
        text: String,
        example: bool,
        /// Where the block starts, for a problem with it.
        line: usize,
    },
    HtmlBlock,
    List {
        start: Option<u64>,
        loose: bool,
    },
    Item {
        loose: bool,
    },
    Table {
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    TableHead {
        cells: Vec<Vec<Inline>>,
    },
    TableRow {
        cells: Vec<Vec<Inline>>,
    },
    TableCell,
    Emphasis,
    Strong,
    Strikethrough,
    Link(Option<LinkTarget>),
    Image,
}

#[derive(Debug)]
struct Frame {
    kind: Kind,
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
}

impl Frame {
    fn new(kind: Kind) -> Self {
        Self {
            kind,
            blocks: Vec::new(),
            inlines: Vec::new(),
        }
    }

    /// Inline content that arrived outside a paragraph (a tight list item) becomes one.
    fn flush_inlines(&mut self) {
        if !self.inlines.is_empty() {
            let inlines = std::mem::take(&mut self.inlines);
            self.blocks.push(Block::Paragraph(inlines));
        }
    }
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    line: usize,
    used_ids: HashSet<String>,
    links: Vec<LinkRef>,
    problems: Vec<MarkdownProblem>,
    /// How many lists and block quotes are open.
    nesting: usize,
    /// Set when they nest past [`MAX_NESTING`]: the page is refused, and parsing stops.
    too_deep: bool,
}

impl Builder {
    fn top(&mut self) -> &mut Frame {
        if self.stack.is_empty() {
            self.stack.push(Frame::new(Kind::Root));
        }
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn push_inline(&mut self, inline: Inline) {
        let top = self.top();
        // Adjacent text merges so the model is not split at every entity or soft break.
        if let (Inline::Text(new), Some(Inline::Text(prev))) = (&inline, top.inlines.last_mut()) {
            prev.push_str(new);
            return;
        }
        top.inlines.push(inline);
    }

    fn push_block(&mut self, block: Block) {
        let top = self.top();
        top.flush_inlines();
        top.blocks.push(block);
    }

    fn open(&mut self, kind: Kind) {
        if matches!(kind, Kind::Quote(_) | Kind::List { .. }) {
            self.nesting += 1;
            if self.nesting > MAX_NESTING && !self.too_deep {
                self.too_deep = true;
                self.problems.push(MarkdownProblem {
                    line: self.line,
                    message: too_deep(),
                });
            }
        }
        if is_block_kind(&kind) {
            self.top().flush_inlines();
        }
        self.stack.push(Frame::new(kind));
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(code) => self.push_inline(Inline::Code(code.to_string())),
            Event::Html(html) | Event::InlineHtml(html) => self.text(&html),
            Event::SoftBreak => self.push_inline(Inline::Text(" ".into())),
            Event::HardBreak => self.push_inline(Inline::LineBreak),
            Event::Rule => self.push_block(Block::Rule),
            Event::TaskListMarker(done) => self.push_inline(Inline::Text(if done { "[x] " } else { "[ ] " }.into())),
            Event::FootnoteReference(label) => self.push_inline(Inline::Text(format!("[^{label}]"))),
            Event::InlineMath(m) | Event::DisplayMath(m) => self.push_inline(Inline::Code(m.to_string())),
        }
    }

    fn text(&mut self, text: &str) {
        if let Kind::Code { text: code, .. } = &mut self.top().kind {
            code.push_str(text);
            return;
        }
        self.push_inline(Inline::Text(text.to_string()));
    }

    fn start(&mut self, tag: Tag<'_>) {
        let kind = match tag {
            Tag::Paragraph => {
                if let Some(Frame {
                    kind: Kind::Item { loose },
                    ..
                }) = self.stack.last_mut()
                {
                    *loose = true;
                }
                Kind::Paragraph
            }
            Tag::Heading { level, id, .. } => Kind::Heading {
                level: heading_level(level),
                id: id.map(|s| s.to_string()),
            },
            Tag::BlockQuote(kind) => Kind::Quote(kind.map(callout_kind)),
            Tag::CodeBlock(kind) => {
                let info = match &kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let mut words = info.split_whitespace();
                Kind::Code {
                    lang: words.next().map(str::to_string),
                    example: words.any(|w| w == "example"),
                    text: String::new(),
                    line: self.line,
                }
            }
            Tag::HtmlBlock => Kind::HtmlBlock,
            Tag::List(start) => Kind::List { start, loose: false },
            Tag::Item => Kind::Item { loose: false },
            Tag::Table(_) => Kind::Table {
                head: Vec::new(),
                rows: Vec::new(),
            },
            Tag::TableHead => Kind::TableHead { cells: Vec::new() },
            Tag::TableRow => Kind::TableRow { cells: Vec::new() },
            Tag::TableCell => Kind::TableCell,
            Tag::Emphasis => Kind::Emphasis,
            Tag::Strong => Kind::Strong,
            Tag::Strikethrough => Kind::Strikethrough,
            Tag::Link {
                link_type, dest_url, ..
            } => match classify_href(&if link_type == LinkType::Email {
                format!("mailto:{dest_url}")
            } else {
                dest_url.to_string()
            }) {
                Ok(target) => {
                    self.links.push(LinkRef {
                        target: target.clone(),
                        line: self.line,
                    });
                    Kind::Link(Some(target))
                }
                Err(message) => {
                    // A link through a definition was reported at the definition.
                    if !matches!(
                        link_type,
                        LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut
                    ) {
                        self.problems.push(MarkdownProblem {
                            line: self.line,
                            message,
                        });
                    }
                    Kind::Link(None)
                }
            },
            Tag::Image { .. } => {
                self.problems.push(MarkdownProblem {
                    line: self.line,
                    message: "Images are not supported: the runbook must read the same with no network and in print. Describe it in words instead.".into(),
                });
                Kind::Image
            }
            Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_) => Kind::Paragraph,
        };
        self.open(kind);
    }

    fn end(&mut self, _tag: TagEnd) {
        let Some(mut frame) = self.stack.pop() else { return };
        if matches!(frame.kind, Kind::Quote(_) | Kind::List { .. }) {
            self.nesting = self.nesting.saturating_sub(1);
        }
        match frame.kind {
            Kind::Root => self.stack.push(frame),
            Kind::Paragraph | Kind::HtmlBlock => {
                if let Some(Inline::Text(last)) = frame.inlines.last_mut() {
                    let trimmed = last.trim_end().len();
                    last.truncate(trimmed);
                }
                if !frame.inlines.is_empty() {
                    self.push_block(Block::Paragraph(frame.inlines));
                }
            }
            Kind::Heading { level, id } => {
                let id = self.unique_id(id.unwrap_or_else(|| slugify(&super::plain_text(&frame.inlines))));
                self.push_block(Block::Heading {
                    level,
                    id,
                    content: frame.inlines,
                });
            }
            Kind::Quote(kind) => {
                frame.flush_inlines();
                self.push_block(match kind {
                    Some(kind) => Block::Callout {
                        kind,
                        blocks: frame.blocks,
                    },
                    None => Block::Quote(frame.blocks),
                });
            }
            Kind::Code {
                lang,
                text,
                example,
                line,
            } => {
                let text = text.trim_end_matches(['\n', '\r']).to_string();
                if is_shell(lang.as_deref()) && !example && text.contains("production") {
                    self.problems.push(MarkdownProblem {
                        line,
                        message: PRODUCTION_EXAMPLE.into(),
                    });
                }
                self.push_block(Block::Code { lang, text, example });
            }
            Kind::List { start, loose } => {
                let items = frame
                    .blocks
                    .into_iter()
                    .filter_map(|b| match b {
                        Block::Quote(item) => Some(item),
                        _ => None,
                    })
                    .collect();
                self.push_block(Block::List {
                    start,
                    tight: !loose,
                    items,
                });
            }
            Kind::Item { loose } => {
                frame.flush_inlines();
                // Items travel to their list wrapped as quotes; the list unwraps them.
                if let Some(Frame {
                    kind: Kind::List { loose: list_loose, .. },
                    ..
                }) = self.stack.last_mut()
                {
                    *list_loose |= loose;
                }
                let top = self.top();
                top.blocks.push(Block::Quote(frame.blocks));
            }
            Kind::Table { head, rows } => self.push_block(Block::Table { head, rows }),
            Kind::TableHead { cells } => {
                if let Some(Frame {
                    kind: Kind::Table { head, .. },
                    ..
                }) = self.stack.last_mut()
                {
                    *head = cells;
                }
            }
            Kind::TableRow { cells } => {
                if let Some(Frame {
                    kind: Kind::Table { rows, .. },
                    ..
                }) = self.stack.last_mut()
                {
                    rows.push(cells);
                }
            }
            Kind::TableCell => {
                if let Some(Frame {
                    kind: Kind::TableHead { cells } | Kind::TableRow { cells },
                    ..
                }) = self.stack.last_mut()
                {
                    cells.push(frame.inlines)
                }
            }
            Kind::Emphasis => self.push_inline(Inline::Emphasis(frame.inlines)),
            Kind::Strong => self.push_inline(Inline::Strong(frame.inlines)),
            Kind::Strikethrough | Kind::Image => {
                for inline in frame.inlines {
                    self.push_inline(inline);
                }
            }
            Kind::Link(target) => match target {
                Some(target) => self.push_inline(Inline::Link {
                    target,
                    content: frame.inlines,
                }),
                None => {
                    for inline in frame.inlines {
                        self.push_inline(inline);
                    }
                }
            },
        }
    }

    fn unique_id(&mut self, base: String) -> String {
        let base = if base.is_empty() { "section".to_string() } else { base };
        let mut id = base.clone();
        let mut n = 2;
        while !self.used_ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    fn finish(mut self) -> Parsed {
        let mut root = match self.stack.drain(..).next() {
            Some(root) => root,
            None => Frame::new(Kind::Root),
        };
        root.flush_inlines();
        Parsed {
            // A page nested too deep is refused whole.
            doc: if self.too_deep {
                Doc::default()
            } else {
                Doc { blocks: root.blocks }
            },
            links: self.links,
            problems: self.problems,
        }
    }
}

/// Why a shell block that names production is refused unless it is marked as an example.
const PRODUCTION_EXAMPLE: &str = "This shell block names production, so a reader could copy it with one click and run \
     it as it stands. Mark it as an example (```sh example```: shown with no Copy button), or use a \
     ```command``` block, whose generator asks for a confirmation before it copies.";

fn is_block_kind(kind: &Kind) -> bool {
    !matches!(
        kind,
        Kind::Emphasis | Kind::Strong | Kind::Strikethrough | Kind::Link(_) | Kind::Image | Kind::TableCell
    )
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn callout_kind(kind: BlockQuoteKind) -> CalloutKind {
    match kind {
        BlockQuoteKind::Note => CalloutKind::Note,
        BlockQuoteKind::Tip => CalloutKind::Tip,
        BlockQuoteKind::Important => CalloutKind::Important,
        BlockQuoteKind::Warning => CalloutKind::Warning,
        BlockQuoteKind::Caution => CalloutKind::Caution,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    fn check(markdown: &str, expected: Vec<Block>) {
        let parsed = parse(markdown);
        assert_eq!(parsed.doc.blocks, expected, "parsing {markdown:?}");
    }

    #[test]
    fn headings_get_unique_slug_ids() {
        check(
            "## Symptoms\n\n## Symptoms\n\n### Custom {#my-id}",
            vec![
                Block::Heading {
                    level: 2,
                    id: "symptoms".into(),
                    content: vec![text("Symptoms")],
                },
                Block::Heading {
                    level: 2,
                    id: "symptoms-2".into(),
                    content: vec![text("Symptoms")],
                },
                Block::Heading {
                    level: 3,
                    id: "my-id".into(),
                    content: vec![text("Custom")],
                },
            ],
        );
    }

    #[test]
    fn soft_breaks_join_text() {
        check("one\ntwo", vec![Block::Paragraph(vec![text("one two")])]);
    }

    #[test]
    fn tight_and_loose_lists() {
        check(
            "- a\n- b `c`",
            vec![Block::List {
                start: None,
                tight: true,
                items: vec![
                    vec![Block::Paragraph(vec![text("a")])],
                    vec![Block::Paragraph(vec![text("b "), Inline::Code("c".into())])],
                ],
            }],
        );
        let loose = parse("3. a\n\n4. b\n");
        assert!(
            matches!(&loose.doc.blocks[0], Block::List { start: Some(3), tight: false, items } if items.len() == 2)
        );
    }

    #[test]
    fn nested_lists_keep_their_text() {
        check(
            "- priority depends on\n  - the data\n",
            vec![Block::List {
                start: None,
                tight: true,
                items: vec![vec![
                    Block::Paragraph(vec![text("priority depends on")]),
                    Block::List {
                        start: None,
                        tight: true,
                        items: vec![vec![Block::Paragraph(vec![text("the data")])]],
                    },
                ]],
            }],
        );
    }

    #[test]
    fn code_blocks_drop_the_trailing_newline_only() {
        check(
            "```sh\n  make install-konduit\n\n```\n",
            vec![Block::Code {
                lang: Some("sh".into()),
                text: "  make install-konduit".into(),
                example: false,
            }],
        );
    }

    #[test]
    fn raw_html_becomes_text() {
        check(
            "<script>alert(1)</script>\n\nHi <b>there</b>",
            vec![
                Block::Paragraph(vec![text("<script>alert(1)</script>")]),
                Block::Paragraph(vec![text("Hi <b>there</b>")]),
            ],
        );
    }

    #[test]
    fn callouts_from_gfm_alerts() {
        let parsed = parse("> [!WARNING]\n> This touches production.");
        assert_eq!(
            parsed.doc.blocks,
            vec![Block::Callout {
                kind: CalloutKind::Warning,
                blocks: vec![Block::Paragraph(vec![text("This touches production.")])]
            }]
        );
    }

    #[test]
    fn links_are_classified_and_located() {
        let parsed =
            parse("Intro\n\nSee [PITR](pitr.md#steps), [below](#contact) and [Azure](https://status.azure.com).");
        let targets: Vec<_> = parsed.links.iter().map(|l| (l.target.clone(), l.line)).collect();
        assert_eq!(
            targets,
            vec![
                (
                    LinkTarget::Page {
                        slug: "pitr".into(),
                        anchor: Some("steps".into())
                    },
                    3
                ),
                (LinkTarget::Anchor("contact".into()), 3),
                (LinkTarget::External("https://status.azure.com".into()), 3),
            ]
        );
        assert!(parsed.problems.is_empty());
    }

    #[test]
    fn bad_links_are_problems_and_keep_their_text() {
        let parsed = parse("a\n\n[x](../other)");
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].line, 3);
        assert_eq!(parsed.doc.blocks[1], Block::Paragraph(vec![text("x")]));
    }

    #[test]
    fn tables() {
        let parsed = parse("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(
            parsed.doc.blocks,
            vec![Block::Table {
                head: vec![vec![text("a")], vec![text("b")]],
                rows: vec![vec![vec![text("1")], vec![text("2")]]],
            }]
        );
    }

    #[test]
    fn images_are_refused() {
        assert_eq!(parse("![diagram](x.png)").problems.len(), 1);
    }

    #[test]
    fn a_shell_block_that_names_production_must_be_marked_as_an_example() {
        let bare = parse("Deploy:\n\n```sh\nmake production terraform-apply\n```\n");
        assert_eq!(bare.problems.len(), 1);
        assert_eq!(bare.problems[0].line, 3, "the line the block starts on");
        assert!(bare.problems[0].message.contains("```sh example```"));
        let marked = parse("```sh example\nmake production terraform-apply\n```\n");
        assert!(marked.problems.is_empty());
        assert_eq!(
            marked.doc.blocks,
            vec![Block::Code {
                lang: Some("sh".into()),
                text: "make production terraform-apply".into(),
                example: true,
            }]
        );
        // Only shell blocks: a log or a generator's id is not a command to paste.
        assert!(parse("```text\nproduction is down\n```\n").problems.is_empty());
        assert!(parse("```sh\nmake staging terraform-apply\n```\n").problems.is_empty());
    }

    fn problem_lines(markdown: &str) -> Vec<(usize, String)> {
        parse(markdown)
            .problems
            .into_iter()
            .map(|p| (p.line, p.message))
            .collect()
    }

    #[test]
    fn links_that_a_browser_would_run_are_refused_at_their_line() {
        let hostile = [
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x](java&#9;script:alert(1))",
            "[x](&#32;javascript:alert(1))",
            "[x](<\u{1}javascript:alert(1)>)",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](VBScript:msgbox)",
            "<javascript:alert(1)>",
            "<DATA:text/html,x>",
        ];
        for link in hostile {
            let got = problem_lines(&format!("Intro\n\nSee {link} now."));
            assert_eq!(got.len(), 1, "{link:?}: {got:?}");
            assert_eq!(got[0].0, 3, "{link:?}");
            assert!(
                got[0].1.contains("which a browser would run or open"),
                "{link:?}: {}",
                got[0].1
            );
            assert!(
                parse(&format!("See {link}.")).links.is_empty(),
                "{link:?} is not a link"
            );
        }
        // A definition is reported where it is written, used or not, and its use is not
        // reported again.
        let defined = problem_lines("See [the fix][fix].\n\n[fix]: javascript:alert(1)\n[unused]:  data:x\n");
        assert_eq!(defined.len(), 2, "{defined:?}");
        assert_eq!((defined[0].0, defined[1].0), (3, 4));
        assert!(defined[0].1.contains("`javascript:`") && defined[1].1.contains("`data:`"));
        // An image is refused whatever its target.
        assert!(!problem_lines("![x](javascript:alert(1))").is_empty());
        // The web and email are links.
        for ok in [
            "[x](https://status.azure.com)",
            "[x](HTTP://example.test)",
            "[x](mailto:team@example.test)",
            "<https://example.test>",
            "<team@example.test>",
            "[x][ok]\n\n[ok]: https://example.test",
        ] {
            let parsed = parse(ok);
            assert!(parsed.problems.is_empty(), "{ok:?}: {:?}", parsed.problems);
            assert!(
                matches!(
                    parsed.links[..],
                    [LinkRef {
                        target: LinkTarget::External(_),
                        ..
                    }]
                ),
                "{ok:?}"
            );
        }
        assert_eq!(
            parse("<team@example.test>").links[0].target,
            LinkTarget::External("mailto:team@example.test".into())
        );
    }

    /// `levels` lists, each inside an item of the one before, one line per level.
    fn nested_lists(levels: usize) -> String {
        (0..levels)
            .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
            .collect()
    }

    #[test]
    fn lists_and_quotes_nested_past_the_limit_are_refused_where_they_pass_it() {
        let deep = problem_lines(&format!("Intro\n\n{}", nested_lists(MAX_NESTING + 1)));
        assert_eq!(deep, vec![(MAX_NESTING + 3, too_deep())]);
        assert!(parse(&nested_lists(MAX_NESTING)).problems.is_empty());
        let quotes = |n: usize| format!("{} deep\n", ">".repeat(n));
        assert_eq!(problem_lines(&quotes(MAX_NESTING + 1)), vec![(1, too_deep())]);
        assert!(parse(&quotes(MAX_NESTING)).problems.is_empty());
        // Quotes and lists count together.
        assert_eq!(
            problem_lines(&format!("a\n\n{}", "> - ".repeat(MAX_NESTING / 2 + 1))),
            vec![(3, too_deep())]
        );
    }

    #[test]
    fn two_thousand_levels_are_refused_at_once() {
        // Issue 24.3: this took over 40 s (each event's line was counted from the start of
        // the page). One line per level, and all on one line.
        assert_eq!(problem_lines(&nested_lists(2000)), vec![(MAX_NESTING + 1, too_deep())]);
        assert_eq!(
            problem_lines(&format!("a\n\n{}x\n", "- ".repeat(2000))),
            vec![(3, too_deep())]
        );
        assert_eq!(
            problem_lines(&format!("{}x\n", "> ".repeat(2000))),
            vec![(1, too_deep())]
        );
        assert!(parse(&nested_lists(2000)).doc.blocks.is_empty());
    }

    #[test]
    fn a_code_block_that_looks_like_markers_is_not_nesting() {
        let yaml: String = (0..30).map(|i| format!("{}- key{i}:\n", "  ".repeat(i))).collect();
        let parsed = parse(&format!("```yaml\n{yaml}```\n"));
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    }
}

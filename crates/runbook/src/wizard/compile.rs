//! The wizard compiler: `content/wizards/*.toml` in, validated [`Wizard`]s or every
//! diagnostic out. Build time only (feature `compile`). Pure: the caller reads the files.
//!
//! Beyond the schema, the graph is checked: every `next` names a node, every node can be
//! reached, nothing loops, and every answer leads on, so every path ends in an outcome.

use super::model::{
    AnswerForm, AnswerParam, Choice, CommandLink, DateRule, DocLink, Outcome, Question, QuestionKind, Serves, Service,
    Wizard,
};
use super::query::RESERVED_KEYS;
use crate::content::known::Known;
use crate::content::toml::{self, file_stem, First, Mistake, Reader, Table};
use crate::content::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::doc::Prose;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use toml::Spanned;

/// A decision wizard: one question a page, ending at an outcome (`/wizards/<file name>`).
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawWizard {
    /// The wizard's name, in lists and its tree.
    #[schemars(required)]
    title: Option<Spanned<String>>,
    /// One sentence saying what it helps decide.
    #[schemars(required)]
    summary: Option<Spanned<String>>,
    /// The id of the question it starts with.
    #[schemars(required)]
    start: Option<Spanned<String>>,
    /// The one thing it decides (a slug).
    decides: Option<Spanned<String>>,
    /// Leads the home page ("Something is broken? Start here"); at most one wizard.
    start_here: Option<Spanned<bool>>,
    /// "Decide and act" boxes near the top of pages.
    #[serde(default)]
    serves: Vec<Spanned<RawServes>>,
    /// The questions.
    #[serde(default)]
    #[schemars(required)]
    question: Vec<Spanned<RawQuestion>>,
    /// The ends.
    #[serde(default)]
    #[schemars(required)]
    outcome: Vec<Spanned<RawOutcome>>,
}

/// A "Decide and act" box near the top of a page.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawServes {
    /// The page's slug (no section).
    #[schemars(required)]
    page: Option<Spanned<String>>,
    #[serde(default)]
    answers: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    commands: Vec<Spanned<String>>,
}

/// A question.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawQuestion {
    /// The key of its answer in the address: a slug, unique among questions and outcomes.
    #[schemars(required)]
    id: Option<Spanned<String>>,
    /// The question.
    #[schemars(required)]
    text: Option<Spanned<String>>,
    /// A hint under it.
    hint: Option<Spanned<String>>,
    /// What is asked: `choice`, `yes-no` or `date-time`.
    #[schemars(required)]
    kind: Option<Spanned<String>>,
    #[serde(default)]
    option: Vec<Spanned<RawOption>>,
    yes: Option<Spanned<String>>,
    no: Option<Spanned<String>>,
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
    otherwise: Option<Spanned<String>>,
    since: Option<Spanned<String>>,
}

/// An answer to a choice question.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOption {
    /// The answer in the address: a slug, unique.
    #[schemars(required)]
    value: Option<Spanned<String>>,
    /// The answer as shown.
    #[schemars(required)]
    label: Option<Spanned<String>>,
    next: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRule {
    older_than_days: Option<Spanned<i64>>,
    older_than_hours: Option<Spanned<i64>>,
    next: Option<Spanned<String>>,
}

/// An end of the wizard.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOutcome {
    /// Its key: a slug, unique.
    #[schemars(required)]
    id: Option<Spanned<String>>,
    /// What to do, as a heading.
    #[schemars(required)]
    title: Option<Spanned<String>>,
    service: Option<Spanned<String>>,
    /// What to do and why, in Markdown.
    #[schemars(required)]
    body: Option<Spanned<String>>,
    #[serde(default)]
    steps: Vec<Spanned<String>>,
    #[serde(default)]
    contacts: Vec<Spanned<String>>,
    #[serde(default)]
    wizards: Vec<Spanned<String>>,
    #[serde(default)]
    decides: Vec<Spanned<String>>,
    loses_data_after: Option<Spanned<String>>,
    #[serde(default)]
    link: Vec<Spanned<RawLink>>,
    #[serde(default)]
    command: Vec<Spanned<RawCommand>>,
}

/// A link into the runbook.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLink {
    /// A page reference, `slug` or `slug#section`.
    #[schemars(required)]
    to: Option<Spanned<String>>,
    /// The link's text.
    #[schemars(required)]
    label: Option<Spanned<String>>,
}

/// A link to a generator, filled in.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCommand {
    /// The generator's id.
    #[schemars(required)]
    generator: Option<Spanned<String>>,
    /// The link's text.
    #[schemars(required)]
    label: Option<Spanned<String>>,
    #[serde(default)]
    params: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    from_answers: BTreeMap<String, Spanned<String>>,
}

/// The decision an outcome makes by saying whether to stop the service (`service`), and so
/// the decision of a wizard that asks only that.
pub const STOP_THE_SERVICE: &str = "stop-the-service";

/// What a wizard decides, and what each outcome decided and suggests next: checked across
/// the batch once every wizard has compiled, since outcomes suggest other wizards.
struct Decisions {
    decides: Option<(String, usize)>,
    /// The line of `start-here = true`, if the wizard says it.
    start_here: Option<usize>,
    outcomes: Vec<OutcomeDecisions>,
}

struct OutcomeDecisions {
    id: String,
    /// Each decision made, with how the outcome makes it (for the sentence).
    decided: Vec<(String, String)>,
    /// Each `decides` entry, to check it names a decision some wizard makes.
    declared: Vec<(String, usize)>,
    /// Each wizard suggested, with its line.
    suggests: Vec<(String, usize)>,
}

/// An answer an outcome reads (a command's field, the data a restore loses): the question
/// must be answered on every path to the outcome.
struct Reads {
    /// The outcome or question that reads it.
    node: String,
    question: String,
    /// "`from-answers` fills `timestamp` from": completed by the question's id.
    what: String,
    line: usize,
}

/// Compiles every wizard file. All problems are reported at once, sorted by file and line.
/// Wizards may link to each other, so `known.wizards` is widened with this batch's ids.
pub fn compile_wizards(files: &[SourceFile], known: &Known) -> Result<Vec<Wizard>, Vec<Diagnostic>> {
    let mut known = known.clone();
    known
        .wizards
        .extend(files.iter().map(|f| file_stem(&f.path).to_string()));
    let mut diagnostics = Vec::new();
    let mut wizards = Vec::new();
    let mut first_with_id: HashMap<&str, &str> = HashMap::new();
    for file in files {
        let id = file_stem(&file.path);
        if let Some(first) = first_with_id.insert(id, &file.path) {
            let mistake = Mistake::Duplicate {
                what: "wizard id",
                id,
                first: First::File(first),
            };
            diagnostics.push(Diagnostic::new(&file.path, 1, mistake.to_string()));
        }
        match compile_wizard(file, &known) {
            Ok((w, d)) => wizards.push((w, d)),
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    if diagnostics.is_empty() {
        check_decisions(files, &wizards, &mut diagnostics);
        // The home page leads with one wizard, so only one may ask to.
        let mut first: Option<&str> = None;
        for (w, d) in &wizards {
            let Some(line) = d.start_here else { continue };
            match first {
                None => first = Some(&w.id),
                Some(other) => diagnostics.push(Diagnostic::new(
                    &w.source,
                    line,
                    format!("`start-here` is already set by the wizard `{other}`: the home page leads with one wizard. Remove it from one of them."),
                )),
            }
        }
    }
    let mut wizards: Vec<Wizard> = wizards.into_iter().map(|(w, _)| w).collect();
    if diagnostics.is_empty() {
        wizards.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(wizards)
    } else {
        diagnostics.sort();
        diagnostics.dedup();
        Err(diagnostics)
    }
}

/// The file being compiled and the problems found in it so far.
struct Ctx<'a> {
    r: Reader<'a>,
    known: &'a Known,
}

/// An edge of the graph, kept with where it was written so problems point there.
struct Edge {
    from: String,
    /// How the edge is described in a sentence: "The option `x`", "Answering yes".
    how: String,
    to: String,
    line: usize,
}

/// The wizard's graph as it is read: each node's id with its line, and the edges.
#[derive(Default)]
struct Graph {
    ids: BTreeMap<String, usize>,
    edges: Vec<Edge>,
}

impl Graph {
    /// Claims a node id, reporting a duplicate. `false` when the id cannot be used.
    fn claim(&mut self, cx: &mut Ctx<'_>, id: &str, line: usize) -> bool {
        if let Some(first) = self.ids.get(id) {
            cx.r.duplicate(line, "id", id, First::Line(*first));
            return false;
        }
        self.ids.insert(id.to_string(), line);
        cx.r.check_slug("id", id, line)
    }

    /// The node an answer leads to (`next`, `yes`…), kept as an edge from `from`; a missing
    /// one is reported at `line` with the `missing` sentence.
    fn lead(
        &mut self,
        cx: &mut Ctx<'_>,
        from: &str,
        how: String,
        next: Option<Spanned<String>>,
        (line, missing): (usize, String),
    ) -> Option<String> {
        let Some(next) = next else {
            cx.push(line, missing);
            return None;
        };
        let line = cx.line(&next);
        let to = next.into_inner();
        self.edges.push(Edge {
            from: from.to_string(),
            how,
            to: to.clone(),
            line,
        });
        Some(to)
    }
}

impl Ctx<'_> {
    fn line<T>(&self, s: &Spanned<T>) -> usize {
        self.r.line(s)
    }

    fn push(&mut self, line: usize, message: impl Into<String>) {
        self.r.problem(line, message);
    }

    /// A required, non-empty string; `None` (reported) when missing or blank.
    fn required(&mut self, value: Option<Spanned<String>>, table: &Table, key: &str) -> Option<(String, usize)> {
        self.r.required(value, table, key, "\"…\"")
    }

    /// Compiles a Markdown field, checking its links against the runbook's pages, and renders
    /// it as the site shows it.
    fn markdown(&mut self, value: &Spanned<String>) -> Prose {
        let parsed = self.r.markdown(value, self.known, "wizard");
        let known = self.known;
        Prose::render(&parsed.doc, &|id| known.generator(id).map(|g| g.title.clone()))
    }
}

/// A next step must not ask what its outcome has already decided: an outcome that says
/// whether to stop the service (or declares `decides`) cannot suggest a wizard that
/// `decides` the same thing. And every decision declared is one some wizard makes.
fn check_decisions(files: &[SourceFile], wizards: &[(Wizard, Decisions)], diagnostics: &mut Vec<Diagnostic>) {
    let decides: BTreeMap<&str, &str> = wizards
        .iter()
        .filter_map(|(w, d)| d.decides.as_ref().map(|(x, _)| (w.id.as_str(), x.as_str())))
        .collect();
    let mut known: BTreeSet<&str> = decides.values().copied().collect();
    known.insert(STOP_THE_SERVICE);
    let known_list = known.iter().map(|d| format!("`{d}`")).collect::<Vec<_>>().join(", ");
    for (wizard, d) in wizards {
        let path = files
            .iter()
            .find(|f| file_stem(&f.path) == wizard.id)
            .map_or(wizard.source.as_str(), |f| f.path.as_str());
        for o in &d.outcomes {
            for (decision, line) in &o.declared {
                if !known.contains(decision.as_str()) {
                    diagnostics.push(Diagnostic::new(
                        path,
                        *line,
                        format!("The outcome `{}` decides `{decision}`, which no wizard decides. The decisions are: {known_list}.", o.id),
                    ));
                }
            }
            for (suggested, line) in &o.suggests {
                let Some(decision) = decides.get(suggested.as_str()) else {
                    continue;
                };
                if let Some((_, how)) = o.decided.iter().find(|(x, _)| x == decision) {
                    diagnostics.push(Diagnostic::new(
                        path,
                        *line,
                        format!(
                            "The outcome `{}` already decides `{decision}` ({how}), so it cannot suggest the wizard `{suggested}`, which decides the same thing: the next step would ask what the outcome has said. Remove `{suggested}` from its `wizards`.",
                            o.id
                        ),
                    ));
                }
            }
        }
    }
}

fn compile_wizard(file: &SourceFile, known: &Known) -> Result<(Wizard, Decisions), Vec<Diagnostic>> {
    let raw: RawWizard = toml::parse(file, &[]).map_err(|d| vec![d])?;
    let mut cx = Ctx {
        r: Reader::new(file),
        known,
    };
    let id = cx.r.stem().to_string();
    cx.r.check_slug("wizard id (from the file name)", &id, 1);
    let top = Table::top("the wizard");
    let title = cx.required(raw.title, &top, "title");
    let summary = cx.required(raw.summary, &top, "summary");
    let start = cx.required(raw.start, &top, "start");
    // Optional: a wizard that declares no decision is never refused as a next step.
    let decides = raw.decides.map(|d| (d.get_ref().trim().to_string(), cx.line(&d)));
    if let Some((d, line)) = &decides {
        cx.r.check_slug("decision", d, *line);
    }
    // Taken before compiling, so a question with a mistake of its own still counts as one.
    let question_ids: BTreeSet<String> = raw
        .question
        .iter()
        .filter_map(|q| q.get_ref().id.as_ref())
        .map(|id| id.get_ref().trim().to_string())
        .collect();
    let mut graph = Graph::default();
    let mut reads = Vec::new();
    let questions = compile_questions(&mut cx, raw.question, &mut graph, &mut reads);
    let (outcomes, decisions): (Vec<_>, Vec<_>) = raw
        .outcome
        .into_iter()
        .filter_map(|o| compile_outcome(&mut cx, o, &mut graph, &questions, &mut reads))
        .unzip();
    if let Some((start, line)) = &start {
        check_start(&mut cx, start, *line, &graph, &question_ids);
    }
    check_edges_lead_somewhere(&mut cx, &graph);
    // With a node or an edge missing, "cannot be reached" would mostly repeat a problem
    // already reported, so reachability waits until everything else is right.
    if let (Some((start, _)), true) = (&start, cx.r.problems.is_empty()) {
        check_reachable(&mut cx, start, &graph.ids, &graph.edges);
        check_reads(&mut cx, start, &graph.edges, &reads);
    }
    check_cycles(&mut cx, &graph.ids, &graph.edges);

    let start_here = raw.start_here.filter(|s| *s.get_ref()).map(|s| cx.line(&s));
    let serves = compile_serves(&mut cx, raw.serves, &questions);
    let (Some((title, _)), Some((summary, _)), Some((start, _)), true) =
        (title, summary, start, cx.r.problems.is_empty())
    else {
        return cx.r.finish(None);
    };
    let wizard = Wizard {
        id,
        title,
        summary,
        start,
        questions,
        outcomes,
        source: file.path.clone(),
        start_here: start_here.is_some(),
        serves: serves.iter().map(|(s, _)| s.clone()).collect(),
    };
    check_serves_answers(&mut cx, &wizard, &serves);
    let decisions = Decisions {
        decides,
        start_here,
        outcomes: decisions,
    };
    cx.r.finish(Some((wizard, decisions)))
}

/// Every question that compiles, each with the question whose date it counts from
/// (`since`) checked once all are known.
fn compile_questions(
    cx: &mut Ctx<'_>,
    raw: Vec<Spanned<RawQuestion>>,
    graph: &mut Graph,
    reads: &mut Vec<Reads>,
) -> Vec<Question> {
    let mut questions = Vec::new();
    let mut sinces = Vec::new();
    for raw_q in raw {
        let table_line = cx.line(&raw_q);
        let raw_q = raw_q.into_inner();
        let since = raw_q
            .since
            .as_ref()
            .map(|s| (s.get_ref().trim().to_string(), cx.line(s)));
        if let Some(q) = compile_question(cx, raw_q, table_line, graph) {
            if let Some((since, line)) = since {
                sinces.push((q.id.clone(), since, line));
            }
            questions.push(q);
        }
    }
    for (question, since, line) in sinces {
        match questions.iter().find(|q| q.id == since).map(|q| &q.kind) {
            Some(QuestionKind::DateTime { .. }) => reads.push(Reads {
                node: question.clone(),
                question: since.clone(),
                what: "`since` reads the answer to".into(),
                line,
            }),
            Some(_) => cx.push(line, format!("`since` names `{since}`, which is not a `date-time` question: a page can only count from a date and time.")),
            None => cx.push(line, format!("`since` names `{since}`, but this wizard has no question with that id.")),
        }
        if let Some(q) = questions.iter_mut().find(|q| q.id == question) {
            q.since = Some(since);
        }
    }
    questions
}

/// `start` names a question of this wizard.
fn check_start(cx: &mut Ctx<'_>, start: &str, line: usize, graph: &Graph, question_ids: &BTreeSet<String>) {
    if question_ids.contains(start) {
        return;
    }
    if graph.ids.contains_key(start) {
        cx.push(
            line,
            format!("`start` names `{start}`, which is an outcome. A wizard starts with a question."),
        );
        return;
    }
    let question_ids = question_ids.iter().map(String::as_str).collect();
    cx.push(
        line,
        format!(
            "`start` names `{start}`, but this wizard has no question with that id.{}",
            listing(&question_ids)
        ),
    );
}

/// Every `next` names a question or an outcome.
fn check_edges_lead_somewhere(cx: &mut Ctx<'_>, graph: &Graph) {
    let all_ids: BTreeSet<&str> = graph.ids.keys().map(String::as_str).collect();
    for edge in &graph.edges {
        if !graph.ids.contains_key(&edge.to) {
            cx.push(
                edge.line,
                format!(
                    "{} leads to `{}`, but this wizard has no question or outcome with that id.{}",
                    edge.how,
                    edge.to,
                    listing(&all_ids)
                ),
            );
        }
    }
}

/// A page's answers must be ones the wizard would take, in an order it asks.
fn check_serves_answers(cx: &mut Ctx<'_>, wizard: &Wizard, serves: &[(Serves, usize)]) {
    for (s, line) in serves {
        let journey = super::engine::replay(wizard, &s.answers, None);
        if let Some(ignored) = journey.ignored.first() {
            cx.push(
                *line,
                format!(
                    "The answer `{}` to `{}` for the page `{}` is not one this wizard would take on its way there: give answers to the questions it asks first, in turn.",
                    ignored.value, ignored.question, s.page
                ),
            );
        }
    }
}

/// The pages a wizard decides for, each with the line of its table, checked against the
/// runbook's pages, this wizard's questions and the command generators.
fn compile_serves(cx: &mut Ctx<'_>, raw: Vec<Spanned<RawServes>>, questions: &[Question]) -> Vec<(Serves, usize)> {
    let mut out = Vec::new();
    for raw_s in raw {
        let line = cx.line(&raw_s);
        let r = raw_s.into_inner();
        let Some((page, page_line)) = cx.required(r.page, &Table::new("this `[[serves]]` table", line), "page") else {
            continue;
        };
        if page.contains('#') {
            cx.push(page_line, format!("`page = \"{page}\"` names a section: a wizard serves a whole page. Name the page alone, like `data-loss`."));
        } else if let Err(e) = cx.known.check_doc(&page) {
            cx.push(page_line, format!("The page {e}"));
        }
        let mut answers = crate::collect::SmallMap::new();
        for (question, value) in r.answers {
            let value_line = cx.line(&value);
            let value = value.into_inner();
            let values: Option<Vec<&str>> = questions.iter().find(|q| q.id == question).map(|q| match &q.kind {
                QuestionKind::Choice(options) => options.iter().map(|o| o.value.as_str()).collect(),
                QuestionKind::YesNo { .. } => vec!["yes", "no"],
                QuestionKind::DateTime { .. } => vec![],
            });
            match values {
                None => {
                    let ids: BTreeSet<&str> = questions.iter().map(|q| q.id.as_str()).collect();
                    cx.push(value_line, format!("`answers` names the question `{question}`, which this wizard does not have.{}", listing(&ids)));
                }
                Some(v) if v.is_empty() => cx.push(value_line, format!("`{question}` asks for a date and time, which a page cannot answer in advance. Leave it to the reader.")),
                Some(v) if !v.contains(&value.as_str()) => cx.push(
                    value_line,
                    format!("`{value}` is not an answer to `{question}`. Its answers are: {}.", v.join(", ")),
                ),
                Some(_) => {
                    answers.insert(question, value);
                }
            }
        }
        let mut commands = Vec::new();
        for c in r.commands {
            let c_line = cx.line(&c);
            if let Err(e) = cx.known.check_generator(c.get_ref(), []) {
                cx.push(c_line, e);
            }
            commands.push(c.into_inner());
        }
        out.push((
            Serves {
                page,
                answers,
                commands,
            },
            line,
        ));
    }
    out
}

/// The kinds of question, as `kind` names them.
const QUESTION_KINDS: [&str; 3] = ["choice", "yes-no", "date-time"];

fn compile_question(cx: &mut Ctx<'_>, mut raw: RawQuestion, table_line: usize, graph: &mut Graph) -> Option<Question> {
    let (id, id_line) = cx.required(raw.id.take(), &Table::new("this question", table_line), "id")?;
    let mut ok = graph.claim(cx, &id, id_line);
    if RESERVED_KEYS.contains(&id.as_str()) {
        cx.push(
            id_line,
            format!("The question id `{id}` is reserved for the page address. Choose another id."),
        );
        ok = false;
    }
    let table = Table::new(format!("the question `{id}`"), id_line);
    let text = cx.required(raw.text.take(), &table, "text");
    let hint = raw
        .hint
        .as_ref()
        .and_then(|h| cx.r.non_empty(h, &table, "hint", "write the hint, or remove the line"));
    let (kind, kind_line) = cx.required(raw.kind.take(), &table, "kind")?;
    if QUESTION_KINDS.contains(&kind.as_str()) {
        report_misplaced_question_keys(cx, &raw, &kind);
    }
    let kind = match kind.as_str() {
        "choice" => choice_question(cx, (&id, id_line), raw.option, graph),
        "yes-no" => yes_no_question(cx, (&id, id_line), (raw.yes, raw.no), graph),
        "date-time" => date_time_question(cx, (&id, id_line), (raw.rule, raw.otherwise), graph),
        value => {
            cx.r.unknown_value(kind_line, "kind", value, &QUESTION_KINDS);
            return None;
        }
    };
    let (text, _) = text?;
    ok.then_some(Question {
        id,
        text,
        hint,
        kind,
        since: None,
    })
}

/// Keys that belong to another kind of question are mistakes, not extras to ignore.
fn report_misplaced_question_keys(cx: &mut Ctx<'_>, raw: &RawQuestion, kind: &str) {
    let lines = [
        ("option", raw.option.first().map(|o| cx.line(o)), "choice"),
        ("yes", raw.yes.as_ref().map(|v| cx.line(v)), "yes-no"),
        ("no", raw.no.as_ref().map(|v| cx.line(v)), "yes-no"),
        ("rule", raw.rule.first().map(|r| cx.line(r)), "date-time"),
        ("otherwise", raw.otherwise.as_ref().map(|v| cx.line(v)), "date-time"),
    ];
    for (key, line, belongs) in lines {
        let (Some(line), false) = (line, kind == belongs) else {
            continue;
        };
        let mistake = Mistake::Misplaced {
            key,
            belongs: &format!("{belongs} questions"),
            kind: belongs,
        };
        cx.r.mistake(line, mistake);
    }
}

/// A choice: its options, each with a unique value that leads on.
fn choice_question(
    cx: &mut Ctx<'_>,
    (id, id_line): (&str, usize),
    raw: Vec<Spanned<RawOption>>,
    graph: &mut Graph,
) -> QuestionKind {
    if raw.is_empty() {
        cx.push(
            id_line,
            format!("The question `{id}` has no options, so a journey would stop here without an outcome. Add `[[question.option]]` tables, each with a `value`, a `label` and a `next`."),
        );
    }
    let mut values: BTreeMap<String, usize> = BTreeMap::new();
    let mut options = Vec::new();
    for raw_o in raw {
        let option_line = cx.line(&raw_o);
        let o = raw_o.into_inner();
        let table = Table::new(format!("an option of the question `{id}`"), option_line);
        let value = cx.required(o.value, &table, "value");
        let label = cx.required(o.label, &table, "label");
        let Some((value, value_line)) = value else {
            continue;
        };
        if let Some(first) = values.insert(value.clone(), value_line) {
            cx.r.duplicate(value_line, "option value", &value, First::Line(first));
        }
        cx.r.check_slug("option value", &value, value_line);
        let missing = format!(
            "The option `{value}` leads nowhere. Add `next = \"…\"` naming the question or outcome it leads to."
        );
        let next = graph.lead(cx, id, format!("The option `{value}`"), o.next, (value_line, missing));
        if let (Some((label, _)), Some(next)) = (label, next) {
            options.push(Choice { value, label, next });
        }
    }
    QuestionKind::Choice(options)
}

fn yes_no_question(
    cx: &mut Ctx<'_>,
    (id, line): (&str, usize),
    (yes, no): (Option<Spanned<String>>, Option<Spanned<String>>),
    graph: &mut Graph,
) -> QuestionKind {
    let missing = |answer: &str| {
        let sentence = format!("The yes/no question `{id}` has no `{answer}`, so answering {answer} leads nowhere. Add `{answer} = \"…\"`.");
        (line, sentence)
    };
    let yes = graph.lead(cx, id, "Answering yes".into(), yes, missing("yes"));
    let no = graph.lead(cx, id, "Answering no".into(), no, missing("no"));
    QuestionKind::YesNo {
        yes: yes.unwrap_or_default(),
        no: no.unwrap_or_default(),
    }
}

fn date_time_question(
    cx: &mut Ctx<'_>,
    (id, line): (&str, usize),
    (raw_rules, otherwise): (Vec<Spanned<RawRule>>, Option<Spanned<String>>),
    graph: &mut Graph,
) -> QuestionKind {
    let rules = raw_rules
        .into_iter()
        .filter_map(|r| compile_rule(cx, id, r, graph))
        .collect();
    let missing = format!("The date question `{id}` has no `otherwise`, so a date that matches no rule leads nowhere. Add `otherwise = \"…\"` before its first `[[question.rule]]`.");
    let otherwise = graph.lead(cx, id, "`otherwise`".into(), otherwise, (line, missing));
    QuestionKind::DateTime {
        rules,
        otherwise: otherwise.unwrap_or_default(),
    }
}

/// One age rule of a date question: older than so long, and where it leads.
fn compile_rule(cx: &mut Ctx<'_>, id: &str, raw: Spanned<RawRule>, graph: &mut Graph) -> Option<DateRule> {
    let rule_line = cx.line(&raw);
    let r = raw.into_inner();
    let older_than = match (r.older_than_days, r.older_than_hours) {
        (Some(d), None) => Some((d.get_ref().saturating_mul(24 * 60), cx.line(&d))),
        (None, Some(h)) => Some((h.get_ref().saturating_mul(60), cx.line(&h))),
        _ => {
            cx.push(
                rule_line,
                "A rule needs exactly one of `older-than-days` or `older-than-hours`.",
            );
            None
        }
    };
    if let Some((minutes, line)) = older_than {
        if minutes <= 0 {
            cx.push(line, "A rule's age must be more than zero.");
        }
    }
    let missing = "This rule leads nowhere. Add `next = \"…\"` naming the question or outcome it leads to.".to_string();
    let next = graph.lead(cx, id, "This rule".into(), r.next, (rule_line, missing));
    let (older_than_minutes, _) = older_than?;
    Some(DateRule {
        older_than_minutes,
        next: next?,
    })
}

fn compile_outcome(
    cx: &mut Ctx<'_>,
    raw: Spanned<RawOutcome>,
    graph: &mut Graph,
    questions: &[Question],
    reads: &mut Vec<Reads>,
) -> Option<(Outcome, OutcomeDecisions)> {
    let table_line = cx.line(&raw);
    let mut raw = raw.into_inner();
    let (id, id_line) = cx.required(raw.id.take(), &Table::new("this outcome", table_line), "id")?;
    let ok = graph.claim(cx, &id, id_line);
    let table = Table::new(format!("the outcome `{id}`"), id_line);
    let title = cx.required(raw.title.take(), &table, "title");
    let service = raw.service.take().and_then(|s| compile_service(cx, s));
    let body = match &raw.body {
        Some(b) => cx.markdown(b),
        None => {
            cx.r.missing(&table, "body", "\"\"\"…\"\"\"");
            Prose::default()
        }
    };
    let steps = raw.steps.iter().map(|s| cx.markdown(s).text).collect();
    let contacts = raw.contacts.iter().map(|s| cx.markdown(s)).collect();
    let decisions = outcome_decisions(cx, &id, service, raw.decides, &raw.wizards);
    let wizards = raw.wizards.into_iter().map(Spanned::into_inner).collect();
    let loses_data_after = raw
        .loses_data_after
        .and_then(|q| compile_loses_data_after(cx, &id, q, questions, reads));
    let links = raw.link.into_iter().filter_map(|l| compile_link(cx, l)).collect();
    let commands = raw
        .command
        .into_iter()
        .filter_map(|c| compile_command(cx, &id, c, questions, reads))
        .collect();
    let (title, _) = title?;
    let outcome = Outcome {
        id,
        title,
        service,
        body,
        steps,
        contacts,
        // Found by the bundle once the messages are compiled.
        messages: Vec::new(),
        links,
        commands,
        wizards,
        loses_data_after,
    };
    ok.then_some((outcome, decisions))
}

/// Whether to stop the service: `stop` or `keep-running`.
fn compile_service(cx: &mut Ctx<'_>, service: Spanned<String>) -> Option<Service> {
    match service.get_ref().as_str() {
        "stop" => Some(Service::Stop),
        "keep-running" => Some(Service::KeepRunning),
        value => {
            let line = cx.line(&service);
            cx.r.unknown_value(line, "service", value, &["stop", "keep-running"]);
            None
        }
    }
}

/// What the outcome decided (its `service`, its `decides`) and which wizards it suggests
/// next, each checked to exist.
fn outcome_decisions(
    cx: &mut Ctx<'_>,
    id: &str,
    service: Option<Service>,
    decides: Vec<Spanned<String>>,
    wizards: &[Spanned<String>],
) -> OutcomeDecisions {
    let mut decisions = OutcomeDecisions {
        id: id.to_string(),
        decided: Vec::new(),
        declared: Vec::new(),
        suggests: Vec::new(),
    };
    if let Some(service) = service {
        let said = match service {
            Service::Stop => "stop",
            Service::KeepRunning => "keep-running",
        };
        decisions
            .decided
            .push((STOP_THE_SERVICE.to_string(), format!("`service = \"{said}\"`")));
    }
    for d in decides {
        let line = cx.line(&d);
        let d = d.into_inner();
        decisions.decided.push((d.clone(), format!("`decides` on line {line}")));
        decisions.declared.push((d, line));
    }
    for w in wizards {
        let line = cx.line(w);
        if let Err(e) = cx.known.check_wizard(w.get_ref()) {
            cx.push(line, e);
        }
        decisions.suggests.push((w.get_ref().clone(), line));
    }
    decisions
}

/// The date-time question whose answer says from when a restore loses data.
fn compile_loses_data_after(
    cx: &mut Ctx<'_>,
    outcome: &str,
    q: Spanned<String>,
    questions: &[Question],
    reads: &mut Vec<Reads>,
) -> Option<String> {
    let line = cx.line(&q);
    let q = q.into_inner();
    match questions.iter().find(|x| x.id == q).map(|x| &x.kind) {
        Some(QuestionKind::DateTime { .. }) => {
            reads.push(Reads {
                node: outcome.to_string(),
                question: q.clone(),
                what: "`loses-data-after` reads the answer to".into(),
                line,
            });
            Some(q)
        }
        Some(_) => {
            cx.push(line, format!("`loses-data-after` names `{q}`, which is not a `date-time` question: the data lost is what was written after a date and time."));
            None
        }
        None => {
            cx.push(
                line,
                format!("`loses-data-after` names `{q}`, but this wizard has no question with that id."),
            );
            None
        }
    }
}

/// A link into the runbook, to a page or a section that exists.
fn compile_link(cx: &mut Ctx<'_>, raw: Spanned<RawLink>) -> Option<DocLink> {
    let table = Table::new("this link", cx.line(&raw));
    let l = raw.into_inner();
    let to = cx.required(l.to, &table, "to");
    let label = cx.required(l.label, &table, "label");
    let (to, to_line) = to?;
    if let Err(e) = cx.known.check_doc(&to) {
        cx.push(to_line, format!("The link {e}"));
    }
    let (slug, anchor) = match to.split_once('#') {
        Some((s, a)) => (s.to_string(), Some(a.to_string())),
        None => (to, None),
    };
    let (label, _) = label?;
    Some(DocLink { slug, anchor, label })
}

/// A link to a command generator, with the values it fills in: given (`params`) or from
/// this wizard's answers (`from-answers`).
fn compile_command(
    cx: &mut Ctx<'_>,
    outcome: &str,
    raw: Spanned<RawCommand>,
    questions: &[Question],
    reads: &mut Vec<Reads>,
) -> Option<CommandLink> {
    let table = Table::new("this command", cx.line(&raw));
    let c = raw.into_inner();
    let generator = cx.required(c.generator, &table, "generator");
    let label = cx.required(c.label, &table, "label");
    let (generator, generator_line) = generator?;
    check_command_params(cx, &generator, generator_line, &c.params);
    let from_answers = command_answers(cx, outcome, &generator, (&c.params, &c.from_answers), questions, reads);
    let (label, _) = label?;
    let params = c.params.into_iter().map(|(k, v)| (k, v.into_inner())).collect();
    Some(CommandLink {
        generator,
        label,
        params,
        from_answers,
    })
}

/// The generator exists, has each parameter given, and would take each value.
fn check_command_params(cx: &mut Ctx<'_>, generator: &str, generator_line: usize, params: &Keyed) {
    if let Err(e) = cx.known.check_generator(generator, []) {
        cx.push(generator_line, e);
        return;
    }
    for (name, value) in params {
        let line = cx.line(value);
        let param = match cx.known.check_generator(generator, [name.as_str()]) {
            Ok(g) => g.param(name),
            Err(e) => {
                cx.push(line, e);
                continue;
            }
        };
        // A link fills the generator's form: a value it would refuse is an error in the
        // runbook, not the reader's to fix.
        if let Some(Err(e)) = param.map(|p| crate::command::value::check(p, value.get_ref())) {
            cx.push(
                line,
                format!("`{generator}` would refuse the value given for `{name}`: {e}"),
            );
        }
    }
}

/// A TOML table of strings, each with where it was written.
type Keyed = BTreeMap<String, Spanned<String>>;

/// A command's `from-answers`: each generator parameter it names, filled from the answer to
/// a question of this wizard, in the form the parameter takes.
fn command_answers(
    cx: &mut Ctx<'_>,
    outcome: &str,
    generator: &str,
    (params, from_answers): (&Keyed, &Keyed),
    questions: &[Question],
    reads: &mut Vec<Reads>,
) -> Vec<AnswerParam> {
    use crate::command::ParamKind;
    let mut out = Vec::new();
    for (param, question) in from_answers {
        let line = cx.line(question);
        let question = question.get_ref().trim();
        let p = match cx.known.check_generator(generator, [param.as_str()]) {
            Ok(g) => g.param(param),
            Err(e) => {
                cx.push(line, e);
                continue;
            }
        };
        let Some(p) = p else { continue };
        if params.contains_key(param) {
            cx.push(
                line,
                format!("`{param}` is set both in `params` and in `from-answers`. Keep one."),
            );
            continue;
        }
        let Some(q) = questions.iter().find(|q| q.id == question) else {
            let ids: BTreeSet<&str> = questions.iter().map(|q| q.id.as_str()).collect();
            cx.push(
                line,
                format!(
                    "`from-answers` fills `{param}` from `{question}`, but this wizard has no question with that id.{}",
                    listing(&ids)
                ),
            );
            continue;
        };
        let form = match (&q.kind, &p.kind) {
            (QuestionKind::DateTime { .. }, ParamKind::DateTime { .. }) => Some(AnswerForm::DateTime),
            (QuestionKind::DateTime { .. }, ParamKind::Date) => Some(AnswerForm::Date),
            (QuestionKind::DateTime { .. }, _) => None,
            (kind, _) => {
                let values: Vec<&str> = match kind {
                    QuestionKind::Choice(options) => options.iter().map(|o| o.value.as_str()).collect(),
                    _ => vec!["yes", "no"],
                };
                let refused = values
                    .iter()
                    .find_map(|v| crate::command::value::check(p, v).err().map(|e| (*v, e)));
                match refused {
                    Some((v, e)) => {
                        cx.push(
                            line,
                            format!("`{generator}` would refuse the answer `{v}` to `{question}` for `{param}`: {e}"),
                        );
                        continue;
                    }
                    None => Some(AnswerForm::AsGiven),
                }
            }
        };
        let Some(form) = form else {
            cx.push(
                line,
                format!("`from-answers` fills `{param}` from `{question}`, a date and time, but `{param}` of `{generator}` is not a date or a date-time."),
            );
            continue;
        };
        reads.push(Reads {
            node: outcome.to_string(),
            question: question.to_string(),
            what: format!("`from-answers` fills `{param}` from"),
            line,
        });
        out.push(AnswerParam {
            param: param.clone(),
            question: question.to_string(),
            form,
        });
    }
    out
}

/// An answer an outcome reads must be given on every way to it: with the question taken
/// out of the graph, the outcome must be out of reach.
fn check_reads(cx: &mut Ctx<'_>, start: &str, edges: &[Edge], reads: &[Reads]) {
    for r in reads {
        let mut seen = BTreeSet::from([start.to_string()]);
        let mut todo = vec![start.to_string()];
        while let Some(node) = todo.pop() {
            if node == r.question {
                continue;
            }
            for e in edges.iter().filter(|e| e.from == node) {
                if seen.insert(e.to.clone()) {
                    todo.push(e.to.clone());
                }
            }
        }
        if r.question != start && seen.contains(&r.node) {
            cx.push(
                r.line,
                format!(
                    "{} `{}`, but `{}` can be reached without answering it. Read a question that every path there asks.",
                    r.what, r.question, r.node
                ),
            );
        }
    }
}

fn check_reachable(cx: &mut Ctx<'_>, start: &str, ids: &BTreeMap<String, usize>, edges: &[Edge]) {
    let mut seen = BTreeSet::from([start.to_string()]);
    let mut todo = vec![start.to_string()];
    while let Some(node) = todo.pop() {
        for e in edges.iter().filter(|e| e.from == node) {
            if seen.insert(e.to.clone()) {
                todo.push(e.to.clone());
            }
        }
    }
    for (id, line) in ids {
        if !seen.contains(id) {
            cx.push(*line, format!("`{id}` cannot be reached: no answer leads to it from `{start}`. Point a `next` at it, or remove it."));
        }
    }
}

/// Reports each edge that closes a loop, with the loop spelled out.
fn check_cycles(cx: &mut Ctx<'_>, ids: &BTreeMap<String, usize>, edges: &[Edge]) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Active,
        Done,
    }
    struct Search<'e> {
        edges: &'e [Edge],
        marks: HashMap<&'e str, Mark>,
        stack: Vec<&'e str>,
        found: Vec<(&'e Edge, String)>,
    }
    impl<'e> Search<'e> {
        fn visit(&mut self, node: &'e str) {
            self.marks.insert(node, Mark::Active);
            self.stack.push(node);
            for e in self.edges.iter().filter(|e| e.from == node) {
                match self.marks.get(e.to.as_str()) {
                    Some(Mark::Active) => {
                        let from = self.stack.iter().position(|n| *n == e.to).unwrap_or(0);
                        let mut path: Vec<&str> = self.stack[from..].to_vec();
                        path.push(&e.to);
                        self.found.push((e, path.join(" → ")));
                    }
                    Some(Mark::Done) => {}
                    None => self.visit(&e.to),
                }
            }
            self.stack.pop();
            self.marks.insert(node, Mark::Done);
        }
    }
    let mut search = Search {
        edges,
        marks: HashMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for id in ids.keys() {
        if !search.marks.contains_key(id.as_str()) {
            search.visit(id);
        }
    }
    for (edge, path) in search.found {
        cx.push(
            edge.line,
            format!(
                "{} leads back to `{}`, which makes a loop: {path}. Every path must end in an outcome.",
                edge.how, edge.to
            ),
        );
    }
}

/// " The ids are: a, b." so the editor can pick the right one.
fn listing(ids: &BTreeSet<&str>) -> String {
    if ids.is_empty() {
        String::new()
    } else {
        format!(" The ids are: {}.", ids.iter().copied().collect::<Vec<_>>().join(", "))
    }
}

/// The JSON Schema of a wizard file, from the type it is read into (`content::schema`).
pub(crate) fn json_schema() -> schemars::Schema {
    crate::content::schema::of::<RawWizard>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known {
        let mut k = Known::default();
        k.pages.insert(
            "data-loss".into(),
            ["actions".to_string(), "symptoms".to_string()].into(),
        );
        k.generators.push(konduit_connect());
        k.generators.push(restore_timestamp());
        k
    }

    /// `restore-timestamp`: one date-time.
    fn restore_timestamp() -> crate::command::Generator {
        use crate::command::testing::{generator, param};
        use crate::command::{Output, ParamKind, Word};
        let params = vec![param("timestamp", None, ParamKind::DateTime { warnings: vec![] })];
        let output = Output::Value {
            value: Word::param("timestamp"),
            checks: vec![],
        };
        crate::command::Generator {
            id: "restore-timestamp".into(),
            ..generator(params, output)
        }
    }

    /// `konduit-connect`: a namespace (`cpd-` and letters) and a server.
    fn konduit_connect() -> crate::command::Generator {
        use crate::command::testing::{generator, text_param};
        use crate::command::{Output, Word};
        let params = vec![text_param("namespace", Some("cpd-[a-z]+")), text_param("server", None)];
        let output = Output::Value {
            value: Word::param("namespace"),
            checks: vec![],
        };
        crate::command::Generator {
            id: "konduit-connect".into(),
            ..generator(params, output)
        }
    }

    fn fixture(name: &str) -> SourceFile {
        let path = format!("{}/tests/fixtures/wizard/{name}.toml", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        SourceFile::new(format!("content/wizards/{name}.toml"), text)
    }

    #[test]
    fn an_answer_fills_a_generator_field_in_its_form_and_a_restore_says_what_it_loses() {
        use super::super::engine::replay;
        use super::super::model::AnswerForm;
        let mut file = fixture("from-answers-off-path");
        // Once `b` leads to `when` too, every path asks it.
        file.text = file.text.replace(
            "value = \"b\"\nlabel = \"b\"\nnext = \"done\"",
            "value = \"b\"\nlabel = \"b\"\nnext = \"when\"",
        );
        let wizards = compile_wizards(&[file], &known()).unwrap_or_else(|d| panic!("{d:?}"));
        let done = &wizards[0].outcomes[0];
        assert_eq!(done.loses_data_after.as_deref(), Some("when"));
        let link = &done.commands[0];
        assert_eq!(
            (link.from_answers[0].param.as_str(), link.from_answers[0].form),
            ("timestamp", AnswerForm::DateTime)
        );
        let answers = [("q", "a"), ("when", "2026-05-21 14:05")]
            .into_iter()
            .map(|(q, a)| (q.to_string(), a.to_string()))
            .collect();
        let now = super::super::datetime::parse("2026-05-22T12:00").unwrap_or_default();
        let journey = replay(&wizards[0], &answers, Some(now));
        assert_eq!(link.values(&journey.steps)["timestamp"], "2026-05-21 14:05");
        let loss = done.data_loss(&journey.steps, now).expect("a restore time");
        assert_eq!(
            (loss.after.as_str(), loss.elapsed.as_str(), loss.now.as_str()),
            ("21 May 2026, 14:05 UTC", "about 22 hours", "22 May 2026, 12:00 UTC")
        );
        // Without the answer, nothing is filled and nothing is claimed.
        assert!(link.values(&[]).is_empty());
        assert_eq!(done.data_loss(&[], now), None);
    }

    #[test]
    fn a_valid_wizard_compiles_to_the_model() {
        let wizards = compile_wizards(&[fixture("valid")], &known()).unwrap_or_else(|d| panic!("{d:?}"));
        let w = &wizards[0];
        assert_eq!(
            (w.id.as_str(), w.start.as_str(), w.source.as_str()),
            ("valid", "q", "content/wizards/valid.toml")
        );
        assert_eq!(
            w.questions.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
            ["q", "when", "sure"]
        );
        assert_eq!(w.questions[0].hint.as_deref(), Some("Pick one."));
        assert_eq!(
            w.questions[1].kind,
            QuestionKind::DateTime {
                rules: vec![DateRule {
                    older_than_minutes: 7 * 24 * 60,
                    next: "done".into()
                }],
                otherwise: "sure".into()
            }
        );
        let done = &w.outcomes[0];
        assert_eq!(done.service, Some(Service::Stop));
        assert_eq!((done.steps.len(), done.contacts.len(), done.wizards.len()), (1, 1, 1));
        assert_eq!(done.links[0].reference(), "data-loss#actions");
        assert_eq!(done.commands[0].params["namespace"], "cpd-production");
        assert!(!done.body.is_empty());
    }

    #[test]
    fn problems_in_several_files_are_all_reported_and_ids_are_unique() {
        let mut twin = fixture("valid");
        twin.path = "elsewhere/valid.toml".into();
        let diagnostics = compile_wizards(
            &[fixture("valid"), twin, fixture("cycle"), fixture("unreachable")],
            &known(),
        )
        .unwrap_err();
        let files: Vec<_> = diagnostics.iter().map(|d| d.file.as_str()).collect();
        assert_eq!(
            files,
            [
                "content/wizards/cycle.toml",
                "content/wizards/unreachable.toml",
                "elsewhere/valid.toml"
            ]
        );
        assert!(diagnostics[2]
            .message
            .contains("already used by content/wizards/valid.toml"));
    }
}

//! The quoting rules, proven against a real shell: thousands of generated values, each
//! quoted, run through `/bin/sh` in one batch, and the arguments the shell passes to a
//! program compared byte for byte with the values intended.
//!
//! Deterministic: values come from a fixed-seed generator, so a failure always reproduces.

use runbook::command::{quote, Format};
use runbook::command::{
    render, Arg, Command, DateTime, Environment, Generator, Output, Param, ParamKind, Part, Values, Word,
};
use std::io::Write;
use std::process::{Command as Process, Stdio};

/// Indexes from the core's seeded generator (SplitMix64, `drill::rng`), so a failure always
/// reproduces.
struct Rng(runbook::drill::rng::Rng);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(runbook::drill::rng::Rng::new(seed))
    }

    fn below(&mut self, n: usize) -> usize {
        self.0.below(n as u64) as usize
    }
}

/// Pieces that mean something to a shell, plus Unicode that a shell might split oddly.
const FRAGMENTS: &[&str] = &[
    "$(",
    ")",
    "$(id)",
    "`",
    "`id`",
    "${HOME}",
    "$HOME",
    "$1",
    "$@",
    "$*",
    "$?",
    "$$",
    "$!",
    "$#",
    "'",
    "''",
    "'\\''",
    "\"",
    "\\",
    "\\\\",
    "\\'",
    "\\\"",
    "\\n",
    "*",
    "?",
    "[a-z]",
    "[!a]",
    "{a,b}",
    "{1..3}",
    "~",
    "~root",
    "#",
    "&",
    "&&",
    "|",
    "||",
    ";",
    ";;",
    "<",
    ">",
    ">>",
    "<<EOF",
    "2>&1",
    "!",
    "!!",
    "-",
    "--",
    "-n",
    "-e",
    "--help",
    "=",
    "a=b",
    "%s",
    "%",
    "\\0",
    " ",
    "  ",
    "\t",
    "\n",
    "é",
    "日本語",
    "🦀",
    "e\u{301}",
    "\u{a0}",
    "\u{200b}",
    "\u{2028}",
    "\u{202e}",
    "ß",
    "Ω",
    "\u{feff}",
    "*.sql",
    "/etc/*",
    "$((1+1))",
    "<(ls)",
    ">(cat)",
    "\\\n",
    "'\"'\"'",
    "IFS",
    "\u{3000}",
];

fn value(rng: &mut Rng) -> String {
    if rng.below(20) == 0 {
        return String::new();
    }
    let mut s = String::new();
    for _ in 0..1 + rng.below(8) {
        match rng.below(3) {
            0 => s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
            // Any printable ASCII character, which includes every shell metacharacter.
            1 => s.push(char::from(b' ' + rng.below(95) as u8)),
            _ => s.push(['a', 'Z', '0', '.', '/', '-', '_', ':', '@', ',', '+'][rng.below(11)]),
        }
    }
    s
}

/// Runs `script` with `shell` and returns the NUL-separated fields it printed.
fn run(shell: &str, script: String) -> Vec<Vec<u8>> {
    let mut child = Process::new(shell)
        .arg("-s")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {shell}: {e}"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(script.as_bytes()));
    let out = child.wait_with_output().expect("shell ran");
    // A shell that stops at a syntax error closes its input early: report the error, not
    // the broken pipe.
    assert!(
        out.status.success(),
        "{shell} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{shell} complained: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    writer.join().expect("writer thread").expect("script written");
    let mut fields: Vec<Vec<u8>> = out.stdout.split(|b| *b == 0).map(<[u8]>::to_vec).collect();
    assert_eq!(fields.pop(), Some(Vec::new()), "output ends with a NUL");
    fields
}

/// Each record is `count` then the arguments; checks them against `expected`.
fn compare(shell: &str, fields: Vec<Vec<u8>>, expected: &[Vec<String>]) {
    let mut fields = fields.into_iter();
    for (i, want) in expected.iter().enumerate() {
        let count = fields
            .next()
            .unwrap_or_else(|| panic!("{shell}: output ends before record {i}"));
        assert_eq!(
            String::from_utf8_lossy(&count),
            want.len().to_string(),
            "{shell}: argument count of record {i}: {want:?}"
        );
        for (j, w) in want.iter().enumerate() {
            let got = fields
                .next()
                .unwrap_or_else(|| panic!("{shell}: record {i} ends early"));
            assert_eq!(
                got,
                w.as_bytes(),
                "{shell}: record {i} argument {j}: got {:?}, intended {w:?} (quoted as {})",
                String::from_utf8_lossy(&got),
                quote(w)
            );
        }
    }
    assert_eq!(fields.next(), None, "{shell}: extra output");
}

fn shells() -> Vec<&'static str> {
    let mut out = vec!["/bin/sh"];
    out.extend(
        ["/bin/bash", "/bin/dash"]
            .into_iter()
            .filter(|s| std::path::Path::new(s).exists()),
    );
    out
}

const SEED: u64 = 0x5EED_0FD1_5A57_E200;

#[test]
fn a_real_shell_sees_exactly_the_quoted_arguments() {
    let mut rng = Rng::new(SEED);
    let mut script = String::new();
    let mut expected: Vec<Vec<String>> = Vec::new();
    let mut total = 0;
    while total < 12_000 {
        let args: Vec<String> = (0..rng.below(7)).map(|_| value(&mut rng)).collect();
        total += args.len();
        // Half as arguments, half through an assignment (as `DOCKER_IMAGE=…` is rendered).
        if rng.below(2) == 0 || args.len() != 1 {
            let quoted: Vec<String> = args.iter().map(|a| quote(a)).collect();
            script.push_str(&format!("printf '%s\\0' {} {}\n", args.len(), quoted.join(" ")));
        } else {
            script.push_str(&format!("V={}; printf '%s\\0' 1 \"$V\"\n", quote(&args[0])));
        }
        expected.push(args);
    }
    let all: String = expected.iter().flatten().map(String::as_str).collect();
    for needle in [
        "|", "&", ";", "<", ">", "(", ")", "$", "`", "\\", "\"", "'", " ", "\t", "\n", "*", "?", "[", "]", "#", "~",
        "=", "%", "!", "{", "}", "$(", "é", "🦀",
    ] {
        assert!(all.contains(needle), "the generated values never contain {needle:?}");
    }
    assert!(
        expected.iter().flatten().any(String::is_empty),
        "no empty value was generated"
    );
    for shell in shells() {
        compare(shell, run(shell, script.clone()), &expected);
    }
}

fn param(name: &str) -> Param {
    Param {
        name: name.into(),
        label: name.into(),
        help: String::new(),
        example: "x".into(),
        default: None,
        kind: ParamKind::Text {
            pattern: None,
            error: None,
        },
        remember: None,
        warn_unless: None,
    }
}

fn word(name: &str) -> Word {
    Word(vec![Part::Param {
        name: name.into(),
        format: Format::Plain,
    }])
}

/// The same, through [`render`]: the whole rendered command line is run as it would be
/// pasted, and what `render` refuses (line breaks, leading `-` as an operand) is refused.
#[test]
fn rendered_commands_pass_exactly_the_intended_arguments() {
    let generator = Generator {
        id: "echo".into(),
        title: "Echo".into(),
        description: Default::default(),
        summary: String::new(),
        touches: Environment::Local,
        production_when: None,
        docs: vec![],
        params: ["a", "b", "c", "d"].into_iter().map(param).collect(),
        output: Output::Shell {
            steps: vec![Command {
                title: None,
                env: vec![("V".into(), word("d"))],
                program: "printf".into(),
                args: vec![
                    Arg::Word(Word::literal("%s\\0")),
                    Arg::Word(Word::literal("4")),
                    Arg::Option {
                        option: "-x".into(),
                        value: word("a"),
                    },
                    Arg::Word(word("b")),
                    Arg::Word(Word(vec![
                        Part::Literal("k=".into()),
                        Part::Param {
                            name: "c".into(),
                            format: Format::Plain,
                        },
                    ])),
                ],
                stdin: None,
                stdout: None,
            }],
        },
        source: String::new(),
    };
    let now = DateTime::from_unix_seconds(0);
    let mut rng = Rng::new(SEED ^ 1);
    let (mut script, mut expected, mut refused) = (String::new(), Vec::new(), 0);
    for _ in 0..3_000 {
        let raw: Vec<String> = (0..4).map(|_| value(&mut rng)).collect();
        let values: Values = ["a", "b", "c", "d"]
            .iter()
            .map(|k| k.to_string())
            .zip(raw.iter().cloned())
            .collect();
        let v: Vec<&str> = raw.iter().map(|s| s.trim()).collect();
        let must_refuse = v.iter().any(|s| s.is_empty())
            || raw.iter().any(|s| {
                s.contains(['\n', '\r', '\u{2028}', '\u{2029}'])
                    || s.chars()
                        .any(|c| (c.is_control() && c != '\t') || runbook::command::quote::is_format(c))
            })
            || v[1].starts_with('-');
        match render(&generator, &values, now) {
            Ok(r) => {
                assert!(!must_refuse, "rendered {values:?} as {}", r.text);
                assert!(!r.text.contains('\n'));
                script.push_str(&r.text);
                script.push('\n');
                expected.push(vec![
                    "-x".to_string(),
                    v[0].to_string(),
                    v[1].to_string(),
                    format!("k={}", v[2]),
                ]);
            }
            Err(errors) => {
                assert!(must_refuse, "refused {values:?}: {errors:?}");
                refused += 1;
            }
        }
    }
    assert!(
        expected.len() > 1_000 && refused > 100,
        "{} rendered, {refused} refused",
        expected.len()
    );
    // Each line is `printf '%s\0' 4 -x a b k=c`: the count, then the four arguments.
    for shell in shells() {
        compare(shell, run(shell, script.clone()), &expected);
    }
}

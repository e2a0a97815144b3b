//! `sitegen`'s command line: its usage comes from clap, so `--help` names every command the
//! Makefile, tools/ and the tests run, and a bad argument is refused with a sentence.

use std::process::{Command, Output};

fn sitegen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sitegen")).args(args).output().unwrap()
}

#[test]
fn help_lists_every_command() {
    let help = sitegen(&["--help"]);
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    let commands = [
        "check",
        "shell",
        "postbuild",
        "offline",
        "serve",
        "schemas",
        "new",
        "review",
        "wizard-paths",
        "synth",
        "floor",
    ];
    for command in commands {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(&format!("{command} "))),
            "`sitegen --help` does not list `{command}`:\n{text}"
        );
    }
    assert!(text.contains("RUNBOOK_CONTENT_DIR"), "{text}");
}

#[test]
fn each_command_says_its_own_arguments() {
    let help = sitegen(&["serve", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    for part in ["<APPS>", "<DIST>", "--base", "--port", "--watch"] {
        assert!(text.contains(part), "`sitegen serve --help` lacks {part}:\n{text}");
    }
}

#[test]
fn bad_arguments_are_refused_with_a_sentence() {
    for (args, says) in [
        (&["frobnicate"][..], "unrecognized subcommand 'frobnicate'"),
        (&["postbuild"][..], "the following required arguments were not provided"),
        (
            &["serve", "apps", "dist", "--port", "eighty"][..],
            "invalid value 'eighty' for '--port <PORT>'",
        ),
        (
            &["shell", "nope"][..],
            "there is no app called `nope`: the apps are docs,",
        ),
        (&["check", "--verbose"][..], "unexpected argument '--verbose'"),
    ] {
        let out = sitegen(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "sitegen {args:?}: {err}");
        assert!(err.contains(says), "sitegen {args:?} should say {says:?}:\n{err}");
        assert!(
            err.contains("--help"),
            "sitegen {args:?} should say where to read more:\n{err}"
        );
    }
}

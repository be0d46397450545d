//! The interactive front end: rustyline line editing, a persistent
//! history (`~/.gorun_history`), tab completion, a continuation prompt for
//! unfinished input, and program output printed above the prompt through
//! rustyline's external printer.
//!
//! Keys: Ctrl-C abandons the line being typed (while a statement runs, the
//! terminal is not in raw mode and Ctrl-C is a SIGINT that interrupts it:
//! see `super::install_ctrl_c`); Ctrl-D exits.

use super::package::{Kind, STD};
use super::{Next, Repl};
use parking_lot::Mutex;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::Validator;
use rustyline::{Context, Editor, ExternalPrinter, Helper};
use std::sync::Arc;

const PROMPT: &str = "gorun> ";
const CONTINUE: &str = "  ...> ";

/// Go's keywords and predeclared names, always completed.
const UNIVERSE: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "recover",
    "any",
    "bool",
    "byte",
    "error",
    "float32",
    "float64",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "rune",
    "string",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
    "true",
    "false",
    "nil",
    "iota",
];

/// Completion: names in scope, package names, and `pkg.` members.
struct GoHelper {
    /// The session's names, refreshed before each prompt.
    names: Arc<Mutex<Vec<String>>>,
}

/// Exported top-level names of a std package's source (`pkg.` completion).
fn members(path: &str) -> Vec<String> {
    let Some(src) = crate::library::std_source(path) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for line in src.lines() {
        for kw in ["func ", "type ", "var ", "const "] {
            if let Some(rest) = line.strip_prefix(kw) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name.chars().next().is_some_and(|c| c.is_uppercase()) {
                    out.push(name);
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Byte offset where the identifier ending `s` starts.
fn word_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
}

impl Completer for GoHelper {
    type Candidate = Pair;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let head = &line[..pos];
        let start = word_start(head);
        let word = &head[start..];
        let pair = |s: String| Pair {
            display: s.clone(),
            replacement: s,
        };
        // `pkg.Prefix`
        if start > 0 && head.as_bytes()[start - 1] == b'.' {
            let pstart = word_start(&head[..start - 1]);
            let pkg = &head[pstart..start - 1];
            let c = STD
                .iter()
                .filter(|(n, _)| *n == pkg)
                .flat_map(|(_, p)| members(p))
                .filter(|m| m.starts_with(word))
                .map(pair)
                .collect();
            return Ok((start, c));
        }
        let mut c: Vec<String> = self
            .names
            .lock()
            .iter()
            .cloned()
            .chain(UNIVERSE.iter().map(|s| s.to_string()))
            .chain(STD.iter().map(|(n, _)| n.to_string()))
            .filter(|n| n.starts_with(word))
            .collect();
        c.sort();
        c.dedup();
        Ok((start, c.into_iter().map(pair).collect()))
    }
}

impl Hinter for GoHelper {
    type Hint = String;
}
impl Highlighter for GoHelper {}
impl Validator for GoHelper {}
impl Helper for GoHelper {}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".gorun_history"))
}

/// Runs the interactive REPL; returns the exit status.
pub fn run(mut repl: Repl) -> i32 {
    let mut ed: Editor<GoHelper, DefaultHistory> = match Editor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("gorun: cannot start line editing: {e}");
            let stdin = std::io::stdin();
            return super::run_stream(repl, stdin.lock());
        }
    };
    let names = Arc::new(Mutex::new(Vec::new()));
    ed.set_helper(Some(GoHelper {
        names: names.clone(),
    }));
    if let Some(p) = history_path() {
        let _ = ed.load_history(&p);
    }
    if let Ok(mut printer) = ed.create_external_printer() {
        repl.sink.set_printer(Box::new(move |s: String| {
            // Raw mode needs "\r\n" to return to the line's start.
            let _ = printer.print(s.replace('\n', "\r\n").replace("\r\r\n", "\r\n"));
        }));
    }
    println!(
        "gorun REPL: Go statements, declarations and expressions; :help for help, Ctrl-D to quit"
    );
    let code = loop {
        *names.lock() = repl
            .engine
            .pkg
            .names()
            .into_iter()
            .filter(|(k, _)| *k != Kind::Input)
            .map(|(_, n)| n.split('.').next_back().unwrap_or(&n).to_string())
            .collect();
        let prompt = if repl.continuing() { CONTINUE } else { PROMPT };
        match ed.readline(prompt) {
            Ok(line) => {
                let before = repl.history.len();
                let next = repl.line(&line);
                if repl.history.len() > before {
                    if let Some(h) = repl.history.last() {
                        let _ = ed.history_mut().add(h);
                    }
                } else if line.trim_start().starts_with(':') {
                    let _ = ed.history_mut().add(line.trim());
                }
                if let Next::Exit(c) = next {
                    break c;
                }
            }
            Err(ReadlineError::Interrupted) => {
                repl.abandon();
            }
            Err(ReadlineError::Eof) => {
                break 0;
            }
            Err(e) => {
                eprintln!("gorun: {e}");
                break 1;
            }
        }
    };
    if let Some(p) = history_path() {
        let _ = ed.save_history(&p);
    }
    repl.finish();
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_start_after_any_separator() {
        assert_eq!(word_start("x := strings.Rep"), 13);
        assert_eq!(word_start("a→bc"), "a→".len());
        assert_eq!(word_start("abc"), 0);
        assert_eq!(word_start(""), 0);
    }

    #[test]
    fn package_members_are_exported_names() {
        let m = members("strings");
        assert!(m.iter().any(|n| n == "ToUpper"), "{m:?}");
        assert!(m
            .iter()
            .all(|n| n.chars().next().is_some_and(char::is_uppercase)));
    }
}

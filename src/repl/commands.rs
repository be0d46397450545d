//! The `:` commands of the REPL.
//!
//! `:help`, `:quit`, `:reset`, `:load FILE`, `:type EXPR`, `:vars`,
//! `:goroutines`, `:history`. Their output goes to the REPL's stdout
//! (through the same sink as program output).

use super::engine::Eval;
use super::package::Kind;
use super::{new_session, Next, Repl};
use crate::syntax::ast;
use std::io::Write;

const HELP: &str = "\
Type Go statements, declarations or expressions; an expression's value is
printed as `%#v  // %T`. Common packages work without an import.
Unfinished input (open brace, trailing operator or comma) continues on the
next line. Goroutines keep running between inputs.

  :help            this text
  :quit            leave (also Ctrl-D)
  :reset           forget every declaration, variable and goroutine
  :load FILE       load a .go file's declarations and run its main
  :type EXPR       the type of an expression
  :vars            variables, constants, types and functions in scope
  :goroutines      live goroutines: id, wait reason and stack
  :history         inputs entered so far

Ctrl-C abandons the input being typed, or interrupts a running statement.
";

/// Runs command `line` (starting with `:`).
pub fn run(repl: &mut Repl, line: &str) -> Next {
    let (cmd, arg) = match line.split_once(char::is_whitespace) {
        Some((c, a)) => (c, a.trim()),
        None => (line, ""),
    };
    let mut out = repl.sink.writer(1);
    match cmd {
        ":help" | ":h" | ":?" => {
            let _ = out.write_all(HELP.as_bytes());
        }
        ":quit" | ":q" | ":exit" => return Next::Exit(0),
        ":reset" => {
            repl.engine.session.shutdown();
            let session = new_session(&repl.sink);
            repl.engine.reset(session);
            let _ = out.write_all(b"session reset\n");
        }
        ":load" | ":l" => return load(repl, arg),
        ":type" | ":t" => {
            if let Some(t) = repl.engine.type_of(arg) {
                let _ = writeln!(out, "{t}");
            }
        }
        ":vars" | ":v" => {
            let mut names = repl.engine.pkg.names();
            names.sort_by(|a, b| a.1.cmp(&b.1));
            for (kind, name) in names {
                let line = match kind {
                    Kind::Var => {
                        let ty = repl
                            .engine
                            .var_types
                            .get(&name)
                            .cloned()
                            .unwrap_or_default();
                        format!("var {name} {ty}")
                    }
                    _ => match name.split_once('.') {
                        Some((t, m)) => format!("method {t}.{m}"),
                        None => format!("decl {name}"),
                    },
                };
                let _ = writeln!(out, "{line}");
            }
        }
        ":goroutines" | ":g" => {
            let (n, gs) = repl.engine.session.goroutines();
            let _ = writeln!(
                out,
                "{n} goroutine(s) besides the prompt; {} parked:",
                gs.len()
            );
            for g in gs {
                let tb = repl.engine.lines.relabel(&g.traceback);
                let _ = write!(out, "\ngoroutine {} [{}]:\n{}", g.id, g.wait_reason, tb);
            }
        }
        ":history" => {
            for (i, h) in repl.history.iter().enumerate() {
                let _ = writeln!(out, "{:4}  {}", i + 1, h.replace('\n', "\n      "));
            }
        }
        _ => {
            let _ = writeln!(out, "unknown command {cmd} (try :help)");
        }
    }
    Next::Continue
}

/// `:load FILE`: its imports and declarations become the session's, then
/// its `main` body runs as an input.
fn load(repl: &mut Repl, path: &str) -> Next {
    let src = match crate::cli::read_source(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => return Next::Continue,
    };
    let file = crate::diag::SourceFile::new(path, src.clone());
    let mut ids = ast::NodeIds::new();
    let parsed = match crate::syntax::parse_file(&src, &mut ids) {
        Ok(f) => f,
        Err(d) => {
            let e = super::engine::errors(vec![file], vec![(0, d)], false);
            let _ = e.emit(&mut repl.sink.writer(2), repl.engine.format);
            return Next::Continue;
        }
    };
    let text = |s: ast::Span| {
        src.get(s.lo as usize..s.hi as usize)
            .unwrap_or("")
            .to_string()
    };
    // 1. Imports, functions, types, constants and typed variables: one
    //    declaration input (forward references are fine there).
    let mut decls = String::new();
    for i in &parsed.imports {
        let name = i
            .name
            .as_ref()
            .map(|n| format!("{} ", n.name))
            .unwrap_or_default();
        decls.push_str(&format!("import {name}{}\n", text(i.path_span)));
    }
    let mut untyped_vars = Vec::new();
    let mut main_body = None;
    // A declaration's text runs up to the next one (comments included).
    let mut starts: Vec<usize> = parsed
        .decls
        .iter()
        .map(|d| decl_start(d) as usize)
        .collect();
    starts.push(src.len());
    for (i, d) in parsed.decls.iter().enumerate() {
        let whole = src.get(starts[i]..starts[i + 1]).unwrap_or("").to_string();
        match d {
            ast::Decl::Func(f) if f.recv.is_none() && &*f.name.name == "main" => {
                main_body = f.body.as_ref().map(|b| ast::Span {
                    lo: b.lbrace.lo,
                    hi: b.rbrace.hi,
                });
            }
            ast::Decl::Func(f) if f.recv.is_none() && &*f.name.name == "init" => {
                let _ = writeln!(repl.sink.writer(2), "gorun: :load ignores func init");
            }
            ast::Decl::Var(_) => untyped_vars.push(whole),
            _ => {
                decls.push_str(&whole);
                decls.push('\n');
            }
        }
    }
    // Variables first (as prompt `var`s), then the rest, then main.
    for v in untyped_vars {
        if !feed(repl, &v) {
            return Next::Continue;
        }
    }
    if !decls.trim().is_empty() && !feed(repl, decls.trim_end()) {
        return Next::Continue;
    }
    if let Some(b) = main_body {
        let body = text(ast::Span {
            lo: b.lo + 1,
            hi: b.hi.saturating_sub(1),
        });
        if body.trim().is_empty() {
            return Next::Continue;
        }
        return match repl.engine.eval(&body) {
            Eval::Exit(code) => Next::Exit(code),
            _ => Next::Continue,
        };
    }
    Next::Continue
}

/// Evaluates one piece of a loaded file; false if it failed.
fn feed(repl: &mut Repl, src: &str) -> bool {
    let before = repl.engine.pkg.items.len() + repl.engine.pkg.imports.len();
    let r = repl.engine.eval(src);
    let after = repl.engine.pkg.items.len() + repl.engine.pkg.imports.len();
    r == Eval::Done && after > before
}

/// Where a top-level declaration starts.
fn decl_start(d: &ast::Decl) -> u32 {
    match d {
        ast::Decl::Func(f) => f.span.lo,
        ast::Decl::Type(t) => t.span.lo,
        ast::Decl::Const(c) => c.span.lo,
        ast::Decl::Var(v) => v.span.lo,
    }
}

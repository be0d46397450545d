//! The REPL's accumulated package: every declaration and every input the
//! session accepted, rendered as one Go source file that the ordinary front
//! end checks and lowers.
//!
//! Layout of the rendered file (in this order):
//! 1. `package main`, a blank import of every std package gorun ships (so
//!    every version loads the same packages in the same order and the first
//!    version initialises all of their variables), then a named import of
//!    each package the code refers to (auto-import: `strings.ToUpper` is
//!    enough; unused imports are never rendered, so "imported and not used"
//!    cannot happen);
//! 2. the prelude (`main`, `__repl_show`);
//! 3. the items, in the order they were entered: declarations, the
//!    package-level variables of prompt `:=`/`var`, and the function of
//!    every statement input;
//! 4. padding functions, so that the number of top-level functions never
//!    changes while items are added (one pad is dropped per new function).
//!
//! Why keep old inputs and pad: lowering numbers top-level functions in
//! declaration order and function literals after them, and closures carry
//! those numbers. With the order of items fixed and the total constant,
//! a closure made by an earlier version (stored in a variable, running in a
//! goroutine) keeps the same number, and the same code, in later versions.
//! An old input that no longer checks (a variable it used was redeclared
//! with another type) is replaced by a stub with as many function literals.

use crate::syntax::lexer::tokenize;
use crate::syntax::token::Tok;
use std::collections::BTreeSet;
use std::fmt::Write;

/// The std packages gorun ships: (name used in code, import path).
pub const STD: &[(&str, &str)] = &[
    ("bytes", "bytes"),
    ("context", "context"),
    ("errors", "errors"),
    ("fmt", "fmt"),
    ("io", "io"),
    ("maps", "maps"),
    ("math", "math"),
    ("cmplx", "math/cmplx"),
    ("rand", "math/rand"),
    ("os", "os"),
    ("runtime", "runtime"),
    ("slices", "slices"),
    ("sort", "sort"),
    ("strconv", "strconv"),
    ("strings", "strings"),
    ("sync", "sync"),
    ("atomic", "sync/atomic"),
    ("time", "time"),
    ("unicode", "unicode"),
    ("utf8", "unicode/utf8"),
];

/// Top-level functions the rendered file always has (items + pads), when
/// the items have no more than that.
const FUNC_BUDGET: usize = 1000;

/// The prelude: `main` (required by the front end, never run) and the
/// printer of expression values (see the README's REPL section).
const PRELUDE: &str = "func main() {}\n\n\
func __repl_show(vs ...any) {\n\
\tfor _, v := range vs {\n\
\t\tfmt.Printf(\"%#v\\t// %T\\n\", v, v)\n\
\t}\n\
}\n";

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// func, method, type, const: replaced when redeclared.
    Decl,
    /// A package variable made from a prompt `:=` or `var`.
    Var,
    /// The function of a statement input.
    Input,
}

/// One entry of the package.
#[derive(Clone, Debug)]
pub struct Item {
    pub kind: Kind,
    /// What it declares (`T.m` for a method).
    pub names: Vec<String>,
    pub text: String,
    /// Top-level functions (and methods) it declares.
    pub funcs: usize,
}

/// The accumulated package.
#[derive(Clone, Debug, Default)]
pub struct Package {
    pub items: Vec<Item>,
    /// Imports the user typed: (name in code, path).
    pub imports: Vec<(String, String)>,
    /// Number of the next statement input.
    pub next_input: u32,
}

/// A rendered file and where one item's text sits in it.
pub struct Rendered {
    pub text: String,
    /// Byte range of each item's text, by index in `items`.
    pub spans: Vec<(usize, usize)>,
}

impl Package {
    /// Names declared so far (for completion and `:vars`).
    pub fn names(&self) -> Vec<(Kind, String)> {
        self.items
            .iter()
            .filter(|i| i.kind != Kind::Input)
            .flat_map(|i| i.names.iter().map(move |n| (i.kind, n.clone())))
            .collect()
    }

    /// Adds `item`, replacing the items that declare any of the same names
    /// (a redeclared func, type or variable keeps its place, so that
    /// function numbering stays put).
    pub fn add(&mut self, item: Item) {
        let clash =
            |i: &Item| i.kind != Kind::Input && i.names.iter().any(|n| item.names.contains(n));
        match self.items.iter().position(clash) {
            Some(pos) => {
                // Other items clashing too (rare: a group split across
                // items) are dropped; the first keeps its place.
                let mut i = 0;
                self.items.retain(|it| {
                    i += 1;
                    i - 1 == pos || !clash(it)
                });
                self.items[pos] = item;
            }
            None => self.items.push(item),
        }
    }

    /// Renders the package with `extra` appended (not yet accepted).
    pub fn render(&self, extra: &[Item]) -> Rendered {
        let all: Vec<&Item> = self.items.iter().chain(extra.iter()).collect();
        let mut used = BTreeSet::new();
        for it in &all {
            referenced_packages(&it.text, &mut used);
        }
        let mut s = String::from("package main\n\n");
        for (_, path) in STD {
            let _ = writeln!(s, "import _ \"{path}\"");
        }
        let _ = writeln!(s, "import \"fmt\"");
        for (name, path) in self
            .imports
            .iter()
            .map(|(n, p)| (n.as_str(), p.as_str()))
            .chain(
                STD.iter()
                    .filter(|(n, _)| !self.imports.iter().any(|(u, _)| u == n))
                    .copied(),
            )
        {
            if name != "fmt" && used.contains(name) {
                let _ = writeln!(s, "import {name} \"{path}\"");
            }
        }
        s.push('\n');
        s.push_str(PRELUDE);
        let mut spans = Vec::new();
        let mut funcs = 0;
        for it in &all {
            s.push('\n');
            let lo = s.len();
            s.push_str(&it.text);
            spans.push((lo, s.len()));
            s.push('\n');
            funcs += it.funcs;
        }
        for i in funcs..FUNC_BUDGET {
            let _ = writeln!(s, "func __repl_pad{i}() {{}}");
        }
        Rendered { text: s, spans }
    }
}

/// Adds to `out` the names `x` used as `x.sel` in `src` (package names
/// among them select the imports).
pub fn referenced_packages(src: &str, out: &mut BTreeSet<String>) {
    let Ok(toks) = tokenize(src) else {
        return;
    };
    for w in toks.windows(3) {
        if let (Tok::Ident(n), Tok::Dot, Tok::Ident(_)) = (&w[0].1, &w[1].1, &w[2].1) {
            out.insert(n.to_string());
        }
    }
}

/// The number of `func` keywords followed by `(` in `src` (function
/// literals; a func type counts too, which only costs a spare stub).
pub fn count_func_lits(src: &str) -> usize {
    let Ok(toks) = tokenize(src) else {
        return 0;
    };
    toks.windows(2)
        .filter(|w| matches!((&w[0].1, &w[1].1), (Tok::Func, Tok::LParen)))
        .count()
}

/// An input function whose body no longer checks: same name, same number
/// of function literals (so later literals keep their numbers).
pub fn stub_input(name: &str, body: &str) -> String {
    let n = count_func_lits(body);
    let mut s = format!("func {name}() {{\n");
    for _ in 0..n {
        s.push_str("\t_ = func() {}\n");
    }
    s.push('}');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_select_imports() {
        let mut used = BTreeSet::new();
        referenced_packages("x := strings.ToUpper(s); t.Field = 1", &mut used);
        assert!(used.contains("strings") && used.contains("t"));
        let mut p = Package::default();
        p.items.push(Item {
            kind: Kind::Input,
            names: vec!["__repl_0".into()],
            text: "func __repl_0() {\n_ = strings.ToUpper(\"a\")\n}".into(),
            funcs: 1,
        });
        let r = p.render(&[]);
        assert!(r.text.contains("import strings \"strings\""));
        assert!(!r.text.contains("import time \"time\""));
    }

    #[test]
    fn the_number_of_functions_stays_constant() {
        let mut p = Package::default();
        let count = |p: &Package| p.render(&[]).text.matches("\nfunc ").count();
        let before = count(&p);
        p.add(Item {
            kind: Kind::Decl,
            names: vec!["f".into()],
            text: "func f() {}".into(),
            funcs: 1,
        });
        assert_eq!(count(&p), before);
        // A redeclaration replaces in place.
        p.add(Item {
            kind: Kind::Decl,
            names: vec!["f".into()],
            text: "func f() int { return 1 }".into(),
            funcs: 1,
        });
        assert_eq!(p.items.len(), 1);
        assert_eq!(count(&p), before);
    }

    #[test]
    fn stubs_keep_the_literal_count() {
        let body = "go func() { f := func(x int) {}; _ = f }()";
        assert_eq!(count_func_lits(body), 2);
        let stub = stub_input("__repl_3", body);
        assert_eq!(count_func_lits(&stub), 2);
        assert!(stub.starts_with("func __repl_3() {"));
    }
}

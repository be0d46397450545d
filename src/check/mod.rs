//! The type checker: resolves names, computes types and constant values, and
//! reports Go's compile errors (go/types / types2 wording, as `go build`
//! prints them). It never runs code.
//!
//! Entry point: [`check_program`] takes the user's parsed `main` package and
//! a [`StdLoader`] that yields the embedded standard-library sources; it loads
//! every imported package (transitively), checks them in dependency order,
//! and returns a [`Program`] (types, objects, per-node facts; see [`info`]) or
//! the sorted compile errors.
//!
//! Layout. Public: [`types`] (interned types, `%T` strings), [`constant`]
//! (exact constant values), [`info`] (the result tables). The checker proper:
//!
//! * `checker`: the state (program being built, errors, scopes, context);
//!   `universe`: the predeclared names; `loader`: imports, package order and
//!   gc's error flow (first ten found, sorted).
//! * `branches`: labels, break/continue/goto/fallthrough, checked first as
//!   gc's parser does.
//! * `decl`: package-level declarations resolved lazily in any order,
//!   methods, function bodies; `vardecl`: const/var declarations, iota;
//!   `initorder`: package variable initialisation order.
//! * `typexpr`: type expressions and signatures; `expr`: operands,
//!   identifiers, unary operators; `exprstring`: expressions as messages
//!   print them; `ops`: binary operators and constant folding; `assign`:
//!   assignability, conversions, untyped values; `call`: calls and
//!   built-ins; `generic`: the generic `slices`/`maps` functions; `literal`:
//!   composite literals, index and slice expressions; `lookup`: fields,
//!   methods, method sets, interface satisfaction, selectors.
//! * `stmt`: statements; `assignstmt`: assignments and `:=`; `switch`:
//!   switches, type switches, range loops; `terminating`: missing return.
//!
//! Invariants: the checker never runs code and never panics on any input
//! (errors are values; tests/check_fuzz.rs); it reports at most one error per
//! faulty expression (an invalid operand silences everything computed from
//! it); type identity is `TypeId` equality (display names such as `byte` live
//! only in messages).

mod assign;
mod assignstmt;
mod branches;
mod call;
mod checker;
mod complex;
pub mod constant;
mod decl;
mod expr;
mod exprstring;
mod generic;
pub mod info;
mod initorder;
mod literal;
mod loader;
mod lookup;
mod ops;
mod report;
mod stmt;
mod switch;
mod terminating;
pub mod types;
mod typexpr;
mod unary;
mod universe;
mod vardecl;

pub use info::{CheckErrors, FileDiagnostic, Program};

use crate::diag::{Diagnostic, SourceFile};
use crate::syntax::ast::{self, NodeIds};

/// Where `package foo is not in std (...)` says the standard library lives.
/// gorun has no GOROOT; go prints its own path there, the corpus normalises
/// it to `$GOROOT`.
pub const GOROOT: &str = "$GOROOT";

/// One parsed source file handed to the checker.
#[derive(Clone, Debug)]
pub struct ParsedFile {
    pub source: SourceFile,
    pub ast: ast::File,
}

/// What loading one standard package's source produced.
pub enum StdLoad {
    /// Parsed files of the package.
    Files(Vec<ParsedFile>),
    /// The source failed to parse (a gorun bug, reported like any error).
    ParseError(SourceFile, Diagnostic),
}

/// Finds and parses the embedded Go source of a standard package.
pub trait StdLoader {
    /// `None` if gorun has no package with this import path.
    fn load(&mut self, path: &str, ids: &mut NodeIds) -> Option<StdLoad>;
}

/// Checks the user's `main` package (one or more files) together with every
/// standard package it imports. Node ids of std files are drawn from `ids`.
pub fn check_program(
    main: Vec<ParsedFile>,
    ids: &mut NodeIds,
    std: &mut dyn StdLoader,
) -> Result<Program, CheckErrors> {
    loader::check_program(main, ids, std, &CheckOptions::default())
}

/// How strict the checker is beyond the Go spec.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// Report gc's "declared and not used" and "imported and not used"
    /// (true for `gorun prog.go`; a REPL that accumulates inputs wants false).
    pub unused_errors: bool,
    /// Require `func main` in package main.
    pub require_main: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            unused_errors: true,
            require_main: true,
        }
    }
}

/// [`check_program`] with options.
pub fn check_program_with(
    main: Vec<ParsedFile>,
    ids: &mut NodeIds,
    std: &mut dyn StdLoader,
    opts: &CheckOptions,
) -> Result<Program, CheckErrors> {
    loader::check_program(main, ids, std, opts)
}

/// The standard library embedded in gorun ([`crate::library::std_source`]),
/// parsed with [`crate::syntax::parse_file`].
#[derive(Default)]
pub struct EmbeddedStd;

impl StdLoader for EmbeddedStd {
    fn load(&mut self, path: &str, ids: &mut NodeIds) -> Option<StdLoad> {
        let text = crate::library::std_source(path)?;
        let name = crate::library::std_file_name(path).unwrap_or_else(|| format!("std/{path}.go"));
        let source = SourceFile::new(name, text);
        Some(match crate::syntax::parse_file(text, ids) {
            Ok(ast) => StdLoad::Files(vec![ParsedFile { source, ast }]),
            Err(d) => StdLoad::ParseError(source, d),
        })
    }
}

/// Parses and checks one user file named `name` against the embedded
/// standard library: the front end of `gorun prog.go` in one call.
///
/// As in gc, lexical errors and the parser's complaints that are not
/// "syntax error"s leave a tree that is still type-checked; both sets of
/// errors come out together, sorted by position.
pub fn check_source(name: &str, text: &str, ids: &mut NodeIds) -> Result<Program, CheckErrors> {
    check_source_with(name, text, ids, &CheckOptions::default())
}

/// [`check_source`] with options.
pub fn check_source_with(
    name: &str,
    text: &str,
    ids: &mut NodeIds,
    opts: &CheckOptions,
) -> Result<Program, CheckErrors> {
    check_decoded(name, text, Vec::new(), ids, opts)
}

/// Reads file bytes as gc does ([`crate::syntax::decode_source`]: invalid
/// UTF-8 is an error at its position) and checks them.
pub fn check_bytes(name: &str, bytes: &[u8], ids: &mut NodeIds) -> Result<Program, CheckErrors> {
    let (text, utf8_errors) = crate::syntax::decode_source(bytes);
    check_decoded(name, &text, utf8_errors, ids, &CheckOptions::default())
}

/// The front end over decoded text, with the errors decoding found.
fn check_decoded(
    name: &str,
    text: &str,
    decode_errors: Vec<crate::diag::Diagnostic>,
    ids: &mut NodeIds,
    opts: &CheckOptions,
) -> Result<Program, CheckErrors> {
    let source = SourceFile::new(name, text);
    let parsed = crate::syntax::parse_file_all(text, ids);
    let early: Vec<FileDiagnostic> = decode_errors
        .into_iter()
        .chain(parsed.errors)
        .map(|diag| FileDiagnostic {
            file: info::FileId(0),
            diag,
        })
        .collect();
    let no_errors = |source| CheckErrors {
        files: vec![source],
        diags: Vec::new(),
        too_many: false,
        too_many_at: None,
    };
    let Some(ast) = parsed.tree else {
        let mut errs = no_errors(source);
        errs.diags = early;
        return Err(errs);
    };
    let result = loader::check_program(
        vec![ParsedFile {
            source: source.clone(),
            ast,
        }],
        ids,
        &mut EmbeddedStd,
        opts,
    );
    if early.is_empty() {
        return result;
    }
    let mut errs = match result {
        Ok(_) => no_errors(source),
        Err(e) => e,
    };
    errs.diags.extend(early);
    errs.diags.sort_by_key(|d| (d.file.0, d.diag.span.lo));
    errs.diags.dedup_by(|a, b| {
        a.file == b.file && a.diag.span.lo == b.diag.span.lo && a.diag.message == b.diag.message
    });
    if errs.diags.len() > crate::diag::MAX_ERRORS {
        errs.too_many = true;
        errs.diags.truncate(crate::diag::MAX_ERRORS);
        errs.too_many_at = errs.diags.last().map(|d| (d.file, d.diag.span));
    }
    Err(errs)
}

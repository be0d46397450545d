//! Loading a program: the user's files, then every standard package they
//! import (transitively) through the [`StdLoader`], in dependency order; then
//! checking each package after the packages it imports, and collecting the
//! errors gc would print (sorted by position, at most ten).
//!
//! As with `go build`, an import that cannot be found stops everything before
//! type checking: only the `package foo is not in std` errors are reported.
//! Branch and label errors (gc's parser finds those) come first in the order
//! errors are found, then type errors.

use crate::check::checker::Checker;
use crate::check::info::*;
use crate::check::{CheckOptions, ParsedFile, StdLoad, StdLoader, GOROOT};
use crate::diag::{Diagnostic, MAX_ERRORS};
use crate::syntax::ast::NodeIds;
use std::collections::HashMap;

/// A package found by the loader, before checking.
struct Loaded {
    path: String,
    files: Vec<FileId>,
}

struct Loader<'s> {
    std: &'s mut dyn StdLoader,
    files: Vec<CheckedFile>,
    packages: Vec<Loaded>,
    state: HashMap<String, Option<usize>>,
    errors: Vec<FileDiagnostic>,
}

impl Loader<'_> {
    fn add_files(&mut self, files: Vec<ParsedFile>, std: bool) -> Vec<FileId> {
        let mut ids = Vec::new();
        for f in files {
            ids.push(FileId(self.files.len() as u32));
            self.files.push(CheckedFile {
                source: f.source,
                ast: f.ast,
                pkg: PkgId(u32::MAX),
                std,
            });
        }
        ids
    }

    /// Loads the imports of `files` (depth first, so dependencies come first).
    fn load_imports(&mut self, files: &[FileId], ids: &mut NodeIds) {
        for &f in files {
            let imports: Vec<(String, crate::syntax::ast::Span)> = self.files[f.0 as usize]
                .ast
                .imports
                .iter()
                .map(|i| (i.path.clone(), i.path_span))
                .collect();
            for (path, span) in imports {
                if self.state.contains_key(&path) {
                    continue; // loaded, or being loaded (an import cycle among std files)
                }
                self.state.insert(path.clone(), None);
                match self.std.load(&path, ids) {
                    None => {
                        let msg = format!("package {path} is not in std ({GOROOT}/src/{path})");
                        self.errors.push(FileDiagnostic {
                            file: f,
                            diag: Diagnostic::new(span, msg),
                        });
                    }
                    Some(StdLoad::ParseError(src, d)) => {
                        let id = FileId(self.files.len() as u32);
                        let ast = crate::syntax::ast::File {
                            package: crate::syntax::ast::Ident {
                                id: ids.fresh(),
                                name: "_".into(),
                                span: Default::default(),
                            },
                            imports: vec![],
                            decls: vec![],
                        };
                        self.files.push(CheckedFile {
                            source: src,
                            ast,
                            pkg: PkgId(u32::MAX),
                            std: true,
                        });
                        self.errors.push(FileDiagnostic { file: id, diag: d });
                    }
                    Some(StdLoad::Files(pfiles)) => {
                        let fids = self.add_files(pfiles, true);
                        self.load_imports(&fids, ids);
                        self.state.insert(path.clone(), Some(self.packages.len()));
                        self.packages.push(Loaded { path, files: fids });
                    }
                }
            }
        }
    }
}

/// gc's error flow (cmd/compile/internal/base): errors are taken in the
/// order they are found, a repeat of the same message on the same line is
/// dropped, the tenth error stops compilation ("too many errors" at its
/// position), and what was collected is printed sorted by position.
fn finish_errors(files: Vec<CheckedFile>, found: Vec<FileDiagnostic>) -> CheckErrors {
    let line = |d: &FileDiagnostic| {
        (
            d.file,
            files[d.file.0 as usize].source.line_col(d.diag.span.lo).0,
        )
    };
    let mut diags: Vec<FileDiagnostic> = Vec::new();
    let mut too_many_at = None;
    for d in found {
        if diags
            .last()
            .is_some_and(|last| line(last) == line(&d) && last.diag.message == d.diag.message)
        {
            continue;
        }
        diags.push(d);
        if diags.len() >= MAX_ERRORS {
            too_many_at = diags.last().map(|d| (d.file, d.diag.span));
            break;
        }
    }
    diags.sort_by_key(|d| (d.file.0, d.diag.span.lo));
    diags.dedup_by(|a, b| {
        a.file == b.file && a.diag.span.lo == b.diag.span.lo && a.diag.message == b.diag.message
    });
    CheckErrors {
        files: files.into_iter().map(|f| f.source).collect(),
        diags,
        too_many: too_many_at.is_some(),
        too_many_at,
    }
}

/// Stack for the checking thread: the checker recurses along the syntax
/// tree, and Go accepts expressions nested thousands deep (256 MiB is only
/// reserved address space; `Checker::MAX_DEPTH` bounds the recursion).
const CHECK_STACK: usize = 256 << 20;

/// Checks every package (in order) on a thread with a large stack, or on the
/// current thread if such a thread cannot be started.
fn run_with_big_stack(
    files: &[CheckedFile],
    prog: Program,
    pkg_files: &[Vec<FileId>],
    opts: &CheckOptions,
) -> (Program, Vec<FileDiagnostic>) {
    let run = |prog: Program| {
        let mut c = Checker::new(files, prog);
        c.opts = opts.clone();
        c.init_universe();
        // gc's parser finds branch errors first; typing goes on after them.
        for (i, fs) in pkg_files.iter().enumerate() {
            c.pkg = PkgId(i as u32);
            c.check_branches(fs);
        }
        for (i, fs) in pkg_files.iter().enumerate() {
            c.check_package(PkgId(i as u32), fs);
        }
        (c.prog, c.errors)
    };
    let mut slot = Some(prog);
    let result = std::thread::scope(|s| {
        let taken = &mut slot;
        let handle = std::thread::Builder::new()
            .name("gorun-check".into())
            .stack_size(CHECK_STACK)
            .spawn_scoped(s, || {
                let p = taken.take().unwrap_or_default();
                run(p)
            });
        handle.ok().map(|h| h.join())
    });
    match result {
        Some(Ok(r)) => r,
        Some(Err(payload)) => std::panic::resume_unwind(payload),
        None => run(slot.take().unwrap_or_default()),
    }
}

pub(crate) fn check_program(
    main: Vec<ParsedFile>,
    ids: &mut NodeIds,
    std: &mut dyn StdLoader,
    opts: &CheckOptions,
) -> Result<Program, CheckErrors> {
    let mut loader = Loader {
        std,
        files: Vec::new(),
        packages: Vec::new(),
        state: HashMap::new(),
        errors: Vec::new(),
    };
    let main_ids = loader.add_files(main, false);
    loader.load_imports(&main_ids, ids);
    loader.packages.push(Loaded {
        path: "main".into(),
        files: main_ids,
    });
    let Loader {
        mut files,
        packages,
        errors,
        ..
    } = loader;
    if !errors.is_empty() {
        return Err(finish_errors(files, errors));
    }
    let mut prog = Program::default();
    for (i, p) in packages.iter().enumerate() {
        for f in &p.files {
            files[f.0 as usize].pkg = PkgId(i as u32);
        }
        let name = p
            .files
            .first()
            .map(|f| files[f.0 as usize].ast.package.name.clone())
            .unwrap_or_else(|| p.path.as_str().into());
        prog.packages.push(Package {
            path: p.path.as_str().into(),
            name,
            files: p.files.clone(),
            scope: HashMap::new(),
            imports: Vec::new(),
            var_inits: Vec::new(),
            init_funcs: Vec::new(),
        });
    }
    let pkg_files: Vec<Vec<FileId>> = packages.iter().map(|p| p.files.clone()).collect();
    let (prog, errors) = run_with_big_stack(&files, prog, &pkg_files, opts);
    if !errors.is_empty() {
        return Err(finish_errors(files, errors));
    }
    let mut prog = prog;
    prog.files = files;
    Ok(prog)
}

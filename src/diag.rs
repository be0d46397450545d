//! Compile-time diagnostics: one type for every front-end stage, and the two
//! ways of showing it.
//!
//! A [`Diagnostic`] is a message at a byte span of one [`SourceFile`]. It is
//! rendered either with codespan-reporting (source line, caret, label; colour
//! only when the caller asks, which the CLI does on a terminal without
//! NO_COLOR) or in gc's one-line form `path:line:col: message`.
//!
//! Positions follow gc: lines and columns count from 1 and columns count
//! bytes, not characters.

use crate::syntax::ast::Span;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};

/// A source text with its display name and line index.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as the user wrote it (gc prints it that way).
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and byte column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = offset as usize;
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line + 1, offset - self.line_starts[line] + 1)
    }
}

/// One compile error.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    /// The message exactly as gc prints it after `path:line:col: `.
    pub message: String,
    /// A short label under the caret (defaults to nothing).
    pub label: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
            label: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// gc's one-line form: `path:line:col: message`.
    pub fn to_go_line(&self, file: &SourceFile) -> String {
        let (line, col) = file.line_col(self.span.lo);
        format!("{}:{}:{}: {}", file.name, line, col, self.message)
    }
}

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorFormat {
    /// codespan-reporting, with or without colour.
    Rich { color: bool },
    /// gc's one-line form.
    Go,
}

/// gc stops after this many errors and prints "too many errors".
pub const MAX_ERRORS: usize = 10;

/// Writes `diags` (already sorted and truncated by the caller) to `out`.
pub fn emit(
    out: &mut dyn std::io::Write,
    file: &SourceFile,
    diags: &[Diagnostic],
    format: ErrorFormat,
    too_many: bool,
) -> std::io::Result<()> {
    match format {
        ErrorFormat::Go => {
            for d in diags {
                writeln!(out, "{}", d.to_go_line(file))?;
            }
            if too_many {
                writeln!(out, "{}: too many errors", file.name)?;
            }
        }
        ErrorFormat::Rich { color } => {
            let cs_file = SimpleFile::new(file.name.as_str(), file.text.as_str());
            let config = term::Config::default();
            let mut buf = Vec::new();
            {
                let mut writer: Box<dyn termcolor::WriteColor> = if color {
                    Box::new(termcolor::Ansi::new(&mut buf))
                } else {
                    Box::new(termcolor::NoColor::new(&mut buf))
                };
                for d in diags {
                    let lo = d.span.lo as usize;
                    let hi = (d.span.hi as usize).max(lo).min(file.text.len());
                    let cs = CsDiagnostic::error()
                        .with_message(d.message.clone())
                        .with_labels(vec![Label::primary((), lo..hi)
                            .with_message(d.label.clone().unwrap_or_default())]);
                    term::emit_to_write_style(&mut writer, &config, &cs_file, &cs)
                        .map_err(std::io::Error::other)?;
                }
            }
            out.write_all(&buf)?;
            if too_many {
                writeln!(out, "{}: too many errors", file.name)?;
            }
        }
    }
    Ok(())
}

//! Printing [`CheckErrors`]: gc's one-line form, or codespan-reporting's
//! excerpts, in the same order and with the same "too many errors" line.

use super::info::CheckErrors;
use crate::diag::{self, ErrorFormat};
use std::io::{self, Write};

impl CheckErrors {
    /// Writes every error in `format`.
    pub fn emit(&self, out: &mut dyn Write, format: ErrorFormat) -> io::Result<()> {
        match format {
            ErrorFormat::Go => {
                for line in self.to_go_lines() {
                    writeln!(out, "{line}")?;
                }
            }
            ErrorFormat::Rich { .. } => {
                let go_lines = self.to_go_lines();
                for d in &self.diags {
                    let file = &self.files[d.file.0 as usize];
                    diag::emit(out, file, std::slice::from_ref(&d.diag), format, false)?;
                }
                // The positionless lines (a missing main) and "too many errors"
                // read the same in both forms.
                if self.too_many {
                    if let Some(last) = go_lines.last() {
                        writeln!(out, "{last}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

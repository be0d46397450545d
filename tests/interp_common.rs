//! Shared helpers of the interpreter tests (included with `mod`).
#![allow(dead_code)]

use gorun::interp::{run_source, RunOptions};
use parking_lot::Mutex;
use std::io::Write;
use std::sync::Arc;

/// A writer the test can read back.
#[derive(Clone, Default)]
pub struct Buf(pub Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs Go source; returns (exit code, stdout, stderr).
pub fn run_go(src: &str) -> (i32, String, String) {
    let (out, err) = (Buf::default(), Buf::default());
    let opts = RunOptions {
        deterministic: std::env::var_os("GORUN_NONDET").is_none(),
        seed: 1,
        ..Default::default()
    };
    let code = run_source(
        "prog.go",
        src,
        &[],
        &opts,
        Box::new(out.clone()),
        Box::new(err.clone()),
    );
    let o = String::from_utf8_lossy(&out.0.lock()).into_owned();
    let e = String::from_utf8_lossy(&err.0.lock()).into_owned();
    (code, o, e)
}

//! Tracebacks in the input's terms: a frame of an input's function
//! (`main.__repl_N`, its closures `main.__repl_N.funcK`) is located in the
//! session's generated file (`repl.go:L`); this rewrites the location to
//! the line within the input as typed (`repl:2`).

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::Arc;

/// Input number → line of the generated file where its body starts (in
/// the version it ran in).
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<HashMap<u32, usize>>>);

impl Lines {
    /// Remembers where input `n`'s body starts.
    pub fn record(&self, n: u32, first_line: usize) {
        self.0.lock().insert(n, first_line);
    }

    /// `report` with input frames located within their input.
    pub fn relabel(&self, report: &str) -> String {
        let map = self.0.lock();
        let mut out = String::with_capacity(report.len());
        let mut input: Option<u32> = None;
        for line in report.split_inclusive('\n') {
            if let Some(loc) = line.strip_prefix("\trepl.go:") {
                let digits: String = loc.chars().take_while(char::is_ascii_digit).collect();
                let start = input.and_then(|n| map.get(&n).copied());
                if let (Some(start), Ok(l)) = (start, digits.parse::<usize>()) {
                    if l >= start {
                        out.push_str(&format!("\trepl:{}{}", l - start + 1, &loc[digits.len()..]));
                        input = None;
                        continue;
                    }
                }
            }
            input = input_of_frame(line);
            out.push_str(line);
        }
        out
    }
}

/// `main.__repl_N(...)`, `main.__repl_N.func1(...)` or `created by
/// main.__repl_N...`: N.
fn input_of_frame(line: &str) -> Option<u32> {
    let rest = line
        .strip_prefix("created by ")
        .unwrap_or(line)
        .strip_prefix("main.__repl_")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

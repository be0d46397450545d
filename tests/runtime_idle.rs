//! Idle cost: a program blocked in time.Sleep uses no CPU. Alone in its
//! own test binary, so that no other test's threads share the process's
//! CPU counters.

mod runtime_util;

use std::time::{Duration, Instant};

use gorun::runtime::{Outcome, Yield};
use runtime_util::{body, run};

/// Process CPU time (user + system) in clock ticks, from /proc.
fn cpu_ticks() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// A program blocked in a 300ms sleep (with idle Ps around) uses no CPU.
#[test]
fn sleeping_program_uses_no_cpu() {
    let Some(before) = cpu_ticks() else { return };
    let t0 = Instant::now();
    let out = run(
        4,
        body("main.main", |cx| {
            ready!(cx.sleep(300_000_000));
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert!(t0.elapsed() >= Duration::from_millis(300));
    let used = cpu_ticks().unwrap_or(before) - before;
    // Ticks are 10ms: a thread spinning through the sleep would use 30.
    eprintln!("cpu ticks used while sleeping 300ms: {used}");
    assert!(used <= 5, "used {used} ticks of CPU while sleeping");
}

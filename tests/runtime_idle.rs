//! Process-wide costs: a program blocked in time.Sleep uses no CPU, and a
//! finished program leaves no threads. In their own test binary, run one
//! at a time, so that no other test's threads share the counters.

mod runtime_util;

use std::time::{Duration, Instant};

use gorun::runtime::{Outcome, Yield};
use runtime_util::{body, run};

/// The tests here measure the whole process: run them one at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

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
    let _s = serial();
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

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").map_or(0, |d| d.count())
}

/// Every M of a finished program exits: 100 runs on 4 Ps leave no threads.
#[test]
fn finished_programs_leave_no_threads() {
    let _s = serial();
    let before = threads();
    for _ in 0..100 {
        let out = run(
            4,
            body("main.main", |cx| {
                for _ in 0..8 {
                    cx.spawn(body("main.spin", |cx| loop {
                        if cx.should_yield() {
                            return Yield::Preempted;
                        }
                    }));
                }
                ready!(cx.sleep(100_000));
                Yield::Exit
            }),
        );
        assert_eq!(out, Outcome::MainReturned);
    }
    // Exited threads may take a moment to be reaped.
    std::thread::sleep(Duration::from_millis(50));
    let after = threads();
    assert!(
        after <= before + 1,
        "threads: {before} before, {after} after"
    );
}

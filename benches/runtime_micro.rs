//! Runtime micro-benchmarks with fake bodies (no interpreter):
//! unbuffered ping-pong round trip and spawning 100,000 goroutines, at
//! GOMAXPROCS 1 and 2. Run: `cargo bench --bench runtime_micro`.
//! Compare with Go's anchors in design.md (ping-pong 360 ns at
//! GOMAXPROCS=1, 391 ns at 2; spawn + finish ~600 ns each).

use std::sync::Arc;
use std::time::Instant;

use gorun::runtime::{Chan, Config, Goroutine, Op, Outcome, RunCx, Sched, WaitGroup, Yield};
use gorun::value::Value;

struct FnBody<F>(F);

impl<F: FnMut(&mut RunCx<'_>) -> Yield + Send> Goroutine for FnBody<F> {
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield {
        (self.0)(cx)
    }
    fn traceback(&self) -> String {
        String::new()
    }
}

fn body<F: FnMut(&mut RunCx<'_>) -> Yield + Send + 'static>(f: F) -> Box<dyn Goroutine> {
    Box::new(FnBody(f))
}

macro_rules! ready {
    ($e:expr) => {
        match $e {
            Op::Ready(v) => v,
            Op::Park => return Yield::Park,
            _ => panic!("unexpected panic"),
        }
    };
}

fn sched(procs: usize) -> Sched {
    Sched::new(Config {
        gomaxprocs: Some(procs),
        ..Config::default()
    })
}

/// Nanoseconds per unbuffered round trip.
fn ping_pong(procs: usize, n: i64) -> f64 {
    let ping = Chan::new(0, Value::Int(0));
    let pong = Chan::new(0, Value::Int(0));
    let (mut i, mut phase, mut spawned) = (0i64, 0, false);
    let start = Arc::new(std::sync::Mutex::new(None));
    let s2 = start.clone();
    let out = sched(procs).run_main(body(move |cx| {
        if !spawned {
            spawned = true;
            let (ping, pong) = (ping.clone(), pong.clone());
            let mut held = None;
            cx.spawn(body(move |cx| loop {
                if held.is_none() {
                    let (v, _) = ready!(cx.recv(Some(&ping)));
                    held = Some(v);
                }
                ready!(cx.send(Some(&pong), held.clone().unwrap_or_default()));
                held = None;
            }));
            *s2.lock().unwrap() = Some(Instant::now());
        }
        loop {
            if i == n {
                return Yield::Exit;
            }
            if phase == 0 {
                ready!(cx.send(Some(&ping), Value::Int(i)));
                phase = 1;
            }
            ready!(cx.recv(Some(&pong)));
            i += 1;
            phase = 0;
        }
    }));
    assert_eq!(out, Outcome::MainReturned);
    let t = start.lock().unwrap().expect("started").elapsed();
    t.as_nanos() as f64 / n as f64
}

/// Nanoseconds per goroutine: spawn n, each calls wg.Done, main waits.
fn spawn(procs: usize, n: i64) -> f64 {
    let wg = WaitGroup::new();
    let mut pc = 0;
    let t0 = Instant::now();
    let out = sched(procs).run_main(body(move |cx| {
        if pc == 0 {
            cx.wg_add(&wg, n).unwrap();
            for _ in 0..n {
                let wg = wg.clone();
                cx.spawn(body(move |cx| {
                    cx.wg_add(&wg, -1).unwrap();
                    Yield::Exit
                }));
            }
            pc = 1;
        }
        ready!(cx.wg_wait(&wg));
        Yield::Exit
    }));
    assert_eq!(out, Outcome::MainReturned);
    t0.elapsed().as_nanos() as f64 / n as f64
}

/// Resident set size in bytes, from /proc (0 where unavailable).
fn rss() -> i64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmRSS:"))?.to_string();
            line.split_whitespace().nth(1)?.parse::<i64>().ok()
        })
        .map_or(0, |kb| kb * 1024)
}

/// Bytes of runtime state per goroutine blocked on one channel (the
/// bodies are a few bytes: this is the scheduler's own cost).
fn blocked(n: i64) -> f64 {
    let c = Chan::new(0, Value::Int(0));
    let wg = WaitGroup::new();
    let (mut pc, mut before, mut during) = (0, 0i64, 0i64);
    let per = Arc::new(std::sync::Mutex::new(0.0));
    let p2 = per.clone();
    let out = sched(2).run_main(body(move |cx| loop {
        match pc {
            0 => {
                before = rss();
                cx.wg_add(&wg, n).unwrap();
                for _ in 0..n {
                    let (c, wg) = (c.clone(), wg.clone());
                    cx.spawn(body(move |cx| {
                        ready!(cx.recv(Some(&c)));
                        cx.wg_add(&wg, -1).unwrap();
                        Yield::Exit
                    }));
                }
                pc = 1;
            }
            1 => {
                ready!(cx.sleep(200_000_000));
                during = rss();
                cx.close(Some(&c)).unwrap();
                pc = 2;
            }
            _ => {
                ready!(cx.wg_wait(&wg));
                *p2.lock().unwrap() = (during - before) as f64 / n as f64;
                return Yield::Exit;
            }
        }
    }));
    assert_eq!(out, Outcome::MainReturned);
    let v = *per.lock().unwrap();
    v
}

fn best(mut f: impl FnMut() -> f64) -> f64 {
    (0..5).map(|_| f()).fold(f64::MAX, f64::min)
}

fn main() {
    // `RUNTIME_MICRO=pingpong1` runs only the one-P ping-pong (for
    // `perf stat`, whose cycle counts are steadier than wall time on a
    // shared machine).
    if std::env::var("RUNTIME_MICRO").as_deref() == Ok("pingpong1") {
        println!(
            "ping-pong round trip, GOMAXPROCS=1: {:.0} ns",
            ping_pong(1, 500_000)
        );
        return;
    }
    for procs in [1, 2] {
        println!(
            "ping-pong round trip, GOMAXPROCS={procs}: {:.0} ns",
            best(|| ping_pong(procs, 500_000))
        );
    }
    println!(
        "1,000,000 goroutines blocked on one channel: {:.0} bytes each",
        blocked(1_000_000)
    );
    for procs in [1, 2] {
        println!(
            "spawn+finish 100k goroutines, GOMAXPROCS={procs}: {:.0} ns each",
            best(|| spawn(procs, 100_000))
        );
    }
}

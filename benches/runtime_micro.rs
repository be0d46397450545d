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
    let out = sched(procs).run_main(body(move |cx| loop {
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
        return Yield::Exit;
    }));
    assert_eq!(out, Outcome::MainReturned);
    t0.elapsed().as_nanos() as f64 / n as f64
}

fn best(mut f: impl FnMut() -> f64) -> f64 {
    (0..5).map(|_| f()).fold(f64::MAX, f64::min)
}

fn main() {
    for procs in [1, 2] {
        println!(
            "ping-pong round trip, GOMAXPROCS={procs}: {:.0} ns",
            best(|| ping_pong(procs, 500_000))
        );
    }
    for procs in [1, 2] {
        println!(
            "spawn+finish 100k goroutines, GOMAXPROCS={procs}: {:.0} ns each",
            best(|| spawn(procs, 100_000))
        );
    }
}

//! Stress: many goroutines mixing every blocking operation on several Ps
//! while GOMAXPROCS changes, checked for conservation (nothing lost,
//! nothing duplicated) and for liveness (a watchdog turns a lost wake-up
//! into a failure instead of a hang).

mod runtime_util;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use gorun::runtime::{Chan, Mutex, Outcome, SelectCase, Selected, WaitGroup, Yield};
use gorun::value::Value;
use runtime_util::{body, int, run};

/// Run `f` on its own thread; fail if it takes longer than `secs`.
fn watchdog<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("scheduler hung (lost wake-up?)")
}

fn mixed(procs: usize, producers: i64, per: i64) -> (i64, i64) {
    let total = Arc::new(AtomicI64::new(0));
    let locked_sum = Arc::new(AtomicI64::new(0));
    let (t2, l2) = (total.clone(), locked_sum.clone());
    let data = [Chan::new(0, Value::Int(0)), Chan::new(3, Value::Int(0))];
    let quit = Chan::new(0, Value::Int(0));
    let (mu, prod_wg, cons_wg) = (Mutex::new(), WaitGroup::new(), WaitGroup::new());
    let consumers = 6;
    let mut pc = 0;
    let out = run(
        procs,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    cx.wg_add(&prod_wg, producers).unwrap();
                    cx.wg_add(&cons_wg, consumers).unwrap();
                    for p in 0..producers {
                        let (data, wg) = (data.clone(), prod_wg.clone());
                        let mut i = 0;
                        let mut slept = false;
                        cx.spawn(body("main.producer", move |cx| {
                            while i < per {
                                if i % 50 == 0 && !slept {
                                    ready!(cx.sleep(10_000));
                                    slept = true;
                                }
                                ready!(cx.send(Some(&data[((p + i) % 2) as usize]), Value::Int(1)));
                                slept = false;
                                i += 1;
                                if cx.should_yield() {
                                    return Yield::Preempted;
                                }
                            }
                            cx.wg_add(&wg, -1).unwrap();
                            Yield::Exit
                        }));
                    }
                    for _ in 0..consumers {
                        let (data, quit, mu, wg) =
                            (data.clone(), quit.clone(), mu.clone(), cons_wg.clone());
                        let (t, l) = (t2.clone(), l2.clone());
                        let (mut sum, mut step, mut v) = (0i64, 0, 0i64);
                        cx.spawn(body("main.consumer", move |cx| loop {
                            match step {
                                0 => {
                                    let cases = vec![
                                        SelectCase::Recv(Some(data[0].clone())),
                                        SelectCase::Recv(Some(data[1].clone())),
                                        SelectCase::Recv(Some(quit.clone())),
                                    ];
                                    match ready!(cx.select(cases, false)) {
                                        Selected::Case { index: 2, .. } => {
                                            t.fetch_add(sum, Ordering::SeqCst);
                                            cx.wg_add(&wg, -1).unwrap();
                                            return Yield::Exit;
                                        }
                                        Selected::Case { value, .. } => {
                                            v = int(&value);
                                            sum += v;
                                            step = 1;
                                        }
                                        Selected::Default => unreachable!(),
                                    }
                                }
                                _ => {
                                    ready!(cx.lock(&mu));
                                    l.fetch_add(v, Ordering::SeqCst);
                                    cx.unlock(&mu).unwrap();
                                    step = 0;
                                }
                            }
                        }));
                    }
                    pc = 1;
                }
                1 => {
                    ready!(cx.sleep(2_000_000));
                    cx.gomaxprocs(1);
                    pc = 2;
                }
                2 => {
                    ready!(cx.sleep(2_000_000));
                    cx.gomaxprocs(procs as i64);
                    pc = 3;
                }
                3 => {
                    ready!(cx.wg_wait(&prod_wg));
                    cx.close(Some(&quit)).unwrap();
                    pc = 4;
                }
                _ => {
                    ready!(cx.wg_wait(&cons_wg));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    (
        total.load(Ordering::SeqCst),
        locked_sum.load(Ordering::SeqCst),
    )
}

#[test]
fn mixed_operations_conserve_values() {
    for procs in [1, 2, 4] {
        let (total, locked) = watchdog(60, move || mixed(procs, 20, 500));
        assert_eq!(total, 10_000, "procs={procs}");
        assert_eq!(locked, 10_000, "procs={procs}");
    }
}

/// Repeated short programs: start-up and shutdown never hang or leak Ms.
#[test]
fn many_short_runs() {
    watchdog(60, || {
        for i in 0..200 {
            let c = Chan::new(0, Value::Int(0));
            let mut spawned = false;
            let out = run(
                1 + i % 3,
                body("main.main", move |cx| {
                    if !spawned {
                        spawned = true;
                        let c2 = c.clone();
                        cx.spawn(body("main.f", move |cx| {
                            ready!(cx.send(Some(&c2), Value::Int(1)));
                            Yield::Exit
                        }));
                    }
                    ready!(cx.recv(Some(&c)));
                    Yield::Exit
                }),
            );
            assert_eq!(out, Outcome::MainReturned);
        }
    });
}

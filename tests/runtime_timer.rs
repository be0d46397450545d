//! Timers with fake bodies: sleep ordering and precision, 100k pending
//! timers, timer channels with Go 1.23 Stop/Reset semantics, tickers,
//! AfterFunc, and no CPU burnt while everything sleeps.

mod runtime_util;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex as StdMutex};

use gorun::runtime::{
    BodyFactory, Chan, Op, Outcome, RunCx, SelectCase, Selected, TickValue, WaitGroup, Yield,
};
use gorun::value::Value;
use runtime_util::{body, int, run, run_det};

fn tick() -> TickValue {
    Arc::new(Value::Int)
}

/// Sleepers started in a scrambled order: which woke, in which order, and
/// how late after their deadline.
fn sleepers_in_order(det: bool, gap: i64) -> Vec<(i64, i64)> {
    let log = Arc::new(StdMutex::new(Vec::new()));
    let l2 = log.clone();
    let wg = WaitGroup::new();
    let mut pc = 0;
    let main = body("main.main", move |cx| loop {
        match pc {
            0 => {
                cx.wg_add(&wg, 5).unwrap();
                let t0 = cx.now();
                for k in [5i64, 1, 4, 2, 3] {
                    let (l, wg) = (l2.clone(), wg.clone());
                    let mut done = false;
                    cx.spawn(body("main.sleeper", move |cx| {
                        if !done {
                            // Absolute deadlines: a late start does not
                            // reorder them.
                            let d = t0 + k * gap - cx.now();
                            ready!(cx.sleep(d));
                            done = true;
                            l.lock().unwrap().push((k, cx.now() - (t0 + k * gap)));
                        }
                        cx.wg_add(&wg, -1).unwrap();
                        Yield::Exit
                    }));
                }
                pc = 1;
            }
            _ => {
                ready!(cx.wg_wait(&wg));
                return Yield::Exit;
            }
        }
    });
    let out = if det { run_det(0, main) } else { run(2, main) };
    assert_eq!(out, Outcome::MainReturned);
    let v = log.lock().unwrap().clone();
    v
}

#[test]
fn sleepers_wake_in_deadline_order() {
    // Virtual time: exact deadlines, exact order.
    let det = sleepers_in_order(true, 10);
    assert_eq!(det, (1..=5).map(|k| (k, 0)).collect::<Vec<_>>());
    // Real time: every sleeper wakes, none early. (The order is not checked:
    // on an overloaded machine two deadlines may both be past when an M
    // gets to them, and then, as in Go, the one readied last runs first.)
    let mut real = sleepers_in_order(false, 30_000_000);
    assert!(
        real.iter().all(|&(_, late)| late >= 0),
        "woke early: {real:?}"
    );
    real.sort();
    assert_eq!(
        real.iter().map(|r| r.0).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5]
    );
}

/// time.Sleep(1µs), 2000 times: the typical sleep takes microseconds, not
/// a timer tick or a scheduler quantum (the median is robust to the
/// occasional preemption by a loaded machine).
#[test]
fn short_sleeps_are_short() {
    let took = Arc::new(StdMutex::new(Vec::new()));
    let t2 = took.clone();
    let mut start = None;
    let out = run(
        1,
        body("main.main", move |cx| loop {
            if t2.lock().unwrap().len() == 2000 {
                return Yield::Exit;
            }
            let s = *start.get_or_insert_with(|| cx.now());
            ready!(cx.sleep(1_000));
            t2.lock().unwrap().push(cx.now() - s);
            start = None;
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    let mut v = took.lock().unwrap().clone();
    v.sort();
    let median = v[v.len() / 2];
    eprintln!("1µs sleeps: min {}ns, median {median}ns", v[0]);
    assert!(v[0] >= 1_000, "a 1µs sleep returned after {}ns", v[0]);
    assert!(median < 500_000, "median 1µs sleep took {median}ns");
}

/// 100,000 goroutines sleeping at once, woken in order.
#[test]
fn hundred_thousand_pending_timers() {
    let n = 100_000i64;
    let woke = Arc::new(AtomicUsize::new(0));
    let w2 = woke.clone();
    let wg = WaitGroup::new();
    let mut pc = 0;
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    cx.wg_add(&wg, n).unwrap();
                    for i in 0..n {
                        let (w, wg) = (w2.clone(), wg.clone());
                        let mut done = false;
                        cx.spawn(body("main.s", move |cx| {
                            if !done {
                                ready!(cx.sleep(50_000_000 + (i % 100) * 100_000));
                                done = true;
                                w.fetch_add(1, Ordering::Relaxed);
                            }
                            cx.wg_add(&wg, -1).unwrap();
                            Yield::Exit
                        }));
                    }
                    pc = 1;
                }
                _ => {
                    ready!(cx.wg_wait(&wg));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert_eq!(woke.load(Ordering::SeqCst), n as usize);
}

#[test]
fn timer_channel_fires_once_with_deadline_value() {
    let out = run_det(
        0,
        body("main.main", {
            let mut t = None;
            move |cx: &mut RunCx<'_>| {
                let timer = t
                    .get_or_insert_with(|| cx.new_timer(5_000, tick(), Value::Int(0)))
                    .clone();
                let c = timer.chan().unwrap();
                assert_eq!((c.len(), c.cap()), (0, 0));
                let (v, ok) = ready!(cx.recv(Some(&c)));
                assert!(ok);
                assert_eq!(int(&v), 5_000);
                assert_eq!(cx.now(), 5_000);
                assert!(!timer.is_active());
                assert!(!cx.timer_stop(&timer));
                Yield::Exit
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// Go 1.23: after Stop or Reset, no stale value is received.
#[test]
fn stop_and_reset_drop_stale_values() {
    let mut pc = 0;
    let mut timer = None;
    let out = run_det(
        0,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    timer = Some(cx.new_timer(1_000, tick(), Value::Int(0)));
                    pc = 1;
                }
                1 => {
                    // Let it fire with nobody receiving.
                    ready!(cx.sleep(2_000));
                    pc = 2;
                }
                2 => {
                    let t = timer.clone().unwrap();
                    // It fired: Stop reports false and drains the value.
                    assert!(!cx.timer_stop(&t));
                    let c = t.chan().unwrap();
                    let default = cx.select(vec![SelectCase::Recv(Some(c.clone()))], true);
                    assert!(matches!(default, Op::Ready(Selected::Default)));
                    // Reset arms again; it delivers the new deadline.
                    assert!(!cx.timer_reset(&t, 10_000));
                    assert!(cx.timer_reset(&t, 20_000));
                    pc = 3;
                }
                _ => {
                    let c = timer.as_ref().unwrap().chan().unwrap();
                    let (v, _) = ready!(cx.recv(Some(&c)));
                    // 2,000 (now) + 20,000: the first Reset's deadline is gone.
                    assert_eq!(int(&v), 22_000);
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// A stopped timer does not keep a deadlocked program alive.
#[test]
fn stopped_timer_is_not_pending() {
    let out = run(
        1,
        body("main.main", {
            let mut armed = false;
            move |cx: &mut RunCx<'_>| {
                if !armed {
                    armed = true;
                    let t = cx.new_timer(3_600_000_000_000, tick(), Value::Int(0));
                    assert!(cx.timer_stop(&t));
                }
                let c = Chan::new(0, Value::Int(0));
                ready!(cx.recv(Some(&c)));
                Yield::Exit
            }
        }),
    );
    assert!(matches!(out, Outcome::Deadlock(_)), "{out:?}");
}

#[test]
fn ticker_ticks_and_drops_when_slow() {
    let mut pc = 0;
    let mut t = None;
    let mut got = Vec::new();
    let out = run_det(
        0,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    assert!(cx.new_ticker(0, tick(), Value::Int(0)).is_err());
                    t = Some(cx.new_ticker(1_000, tick(), Value::Int(0)).unwrap());
                    pc = 1;
                }
                1 if got.len() < 3 => {
                    let c = t.as_ref().unwrap().chan().unwrap();
                    let (v, _) = ready!(cx.recv(Some(&c)));
                    got.push(int(&v));
                }
                1 => {
                    assert_eq!(got, vec![1_000, 2_000, 3_000]);
                    pc = 2;
                }
                2 => {
                    // Sleep through several ticks: only one is kept.
                    ready!(cx.sleep(5_500));
                    pc = 3;
                }
                _ => {
                    let c = t.as_ref().unwrap().chan().unwrap();
                    let (v, _) = ready!(cx.recv(Some(&c)));
                    assert_eq!(int(&v), 4_000);
                    let tk = t.clone().unwrap();
                    assert!(cx.timer_stop(&tk));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn after_func_starts_a_goroutine() {
    let ran = Arc::new(AtomicUsize::new(0));
    let r2 = ran.clone();
    let done = Chan::new(0, Value::Int(0));
    let mut pc = 0;
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    let (r, d) = (r2.clone(), done.clone());
                    let make: BodyFactory = Arc::new(move || {
                        let (r, d) = (r.clone(), d.clone());
                        body("time.goFunc", move |cx| {
                            r.fetch_add(1, Ordering::SeqCst);
                            ready!(cx.send(Some(&d), Value::Int(1)));
                            Yield::Exit
                        })
                    });
                    let t = cx.after_func(1_000_000, make.clone());
                    let stopped = cx.after_func(1_000_000, make);
                    assert!(cx.timer_stop(&stopped));
                    assert!(t.chan().is_none());
                    pc = 1;
                }
                1 => {
                    ready!(cx.recv(Some(&done)));
                    pc = 2;
                }
                _ => {
                    ready!(cx.sleep(5_000_000));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert_eq!(ran.load(Ordering::SeqCst), 1);
}

/// select with a timeout: time.After wins when nothing else is ready.
#[test]
fn select_timeout() {
    let mut t = None;
    let out = run(
        2,
        body("main.main", move |cx| {
            let never = Chan::new(0, Value::Int(0));
            let timer = t
                .get_or_insert_with(|| cx.new_timer(2_000_000, tick(), Value::Int(0)))
                .clone();
            let c = timer.chan().unwrap();
            match ready!(cx.select(
                vec![SelectCase::Recv(Some(never)), SelectCase::Recv(Some(c))],
                false
            )) {
                Selected::Case { index: 1, .. } => Yield::Exit,
                other => panic!("{other:?}"),
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

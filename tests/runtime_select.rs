//! select with fake bodies: readiness, default, fairness, blocking on
//! several channels, nil cases, `select {}`.

mod runtime_util;

use std::sync::{Arc, Mutex as StdMutex};

use gorun::runtime::{Chan, Op, Outcome, RuntimeError, SelectCase, Selected, Yield};
use gorun::value::Value;
use runtime_util::{body, int, run, run_det};

fn recv(c: &Chan) -> SelectCase {
    SelectCase::Recv(Some(c.clone()))
}

#[test]
fn default_when_nothing_ready() {
    let out = run(
        1,
        body("main.main", |cx| {
            let a = Chan::new(0, Value::Int(0));
            let b = Chan::new(1, Value::Int(0));
            match cx.select(
                vec![recv(&a), SelectCase::Send(Some(b.clone()), Value::Int(5))],
                true,
            ) {
                Op::Ready(Selected::Case { index: 1, .. }) => {}
                other => panic!("send case should be ready: {other:?}"),
            }
            match cx.select(
                vec![recv(&a), SelectCase::Send(Some(b.clone()), Value::Int(6))],
                true,
            ) {
                Op::Ready(Selected::Default) => {}
                other => panic!("expected default: {other:?}"),
            }
            match cx.select(vec![recv(&a), recv(&b)], false) {
                Op::Ready(Selected::Case {
                    index: 1,
                    value,
                    ok: true,
                }) => assert_eq!(int(&value), 5),
                other => panic!("expected case 1: {other:?}"),
            }
            // Nil channels are never chosen.
            match cx.select(
                vec![SelectCase::Recv(None), SelectCase::Send(None, Value::Nil)],
                true,
            ) {
                Op::Ready(Selected::Default) => {}
                other => panic!("expected default: {other:?}"),
            }
            // A send case on a closed channel panics.
            cx.close(Some(&b)).unwrap();
            match cx.select(vec![SelectCase::Send(Some(b.clone()), Value::Int(1))], true) {
                Op::Panic(RuntimeError::SendOnClosed) => {}
                other => panic!("expected panic: {other:?}"),
            }
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// With several ready cases each is chosen about equally often.
#[test]
fn fair_choice_among_ready_cases() {
    let counts = Arc::new(StdMutex::new([0usize; 3]));
    let c2 = counts.clone();
    let n = 30_000;
    let out = run(
        1,
        body("main.main", move |cx| {
            let chans: Vec<Chan> = (0..3).map(|_| Chan::new(1, Value::Int(0))).collect();
            for _ in 0..n {
                for c in &chans {
                    if c.is_empty() {
                        let _ = cx.send(Some(c), Value::Int(1));
                    }
                }
                match cx.select(chans.iter().map(recv).collect(), false) {
                    Op::Ready(Selected::Case { index, .. }) => c2.lock().unwrap()[index] += 1,
                    other => panic!("{other:?}"),
                }
            }
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    let c = *counts.lock().unwrap();
    // Expected n/3 = 10,000 each; the standard deviation is about 82, so
    // ±800 is ten sigmas.
    for k in c {
        assert!((9_200..=10_800).contains(&k), "unfair: {c:?}");
    }
}

/// A blocked select is woken by whichever channel gets a value; the other
/// case's waiter is stale and never consumes a later value.
#[test]
fn blocked_select_woken_by_one_case_only() {
    let log = Arc::new(StdMutex::new(Vec::new()));
    let l2 = log.clone();
    let (a, b) = (Chan::new(0, Value::Int(0)), Chan::new(0, Value::Int(0)));
    let (mut pc, mut rounds) = (0, 0);
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    let (a, b, l) = (a.clone(), b.clone(), l2.clone());
                    let mut finishing = false;
                    cx.spawn(body("main.selector", move |cx| loop {
                        if finishing {
                            ready!(cx.send(Some(&b), Value::Int(0)));
                            return Yield::Exit;
                        }
                        match ready!(cx.select(vec![recv(&a), recv(&b)], false)) {
                            Selected::Case { index, value, .. } => {
                                l.lock().unwrap().push((index, int(&value)));
                                if int(&value) < 0 {
                                    // Tell main we are done (main returning
                                    // would end the program at once).
                                    finishing = true;
                                }
                            }
                            Selected::Default => unreachable!(),
                        }
                    }));
                    pc = 1;
                }
                1 => {
                    let c = if rounds % 2 == 0 { &a } else { &b };
                    ready!(cx.send(Some(c), Value::Int(rounds)));
                    rounds += 1;
                    if rounds == 1000 {
                        pc = 2;
                    }
                }
                2 => {
                    ready!(cx.send(Some(&a), Value::Int(-1)));
                    pc = 3;
                }
                _ => {
                    ready!(cx.recv(Some(&b)));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    let got = log.lock().unwrap().clone();
    assert_eq!(got.len(), 1001);
    for (i, (idx, v)) in got.iter().take(1000).enumerate() {
        assert_eq!((*idx, *v), (i % 2, i as i64));
    }
}

#[test]
fn blocked_select_send_case() {
    let c = Chan::new(0, Value::Int(0));
    let (mut pc, c2) = (0, c.clone());
    let out = run_det(
        3,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    let c = c2.clone();
                    cx.spawn(body("main.sender", move |cx| {
                        let never = Chan::new(0, Value::Int(0));
                        match ready!(cx.select(
                            vec![
                                recv(&never),
                                SelectCase::Send(Some(c.clone()), Value::Int(42))
                            ],
                            false
                        )) {
                            Selected::Case { index: 1, .. } => Yield::Exit,
                            other => panic!("{other:?}"),
                        }
                    }));
                    pc = 1;
                }
                1 => {
                    ready!(cx.sleep(1000));
                    pc = 2;
                }
                _ => {
                    let (v, ok) = ready!(cx.recv(Some(&c)));
                    assert_eq!((int(&v), ok), (42, true));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn empty_select_blocks_forever() {
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                cx.spawn(body("main.func1", |cx| {
                    ready!(cx.select(vec![], false));
                    Yield::Exit
                }));
                cx.spawn(body("main.func2", |cx| {
                    ready!(cx.select(vec![SelectCase::Recv(None), SelectCase::Recv(None)], false));
                    Yield::Exit
                }));
            }
            let a = Chan::new(0, Value::Int(0));
            let b = Chan::new(0, Value::Int(0));
            ready!(cx.select(vec![recv(&a), recv(&b)], false));
            Yield::Exit
        }),
    );
    let d = runtime_util::expect_deadlock(out);
    let got = runtime_util::wait_reasons(&d);
    assert_eq!(
        got,
        vec![(1, "select"), (18, "select (no cases)"), (19, "select")]
    );
}

/// Many goroutines select on the same two channels while values flow; no
/// value is lost or delivered twice (checks the claim protocol under
/// contention with several Ps).
#[test]
fn select_under_contention_delivers_each_value_once() {
    let total = Arc::new(StdMutex::new(0i64));
    let t2 = total.clone();
    let (a, b, done) = (
        Chan::new(0, Value::Int(0)),
        Chan::new(0, Value::Int(0)),
        Chan::new(0, Value::Int(0)),
    );
    let (mut pc, mut sent, mut finished) = (0, 0i64, 0);
    let workers = 8;
    let per = 2000i64;
    let out = run(
        4,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    for _ in 0..workers {
                        let (a, b, done, t) = (a.clone(), b.clone(), done.clone(), t2.clone());
                        let mut sum = 0i64;
                        let mut reported = false;
                        cx.spawn(body("main.worker", move |cx| loop {
                            if reported {
                                ready!(cx.send(Some(&done), Value::Int(sum)));
                                return Yield::Exit;
                            }
                            match ready!(cx.select(vec![recv(&a), recv(&b)], false)) {
                                Selected::Case { value, ok, .. } => {
                                    let v = int(&value);
                                    if !ok || v < 0 {
                                        *t.lock().unwrap() += sum;
                                        reported = true;
                                        continue;
                                    }
                                    sum += v;
                                }
                                Selected::Default => unreachable!(),
                            }
                        }));
                    }
                    pc = 1;
                }
                1 if sent < per * workers => {
                    let c = if sent % 3 == 0 { &a } else { &b };
                    ready!(cx.send(Some(c), Value::Int(1)));
                    sent += 1;
                }
                1 => {
                    cx.close(Some(&a)).unwrap();
                    pc = 2;
                }
                _ => {
                    ready!(cx.recv(Some(&done)));
                    finished += 1;
                    if finished == workers {
                        assert_eq!(*total.lock().unwrap(), per * workers);
                        return Yield::Exit;
                    }
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

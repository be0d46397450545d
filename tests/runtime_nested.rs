//! Go callbacks run from library code (`RunCx::run_nested`): sleeping,
//! selecting and spinning inside a callback, on one P.

mod runtime_util;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use gorun::runtime::{Chan, Nested, Outcome, RunCx, SelectCase, Selected, Yield};
use gorun::value::Value;
use runtime_util::{body, int, run, FnBodyRef};

#[test]
fn callback_sleeps_on_the_timer_heap() {
    let out = run(
        1,
        body("main.main", |cx: &mut RunCx<'_>| {
            let t0 = cx.now();
            let mut cb = FnBodyRef::new("main.T.String", |cx: &mut RunCx<'_>| {
                ready!(cx.sleep(2_000_000));
                Yield::Exit
            });
            assert_eq!(cx.run_nested(&mut cb), Nested::Returned);
            assert!(cx.now() - t0 >= 2_000_000);
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn callback_selects_and_others_run_meanwhile() {
    let c = Chan::new(0, Value::Int(0));
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx: &mut RunCx<'_>| {
            if !spawned {
                spawned = true;
                let c2 = c.clone();
                cx.spawn(body("main.sender", move |cx| {
                    ready!(cx.sleep(1_000_000));
                    Yield::Exit
                }));
                cx.spawn(body("main.sender2", move |cx| {
                    ready!(cx.send(Some(&c2), Value::Int(7)));
                    Yield::Exit
                }));
            }
            let never = Chan::new(0, Value::Int(0));
            let mut got = None;
            let res = {
                let mut cb = FnBodyRef::new("main.T.String", |cx: &mut RunCx<'_>| {
                    let cases = vec![
                        SelectCase::Recv(Some(never.clone())),
                        SelectCase::Recv(Some(c.clone())),
                    ];
                    match ready!(cx.select(cases, false)) {
                        Selected::Case {
                            index: 1, value, ..
                        } => got = Some(int(&value)),
                        other => panic!("{other:?}"),
                    }
                    Yield::Exit
                });
                cx.run_nested(&mut cb)
            };
            assert_eq!(res, Nested::Returned);
            assert_eq!(got, Some(7));
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// A callback that spins until another goroutine sets a flag: with one P,
/// the callback's thread must lend its P out when its slice ends.
#[test]
fn spinning_callback_does_not_starve_others() {
    let flag = Arc::new(AtomicBool::new(false));
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx: &mut RunCx<'_>| {
            if !spawned {
                spawned = true;
                let f = flag.clone();
                cx.spawn(body("main.setter", move |_| {
                    f.store(true, Ordering::SeqCst);
                    Yield::Exit
                }));
            }
            let f = flag.clone();
            let mut cb = FnBodyRef::new("main.T.String", move |cx: &mut RunCx<'_>| {
                while !f.load(Ordering::SeqCst) {
                    if cx.should_yield() {
                        return Yield::Preempted;
                    }
                }
                Yield::Exit
            });
            assert_eq!(cx.run_nested(&mut cb), Nested::Returned);
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// The program ends (main returns elsewhere) while a callback is blocked:
/// the callback is told to unwind.
#[test]
fn blocked_callback_unwinds_when_program_ends() {
    let unwound = Arc::new(AtomicBool::new(false));
    let u2 = unwound.clone();
    let mut spawned = false;
    let out = run(
        2,
        body("main.main", move |cx: &mut RunCx<'_>| {
            if !spawned {
                spawned = true;
                let u = u2.clone();
                cx.spawn(body("main.stuck", move |cx: &mut RunCx<'_>| {
                    let c = Chan::new(0, Value::Int(0));
                    let mut cb = FnBodyRef::new("main.T.String", |cx: &mut RunCx<'_>| {
                        ready!(cx.recv(Some(&c)));
                        Yield::Exit
                    });
                    let r = cx.run_nested(&mut cb);
                    u.store(r == Nested::Exiting, Ordering::SeqCst);
                    Yield::Exit
                }));
            }
            ready!(cx.sleep(5_000_000));
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    // run_main waits for every M, so the callback has unwound by now.
    assert!(unwound.load(Ordering::SeqCst));
}

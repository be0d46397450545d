//! The scheduler with fake bodies: preemption, GOMAXPROCS, deadlock
//! detection and dump order, Goexit, termination, deterministic mode,
//! many goroutines, nested callbacks, blocking calls.

mod runtime_util;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex as StdMutex};

use gorun::runtime::{Chan, Config, Nested, Outcome, RunCx, Sched, Termination, WaitGroup, Yield};
use gorun::value::Value;
use runtime_util::{body, int, run, run_det};

/// A goroutine spinning on `for !stop {}` must not starve the one that
/// sets `stop`, with a single P.
#[test]
fn preemption_with_one_p() {
    let stop = Arc::new(AtomicBool::new(false));
    let s2 = stop.clone();
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                let s = s2.clone();
                cx.spawn(body("main.setter", move |_cx| {
                    s.store(true, Ordering::SeqCst);
                    Yield::Exit
                }));
            }
            while !s2.load(Ordering::SeqCst) {
                if cx.should_yield() {
                    return Yield::Preempted;
                }
            }
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert!(stop.load(Ordering::SeqCst));
}

/// Two spinners and a sleeper on one P: the sleeper's timer still fires.
#[test]
fn timers_fire_while_goroutines_spin() {
    let mut spawned = false;
    let flag = Arc::new(AtomicBool::new(false));
    let out = run(
        1,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                let f = flag.clone();
                cx.spawn(body("main.spin", move |cx| loop {
                    if f.load(Ordering::SeqCst) {
                        return Yield::Exit;
                    }
                    if cx.should_yield() {
                        return Yield::Preempted;
                    }
                }));
            }
            ready!(cx.sleep(2_000_000));
            flag.store(true, Ordering::SeqCst);
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn gomaxprocs_changes_at_run_time() {
    let seen = Arc::new(StdMutex::new(Vec::new()));
    let s2 = seen.clone();
    let (mut pc, mut i) = (0, 0);
    let wg = WaitGroup::new();
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    s2.lock().unwrap().push(cx.gomaxprocs(0));
                    s2.lock().unwrap().push(cx.gomaxprocs(4));
                    s2.lock().unwrap().push(cx.gomaxprocs(1));
                    s2.lock().unwrap().push(cx.gomaxprocs(3));
                    s2.lock().unwrap().push(cx.gomaxprocs(0));
                    pc = 1;
                }
                1 if i < 100 => {
                    // Work still gets done after the changes.
                    cx.wg_add(&wg, 1).unwrap();
                    let wg = wg.clone();
                    let mut n = 0u64;
                    cx.spawn(body("main.work", move |cx| {
                        while n < 20_000 {
                            n += 1;
                            if cx.should_yield() {
                                return Yield::Preempted;
                            }
                        }
                        cx.wg_add(&wg, -1).unwrap();
                        Yield::Exit
                    }));
                    i += 1;
                    if i == 50 {
                        cx.gomaxprocs(1);
                    }
                }
                _ => {
                    ready!(cx.wg_wait(&wg));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert_eq!(*seen.lock().unwrap(), vec![2, 2, 4, 1, 3]);
}

#[test]
fn deadlock_dump_in_go_order() {
    let mut spawned = false;
    let out = run(
        2,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                for _ in 0..5 {
                    let c = Chan::new(0, Value::Int(0));
                    cx.spawn(body("main.waiter", move |cx| {
                        ready!(cx.recv(Some(&c)));
                        Yield::Exit
                    }));
                }
            }
            let wg = WaitGroup::new();
            cx.wg_add(&wg, 1).unwrap();
            ready!(cx.wg_wait(&wg));
            Yield::Exit
        }),
    );
    let Outcome::Deadlock(d) = out else {
        panic!("{out:?}")
    };
    let ids: Vec<u64> = d.goroutines.iter().map(|g| g.id).collect();
    assert_eq!(ids, vec![1, 18, 19, 20, 21, 22]);
    assert_eq!(d.goroutines[0].wait_reason.as_str(), "sync.WaitGroup.Wait");
    assert!(d.goroutines[0].traceback.starts_with("main.main()"));
    assert!(d.goroutines[1..]
        .iter()
        .all(|g| g.wait_reason.as_str() == "chan receive"));
}

#[test]
fn main_goexit_then_others_finish() {
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                cx.spawn(body("main.f", |cx| {
                    ready!(cx.sleep(100_000));
                    Yield::Exit
                }));
            }
            Yield::Goexit
        }),
    );
    let Outcome::Deadlock(d) = out else {
        panic!("{out:?}")
    };
    assert!(d.main_goexited);
    assert!(d.goroutines.is_empty());
    assert_eq!(
        d.message(),
        "no goroutines (main called runtime.Goexit) - deadlock!"
    );
}

#[test]
fn terminate_ends_program_at_once() {
    let mut spawned = false;
    let out = run(
        2,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                cx.spawn(body("main.boom", |_| {
                    Yield::Terminate(Termination {
                        code: 3,
                        report: "bye".into(),
                    })
                }));
            }
            let c = Chan::new(0, Value::Int(0));
            ready!(cx.recv(Some(&c)));
            Yield::Exit
        }),
    );
    assert_eq!(
        out,
        Outcome::Terminated(Termination {
            code: 3,
            report: "bye".into()
        })
    );
}

/// main returning abandons the others, even runnable or spinning ones.
#[test]
fn main_return_abandons_goroutines() {
    let started = Arc::new(AtomicUsize::new(0));
    let s2 = started.clone();
    let out = run(
        2,
        body("main.main", move |cx| {
            for _ in 0..10 {
                let s = s2.clone();
                cx.spawn(body("main.forever", move |cx| {
                    s.fetch_add(1, Ordering::SeqCst);
                    loop {
                        if cx.should_yield() {
                            return Yield::Preempted;
                        }
                    }
                }));
            }
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// The WaitGroup example from the seed: printing letters and numbers from
/// two goroutines in lock-step. Deterministic mode gives one schedule per
/// seed; the same seed always gives the same output.
fn interleaving(seed: u64) -> String {
    let out = Arc::new(StdMutex::new(String::new()));
    let o2 = out.clone();
    let mut pc = 0;
    let wg = WaitGroup::new();
    let res = run_det(
        seed,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    cx.wg_add(&wg, 2).unwrap();
                    for k in 0..2u8 {
                        let (o, wg) = (o2.clone(), wg.clone());
                        let mut i = 0u8;
                        let mut slept = false;
                        cx.spawn(body("main.printer", move |cx| {
                            while i < 10 {
                                // time.Sleep(1 * time.Microsecond), then print.
                                if !slept {
                                    ready!(cx.sleep(1_000));
                                    slept = true;
                                }
                                let s = if k == 0 {
                                    format!("{i} ")
                                } else {
                                    format!("{} ", (b'A' + i) as char)
                                };
                                o.lock().unwrap().push_str(&s);
                                i += 1;
                                slept = false;
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
    assert_eq!(res, Outcome::MainReturned);
    let s = out.lock().unwrap().clone();
    s
}

#[test]
fn deterministic_mode_repeats() {
    let a = interleaving(42);
    for _ in 0..5 {
        assert_eq!(interleaving(42), a);
    }
    // What the Go playground prints for the seed's program (recorded with
    // `go run -tags faketime`, GOMAXPROCS=1): runnext makes the goroutine
    // readied last run first.
    assert_eq!(a, "0 A B 1 2 C D 3 4 E F 5 6 G H 7 8 I J 9 ");
}

/// Deterministic select choices depend only on the seed.
#[test]
fn deterministic_select_depends_on_seed() {
    fn picks(seed: u64) -> Vec<usize> {
        let out = Arc::new(StdMutex::new(Vec::new()));
        let o = out.clone();
        run_det(
            seed,
            body("main.main", move |cx| {
                let cs: Vec<Chan> = (0..4).map(|_| Chan::new(1, Value::Int(0))).collect();
                for _ in 0..64 {
                    for c in &cs {
                        if c.is_empty() {
                            let _ = cx.send(Some(c), Value::Int(1));
                        }
                    }
                    let cases = cs
                        .iter()
                        .map(|c| gorun::runtime::SelectCase::Recv(Some(c.clone())))
                        .collect();
                    if let gorun::runtime::Op::Ready(gorun::runtime::Selected::Case {
                        index, ..
                    }) = cx.select(cases, false)
                    {
                        o.lock().unwrap().push(index);
                    }
                }
                Yield::Exit
            }),
        );
        let v = out.lock().unwrap().clone();
        v
    }
    assert_eq!(picks(1), picks(1));
    assert_ne!(picks(1), picks(2));
}

/// The virtual clock jumps: a program sleeping an hour finishes at once.
#[test]
fn virtual_clock_jumps_to_timers() {
    let t0 = std::time::Instant::now();
    let mut start = None;
    let out = run_det(
        0,
        body("main.main", move |cx| {
            let s = *start.get_or_insert(cx.now());
            ready!(cx.sleep(3_600_000_000_000));
            assert_eq!(cx.now() - s, 3_600_000_000_000);
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert!(t0.elapsed().as_secs() < 5);
}

/// Spawn 100,000 goroutines that each signal a WaitGroup.
#[test]
fn spawn_100k() {
    let n = 100_000;
    let wg = WaitGroup::new();
    let mut pc = 0;
    let counter = Arc::new(AtomicUsize::new(0));
    let c2 = counter.clone();
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    cx.wg_add(&wg, n).unwrap();
                    for _ in 0..n {
                        let (wg, c) = (wg.clone(), c2.clone());
                        cx.spawn(body("main.f", move |cx| {
                            c.fetch_add(1, Ordering::Relaxed);
                            cx.wg_add(&wg, -1).unwrap();
                            Yield::Exit
                        }));
                    }
                    pc = 1;
                }
                _ => {
                    ready!(cx.wg_wait(&wg));
                    // Some may have called Done but not exited yet.
                    assert!((1..=n as usize + 1).contains(&cx.num_goroutine()));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert_eq!(counter.load(Ordering::SeqCst), n as usize);
}

/// A Go callback run from library code that blocks hands the P off: with
/// one P, the goroutine it waits for still runs.
#[test]
fn nested_callback_blocks_and_program_continues() {
    let c = Chan::new(0, Value::Int(0));
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx: &mut RunCx<'_>| {
            if !spawned {
                spawned = true;
                let c2 = c.clone();
                cx.spawn(body("main.sender", move |cx| {
                    ready!(cx.send(Some(&c2), Value::Int(9)));
                    Yield::Exit
                }));
            }
            // "fmt calls String(), which receives from c".
            let c3 = c.clone();
            let mut got = None;
            let res = {
                let mut cb = runtime_util::FnBodyRef::new("main.T.String", |cx: &mut RunCx<'_>| {
                    let (v, _) = ready!(cx.recv(Some(&c3)));
                    got = Some(int(&v));
                    Yield::Exit
                });
                cx.run_nested(&mut cb)
            };
            assert_eq!(res, Nested::Returned);
            assert_eq!(got, Some(9));
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// A blocked nested callback is part of the deadlock dump.
#[test]
fn nested_callback_deadlock_is_detected() {
    let out = run(
        2,
        body("main.main", move |cx: &mut RunCx<'_>| {
            let c = Chan::new(0, Value::Int(0));
            let mut cb = runtime_util::FnBodyRef::new("main.T.String", |cx: &mut RunCx<'_>| {
                ready!(cx.recv(Some(&c)));
                Yield::Exit
            });
            assert_eq!(cx.run_nested(&mut cb), Nested::Exiting);
            Yield::Exit
        }),
    );
    let Outcome::Deadlock(d) = out else {
        panic!("{out:?}")
    };
    assert_eq!(d.goroutines.len(), 1);
    assert_eq!(d.goroutines[0].id, 1);
    assert!(d.goroutines[0].traceback.starts_with("main.T.String()"));
}

/// A blocking native call does not hold the P, and checkdead stays quiet
/// while it runs.
#[test]
fn blocking_call_releases_p() {
    let flag = Arc::new(AtomicBool::new(false));
    let f2 = flag.clone();
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                let f = f2.clone();
                cx.spawn(body("main.other", move |_| {
                    f.store(true, Ordering::SeqCst);
                    Yield::Exit
                }));
            }
            let f = f2.clone();
            let saw = cx.blocking(move || {
                let t = std::time::Instant::now();
                while !f.load(Ordering::SeqCst) && t.elapsed().as_secs() < 5 {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                f.load(Ordering::SeqCst)
            });
            assert!(
                saw,
                "the other goroutine did not run during the blocking call"
            );
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn gomaxprocs_from_config_and_numcpu() {
    let s = Sched::new(Config {
        gomaxprocs: Some(3),
        ..Config::default()
    });
    let out = s.run_main(body("main.main", |cx| {
        assert_eq!(cx.gomaxprocs(0), 3);
        assert!(cx.num_cpu() >= 1);
        Yield::Exit
    }));
    assert_eq!(out, Outcome::MainReturned);
}

/// A Rust panic inside a body (an interpreter bug) ends the program with a
/// clear fatal error instead of losing the M, even off the main thread.
#[test]
fn body_panic_becomes_fatal_error() {
    let mut spawned = false;
    let out = run(
        2,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                cx.spawn(body("main.buggy", |_| panic!("interpreter bug")));
            }
            let c = Chan::new(0, Value::Int(0));
            ready!(cx.recv(Some(&c)));
            Yield::Exit
        }),
    );
    match out {
        Outcome::Terminated(t) => {
            assert_eq!(t.code, 2);
            assert_eq!(
                t.report,
                "fatal error: gorun internal error: interpreter bug\n"
            );
        }
        other => panic!("{other:?}"),
    }
}

/// main returning while another goroutine is stuck in a blocking native
/// call (reading stdin) ends the program at once.
#[test]
fn exit_does_not_wait_for_blocking_calls() {
    let t0 = std::time::Instant::now();
    let release = Arc::new(AtomicBool::new(false));
    let r2 = release.clone();
    let mut spawned = false;
    let out = run(
        2,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                let r = r2.clone();
                cx.spawn(body("main.reader", move |cx| {
                    let r = r.clone();
                    cx.blocking(move || {
                        while !r.load(Ordering::SeqCst) {
                            std::thread::sleep(std::time::Duration::from_millis(1));
                        }
                    });
                    Yield::Exit
                }));
            }
            ready!(cx.sleep(20_000_000));
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert!(t0.elapsed() < std::time::Duration::from_millis(800));
    release.store(true, Ordering::SeqCst);
}

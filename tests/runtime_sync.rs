//! sync primitives with fake bodies: Mutex (exclusion, unlock of unlocked,
//! TryLock), RWMutex, WaitGroup (negative counter, reuse), Cond.

mod runtime_util;

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex as StdMutex};

use gorun::runtime::{Cond, Mutex, Op, Outcome, RWMutex, RuntimeError, WaitGroup, Yield};
use runtime_util::{body, run, run_det};

/// 4 goroutines × 5,000 Lock / racy-increment / Unlock: nothing is lost
/// because the mutex excludes (the increment is split across a yield to
/// make a race visible if exclusion failed).
#[test]
fn mutex_excludes() {
    let counter = Arc::new(AtomicI64::new(0));
    let c2 = counter.clone();
    let (mu, wg) = (Mutex::new(), WaitGroup::new());
    let mut pc = 0;
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    cx.wg_add(&wg, 4).unwrap();
                    for _ in 0..4 {
                        let (mu, wg, c) = (mu.clone(), wg.clone(), c2.clone());
                        let (mut i, mut step, mut tmp) = (0, 0, 0);
                        cx.spawn(body("main.worker", move |cx| loop {
                            match step {
                                0 if i == 5000 => {
                                    cx.wg_add(&wg, -1).unwrap();
                                    return Yield::Exit;
                                }
                                0 => {
                                    ready!(cx.lock(&mu));
                                    tmp = c.load(Ordering::SeqCst);
                                    step = 1;
                                    if i % 7 == 0 {
                                        return Yield::Gosched;
                                    }
                                }
                                _ => {
                                    c.store(tmp + 1, Ordering::SeqCst);
                                    cx.unlock(&mu).unwrap();
                                    i += 1;
                                    step = 0;
                                }
                            }
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
    assert_eq!(counter.load(Ordering::SeqCst), 20_000);
}

#[test]
fn mutex_errors_and_trylock() {
    let out = run(
        1,
        body("main.main", |cx| {
            let mu = Mutex::new();
            assert_eq!(cx.unlock(&mu), Err(RuntimeError::UnlockOfUnlockedMutex));
            assert_eq!(
                RuntimeError::UnlockOfUnlockedMutex.to_string(),
                "sync: unlock of unlocked mutex"
            );
            assert!(cx.try_lock(&mu));
            assert!(!cx.try_lock(&mu));
            cx.unlock(&mu).unwrap();
            let rw = RWMutex::new();
            assert_eq!(cx.runlock(&rw), Err(RuntimeError::RUnlockOfUnlockedRWMutex));
            assert_eq!(cx.wunlock(&rw), Err(RuntimeError::UnlockOfUnlockedRWMutex));
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn mutex_deadlock_reason() {
    let out = run(
        1,
        body("main.main", |cx| {
            let mu = Mutex::new();
            assert!(cx.try_lock(&mu));
            ready!(cx.lock(&mu));
            Yield::Exit
        }),
    );
    let Outcome::Deadlock(d) = out else {
        panic!("{out:?}")
    };
    assert_eq!(d.goroutines[0].wait_reason.as_str(), "sync.Mutex.Lock");
}

/// Readers share; a waiting writer blocks new readers; Unlock admits the
/// waiting readers before the next writer.
#[test]
fn rwmutex_semantics() {
    let log = Arc::new(StdMutex::new(Vec::<String>::new()));
    let l2 = log.clone();
    let rw = RWMutex::new();
    let mut pc = 0;
    let out = run_det(
        5,
        body("main.main", move |cx| loop {
            // One blocking operation per step (a woken body re-runs its step).
            match pc {
                0 | 1 => {
                    ready!(cx.rlock(&rw));
                    pc += 1;
                }
                2 => {
                    // A writer arrives and waits for the two readers.
                    let (rw2, l) = (rw.clone(), l2.clone());
                    let mut got = false;
                    cx.spawn(body("main.writer", move |cx| {
                        if !got {
                            ready!(cx.wlock(&rw2));
                            got = true;
                            l.lock().unwrap().push("writer".into());
                        }
                        ready!(cx.sleep(10));
                        cx.wunlock(&rw2).unwrap();
                        Yield::Exit
                    }));
                    pc = 3;
                }
                3 => {
                    ready!(cx.sleep(100));
                    // A reader arriving after the writer must wait for it.
                    let (rw3, l) = (rw.clone(), l2.clone());
                    cx.spawn(body("main.reader", move |cx| {
                        ready!(cx.rlock(&rw3));
                        l.lock().unwrap().push("late reader".into());
                        cx.runlock(&rw3).unwrap();
                        Yield::Exit
                    }));
                    pc = 4;
                }
                4 => {
                    ready!(cx.sleep(1000));
                    l2.lock().unwrap().push("readers done".into());
                    cx.runlock(&rw).unwrap();
                    cx.runlock(&rw).unwrap();
                    pc = 5;
                }
                _ => {
                    ready!(cx.sleep(1_000_000));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert_eq!(
        *log.lock().unwrap(),
        vec!["readers done", "writer", "late reader"]
    );
}

#[test]
fn waitgroup_negative_counter_and_reuse() {
    let wg = WaitGroup::new();
    let mut round = 0;
    let mut pc = 0;
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    assert_eq!(
                        cx.wg_add(&wg, -1),
                        Err(RuntimeError::NegativeWaitGroupCounter)
                    );
                    assert_eq!(
                        RuntimeError::NegativeWaitGroupCounter.to_string(),
                        "sync: negative WaitGroup counter"
                    );
                    pc = 1;
                }
                1 if round < 3 => {
                    cx.wg_add(&wg, 3).unwrap();
                    for _ in 0..3 {
                        let wg = wg.clone();
                        cx.spawn(body("main.w", move |cx| {
                            cx.wg_add(&wg, -1).unwrap();
                            Yield::Exit
                        }));
                    }
                    pc = 2;
                }
                1 => return Yield::Exit,
                _ => {
                    ready!(cx.wg_wait(&wg));
                    assert_eq!(wg.count(), 0);
                    round += 1;
                    pc = 1;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

/// Cond: consumers wait for items; Signal wakes one, Broadcast the rest.
#[test]
fn cond_signal_and_broadcast() {
    let woke = Arc::new(AtomicUsize::new(0));
    let w2 = woke.clone();
    let (mu, cond, wg) = (Mutex::new(), Cond::new(), WaitGroup::new());
    let ready_flag = Arc::new(AtomicUsize::new(0));
    let mut pc = 0;
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    cx.wg_add(&wg, 3).unwrap();
                    for _ in 0..3 {
                        let (mu, cond, wg, w, f) = (
                            mu.clone(),
                            cond.clone(),
                            wg.clone(),
                            w2.clone(),
                            ready_flag.clone(),
                        );
                        let mut step = 0;
                        cx.spawn(body("main.waiter", move |cx| loop {
                            match step {
                                0 => {
                                    ready!(cx.lock(&mu));
                                    step = 1;
                                }
                                // for !ready { cond.Wait() }
                                1 if f.load(Ordering::SeqCst) == 0 => step = 2,
                                2 => {
                                    ready!(cx.cond_wait(&cond, &mu));
                                    step = 1;
                                }
                                1 => {
                                    w.fetch_add(1, Ordering::SeqCst);
                                    cx.unlock(&mu).unwrap();
                                    cx.wg_add(&wg, -1).unwrap();
                                    return Yield::Exit;
                                }
                                _ => unreachable!(),
                            }
                        }));
                    }
                    pc = 1;
                }
                // One blocking operation per step: a woken body re-runs
                // the step it parked in.
                1 => {
                    ready!(cx.sleep(5_000_000));
                    pc = 2;
                }
                2 => {
                    ready!(cx.lock(&mu));
                    ready_flag.store(1, Ordering::SeqCst);
                    cx.cond_signal(&cond);
                    cx.unlock(&mu).unwrap();
                    pc = 3;
                }
                3 => {
                    ready!(cx.sleep(5_000_000));
                    assert_eq!(w2.load(Ordering::SeqCst), 1, "Signal woke more than one");
                    pc = 4;
                }
                4 => {
                    ready!(cx.lock(&mu));
                    cx.cond_broadcast(&cond);
                    cx.unlock(&mu).unwrap();
                    pc = 5;
                }
                _ => {
                    ready!(cx.wg_wait(&wg));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    assert_eq!(woke.load(Ordering::SeqCst), 3);
}

#[test]
fn cond_wait_without_lock_is_fatal() {
    let out = run(
        1,
        body("main.main", |cx| {
            let (mu, c) = (Mutex::new(), Cond::new());
            assert_eq!(
                cx.cond_wait(&c, &mu),
                Op::Fatal(RuntimeError::UnlockOfUnlockedMutex)
            );
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn waitgroup_and_cond_deadlock_reasons() {
    let mut spawned = false;
    let out = run(
        1,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                cx.spawn(body("main.condwaiter", |cx| {
                    let (mu, c) = (Mutex::new(), Cond::new());
                    assert!(cx.try_lock(&mu));
                    ready!(cx.cond_wait(&c, &mu));
                    Yield::Exit
                }));
                cx.spawn(body("main.reader", |cx| {
                    let rw = RWMutex::new();
                    assert!(rw.try_lock());
                    ready!(cx.rlock(&rw));
                    Yield::Exit
                }));
            }
            let wg = WaitGroup::new();
            cx.wg_add(&wg, 1).unwrap();
            ready!(cx.wg_wait(&wg));
            Yield::Exit
        }),
    );
    let d = runtime_util::expect_deadlock(out);
    let got = runtime_util::wait_reasons(&d);
    assert_eq!(
        got,
        vec![
            (1, "sync.WaitGroup.Wait"),
            (18, "sync.Cond.Wait"),
            (19, "sync.RWMutex.RLock")
        ]
    );
}

/// Go's wait reasons for writers: the first waits for readers
/// ("sync.RWMutex.Lock"), the next one on the writer mutex
/// ("sync.Mutex.Lock").
#[test]
fn rwmutex_writer_wait_reasons() {
    let rw = RWMutex::new();
    let mut pc = 0;
    let out = run_det(
        0,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    ready!(cx.rlock(&rw));
                    for _ in 0..2 {
                        let rw = rw.clone();
                        cx.spawn(body("main.writer", move |cx| {
                            ready!(cx.wlock(&rw));
                            Yield::Exit
                        }));
                        pc += 1;
                    }
                }
                _ => {
                    let c = gorun::runtime::Chan::new(0, gorun::value::Value::Int(0));
                    ready!(cx.recv(Some(&c)));
                    return Yield::Exit;
                }
            }
        }),
    );
    let Outcome::Deadlock(d) = out else {
        panic!("{out:?}")
    };
    let mut got: Vec<&str> = d.goroutines[1..]
        .iter()
        .map(|g| g.wait_reason.as_str())
        .collect();
    got.sort();
    assert_eq!(got, vec!["sync.Mutex.Lock", "sync.RWMutex.Lock"]);
}

/// Starvation mode: a goroutine hogging a mutex (unlock, relock at once)
/// cannot keep a waiter out for long: once the waiter has waited 1ms the
/// lock is handed to it directly.
#[test]
fn mutex_waiter_is_not_starved() {
    let acquired_at = Arc::new(AtomicI64::new(-1));
    let waiting_from = Arc::new(AtomicI64::new(-1));
    let iteration = Arc::new(AtomicI64::new(0));
    let (a2, i2, w2) = (acquired_at.clone(), iteration.clone(), waiting_from.clone());
    let mu = Mutex::new();
    let mut pc = 0;
    let mut it = 0i64;
    let mut spin_until = 0i64;
    let out = run(
        1,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    assert!(cx.try_lock(&mu));
                    let (mu, a, i, w) = (mu.clone(), a2.clone(), i2.clone(), w2.clone());
                    cx.spawn(body("main.waiter", move |cx| {
                        if w.load(Ordering::SeqCst) < 0 {
                            // First run: it starts waiting now (with one P
                            // that is when the hog's time slice ends).
                            w.store(i.load(Ordering::SeqCst), Ordering::SeqCst);
                        }
                        ready!(cx.lock(&mu));
                        a.store(i.load(Ordering::SeqCst), Ordering::SeqCst);
                        cx.unlock(&mu).unwrap();
                        Yield::Exit
                    }));
                    spin_until = cx.now() + 1_500_000;
                    pc = 1;
                }
                // Hold the lock for 1.5ms of busy work...
                1 => {
                    while cx.now() < spin_until {
                        if cx.should_yield() {
                            return Yield::Preempted;
                        }
                    }
                    // ...then unlock and relock at once, 30 times.
                    cx.unlock(&mu).unwrap();
                    it += 1;
                    i2.store(it, Ordering::SeqCst);
                    if it == 30 {
                        return Yield::Exit;
                    }
                    pc = 2;
                }
                _ => {
                    ready!(cx.lock(&mu));
                    spin_until = cx.now() + 1_500_000;
                    pc = 1;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    let (from, at) = (
        waiting_from.load(Ordering::SeqCst),
        acquired_at.load(Ordering::SeqCst),
    );
    assert!(
        from >= 0 && at >= 0,
        "waiter never ran ({from}) or never locked ({at})"
    );
    // Woken by an unlock, the waiter sits in runnext while the hog (never
    // blocking) relocks, and runs only when the hog's 10ms slice ends (as in
    // Go with one P); then, having waited over 1ms, it is handed the lock
    // at the next unlock. Without starvation mode it would never get in
    // before the hog's 30 iterations (45ms) end.
    assert!(
        at - from <= 12,
        "waiter waited from hog iteration {from} to {at}"
    );
}

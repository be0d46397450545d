//! Channels with fake bodies: ping-pong, FIFO order, buffered and close
//! semantics, nil channels.

mod runtime_util;

use std::sync::{Arc, Mutex as StdMutex};

use gorun::runtime::{Chan, Op, Outcome, RuntimeError, Yield};
use gorun::value::Value;
use runtime_util::{body, int, run};

/// main sends 0..n on `ping`, a partner echoes each back on `pong`.
fn ping_pong(procs: usize, n: i64) -> Outcome {
    let ping = Chan::new(0, Value::Int(0));
    let pong = Chan::new(0, Value::Int(0));
    let (mut i, mut phase, mut spawned) = (0i64, 0, false);
    run(
        procs,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                let (ping, pong) = (ping.clone(), pong.clone());
                let mut held: Option<Value> = None;
                cx.spawn(body("main.echo", move |cx| loop {
                    if held.is_none() {
                        let (v, ok) = ready!(cx.recv(Some(&ping)));
                        if !ok {
                            return Yield::Exit;
                        }
                        held = Some(v);
                    }
                    let v = held.clone().unwrap_or_default();
                    ready!(cx.send(Some(&pong), v));
                    held = None;
                }));
            }
            loop {
                if i == n {
                    return Yield::Exit;
                }
                if phase == 0 {
                    ready!(cx.send(Some(&ping), Value::Int(i)));
                    phase = 1;
                }
                let (v, ok) = ready!(cx.recv(Some(&pong)));
                assert!(ok);
                assert_eq!(int(&v), i);
                i += 1;
                phase = 0;
            }
        }),
    )
}

#[test]
fn ping_pong_one_p() {
    assert_eq!(ping_pong(1, 10_000), Outcome::MainReturned);
}

#[test]
fn ping_pong_two_ps() {
    assert_eq!(ping_pong(2, 10_000), Outcome::MainReturned);
}

#[test]
fn ping_pong_four_ps() {
    assert_eq!(ping_pong(4, 5_000), Outcome::MainReturned);
}

/// Spawn `n` goroutines one at a time, each parking on `ch` before the next
/// starts (main sleeps 1ms of virtual time between spawns).
fn fifo_case(senders: bool) -> Vec<(i64, i64)> {
    let ch = Chan::new(0, Value::Int(0));
    let log = Arc::new(StdMutex::new(Vec::new()));
    let log2 = log.clone();
    let (mut pc, mut k) = (0, 0i64);
    let out = runtime_util::run_det(
        7,
        body("main.main", move |cx| loop {
            match pc {
                0 if k < 5 => {
                    let (ch, log, me) = (ch.clone(), log2.clone(), k);
                    let mut got = false;
                    cx.spawn(body("main.worker", move |cx| {
                        if senders {
                            ready!(cx.send(Some(&ch), Value::Int(me)));
                        } else if !got {
                            let (v, _) = ready!(cx.recv(Some(&ch)));
                            log.lock().unwrap().push((me, int(&v)));
                            got = true;
                        }
                        Yield::Exit
                    }));
                    pc = 1;
                }
                0 => pc = 2,
                1 => {
                    ready!(cx.sleep(1_000_000));
                    k += 1;
                    pc = 0;
                }
                2 if k > 0 => {
                    let i = 5 - k;
                    if senders {
                        let (v, _) = ready!(cx.recv(Some(&ch)));
                        log2.lock().unwrap().push((i, int(&v)));
                    } else {
                        ready!(cx.send(Some(&ch), Value::Int(i)));
                    }
                    k -= 1;
                }
                _ => {
                    ready!(cx.sleep(1_000_000));
                    return Yield::Exit;
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    let v = log.lock().unwrap().clone();
    v
}

#[test]
fn blocked_senders_are_fifo() {
    let got = fifo_case(true);
    assert_eq!(got, (0..5).map(|i| (i, i)).collect::<Vec<_>>());
}

#[test]
fn blocked_receivers_are_fifo() {
    let mut got = fifo_case(false);
    got.sort();
    assert_eq!(got, (0..5).map(|i| (i, i)).collect::<Vec<_>>());
}

#[test]
fn buffered_channel_fills_then_blocks() {
    let ch = Chan::new(3, Value::Int(0));
    let (c, mut pc) = (ch.clone(), 0);
    let out = run(
        1,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    for i in 0..3 {
                        assert_eq!(cx.send(Some(&c), Value::Int(i)), Op::Ready(()));
                    }
                    assert_eq!((c.len(), c.cap()), (3, 3));
                    pc = 1;
                }
                1 => {
                    // Full: a fourth send must block; nobody receives, so
                    // the program deadlocks with main in "chan send".
                    ready!(cx.send(Some(&c), Value::Int(3)));
                    unreachable!("send on a full channel completed");
                }
                _ => unreachable!(),
            }
        }),
    );
    match out {
        Outcome::Deadlock(d) => {
            assert_eq!(d.goroutines.len(), 1);
            assert_eq!(d.goroutines[0].id, 1);
            assert_eq!(d.goroutines[0].wait_reason.as_str(), "chan send");
        }
        other => panic!("expected deadlock, got {other:?}"),
    }
    assert_eq!(ch.len(), 3);
}

#[test]
fn buffered_values_come_out_in_order_and_free_blocked_sender() {
    let ch = Chan::new(2, Value::Int(0));
    let (mut pc, mut seen) = (0, Vec::new());
    let out = run(
        2,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    let c = ch.clone();
                    let mut i = 0;
                    cx.spawn(body("main.producer", move |cx| {
                        while i < 10 {
                            ready!(cx.send(Some(&c), Value::Int(i)));
                            i += 1;
                        }
                        cx.close(Some(&c)).unwrap();
                        Yield::Exit
                    }));
                    pc = 1;
                }
                _ => {
                    let (v, ok) = ready!(cx.recv(Some(&ch)));
                    if !ok {
                        assert_eq!(seen, (0..10).collect::<Vec<_>>());
                        assert_eq!(int(&v), 0);
                        return Yield::Exit;
                    }
                    seen.push(int(&v));
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn close_semantics() {
    let out = run(
        1,
        body("main.main", move |cx| {
            let c = Chan::new(2, Value::Int(0));
            assert_eq!(cx.send(Some(&c), Value::Int(7)), Op::Ready(()));
            cx.close(Some(&c)).unwrap();
            // Buffered values drain first, then zero + false.
            match cx.recv(Some(&c)) {
                Op::Ready((v, ok)) => assert_eq!((int(&v), ok), (7, true)),
                _ => panic!("recv"),
            }
            match cx.recv(Some(&c)) {
                Op::Ready((v, ok)) => assert_eq!((int(&v), ok), (0, false)),
                _ => panic!("recv"),
            }
            assert_eq!(cx.close(Some(&c)), Err(RuntimeError::CloseOfClosed));
            assert_eq!(cx.close(None), Err(RuntimeError::CloseOfNil));
            assert_eq!(
                cx.send(Some(&c), Value::Int(1)),
                Op::Panic(RuntimeError::SendOnClosed)
            );
            assert_eq!(
                RuntimeError::SendOnClosed.to_string(),
                "send on closed channel"
            );
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

#[test]
fn close_wakes_blocked_receivers_and_panics_blocked_senders() {
    let results = Arc::new(StdMutex::new(Vec::new()));
    let r2 = results.clone();
    let (mut pc, mut n) = (0, 0);
    let out = runtime_util::run_det(
        1,
        body("main.main", move |cx| loop {
            match pc {
                0 => {
                    let c = Chan::new(0, Value::Int(-1));
                    for i in 0..3 {
                        let (c, r) = (c.clone(), r2.clone());
                        cx.spawn(body("main.recv", move |cx| {
                            let (v, ok) = ready!(cx.recv(Some(&c)));
                            r.lock().unwrap().push(format!("recv{i} {} {ok}", int(&v)));
                            Yield::Exit
                        }));
                    }
                    let (c2, r) = (c.clone(), r2.clone());
                    let unbuf = Chan::new(0, Value::Int(0));
                    let u2 = unbuf.clone();
                    cx.spawn(body("main.send", move |cx| {
                        match cx.send(Some(&u2), Value::Int(1)) {
                            Op::Park => return Yield::Park,
                            Op::Panic(e) => r.lock().unwrap().push(format!("send panic: {e}")),
                            other => panic!("unexpected {other:?}"),
                        }
                        Yield::Exit
                    }));
                    let _ = c2;
                    pc = 1;
                    // Let them all block, then close both channels.
                    cx.spawn(body("main.closer", move |cx| {
                        ready!(cx.sleep(1000));
                        cx.close(Some(&c)).unwrap();
                        cx.close(Some(&unbuf)).unwrap();
                        Yield::Exit
                    }));
                }
                _ => {
                    ready!(cx.sleep(1_000_000));
                    n += 1;
                    if n > 0 {
                        return Yield::Exit;
                    }
                }
            }
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
    let mut got = results.lock().unwrap().clone();
    got.sort();
    assert_eq!(
        got,
        vec![
            "recv0 -1 false",
            "recv1 -1 false",
            "recv2 -1 false",
            "send panic: send on closed channel"
        ]
    );
}

#[test]
fn nil_channel_blocks_forever_with_go_reasons() {
    let mut spawned = false;
    let out = run(
        2,
        body("main.main", move |cx| {
            if !spawned {
                spawned = true;
                cx.spawn(body("main.func1", |cx| {
                    ready!(cx.send(None, Value::Int(1)));
                    Yield::Exit
                }));
                cx.spawn(body("main.func2", |cx| {
                    ready!(cx.recv(None));
                    Yield::Exit
                }));
            }
            let c = Chan::new(0, Value::Int(0));
            ready!(cx.recv(Some(&c)));
            Yield::Exit
        }),
    );
    let d = runtime_util::expect_deadlock(out);
    let got = runtime_util::wait_reasons(&d);
    assert_eq!(
        got,
        vec![
            (1, "chan receive"),
            (18, "chan send (nil chan)"),
            (19, "chan receive (nil chan)")
        ]
    );
    assert_eq!(d.message(), "all goroutines are asleep - deadlock!");
    assert!(d.goroutines[1].traceback.starts_with("main.func1()"));
    assert_eq!(d.goroutines[1].parent, 1);
}

#[test]
fn try_operations_never_block() {
    let out = run(
        1,
        body("main.main", |cx| {
            let c = Chan::new(1, Value::Int(0));
            assert_eq!(cx.try_recv(Some(&c)).map(|(v, ok)| (int(&v), ok)), None);
            assert_eq!(cx.try_send(Some(&c), Value::Int(4)), Ok(true));
            assert_eq!(cx.try_send(Some(&c), Value::Int(5)), Ok(false));
            assert_eq!(cx.try_send(None, Value::Int(5)), Ok(false));
            assert!(cx.try_recv(None).is_none());
            assert_eq!(
                cx.try_recv(Some(&c)).map(|(v, ok)| (int(&v), ok)),
                Some((4, true))
            );
            cx.close(Some(&c)).unwrap();
            assert_eq!(
                cx.try_recv(Some(&c)).map(|(v, ok)| (int(&v), ok)),
                Some((0, false))
            );
            assert_eq!(
                cx.try_send(Some(&c), Value::Int(1)),
                Err(RuntimeError::SendOnClosed)
            );
            Yield::Exit
        }),
    );
    assert_eq!(out, Outcome::MainReturned);
}

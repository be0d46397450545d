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

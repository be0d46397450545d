//! The event hook: every scheduling event reaches the installed sink.

mod runtime_util;

use std::sync::{Arc, Mutex as StdMutex};

use gorun::runtime::{Chan, Config, Event, EventSink, Mutex, Outcome, Sched, WaitReason, Yield};
use gorun::value::Value;
use runtime_util::body;

#[derive(Default)]
struct Recorder(StdMutex<Vec<Event>>, StdMutex<Vec<i64>>);

impl EventSink for Recorder {
    fn event(&self, e: Event) {
        self.0.lock().unwrap().push(e);
    }
    fn event_at(&self, e: Event, now: i64) {
        self.1.lock().unwrap().push(now);
        self.event(e);
    }
}

/// In deterministic mode events carry the virtual clock.
#[test]
fn events_carry_virtual_time() {
    let rec = Arc::new(Recorder::default());
    let sched = Sched::new(Config {
        deterministic: Some(1),
        events: Some(rec.clone()),
        ..Config::default()
    });
    let out = sched.run_main(body("main.main", |cx| {
        ready!(cx.sleep(5_000));
        Yield::Exit
    }));
    assert_eq!(out, Outcome::MainReturned);
    let ev = rec.0.lock().unwrap().clone();
    let times = rec.1.lock().unwrap().clone();
    // Created, started, blocked at 0; readied, restarted, ended at 5µs.
    assert_eq!(times, vec![0, 0, 0, 5_000, 5_000, 5_000]);
    assert_eq!(
        ev[2],
        Event::GoBlock {
            g: 1,
            reason: WaitReason::Sleep
        }
    );
    assert_eq!(ev[3], Event::GoUnblock { g: 1, by: 0 });
}

#[test]
fn events_tell_the_story_of_a_hand_off() {
    let rec = Arc::new(Recorder::default());
    let sched = Sched::new(Config {
        deterministic: Some(1),
        events: Some(rec.clone()),
        ..Config::default()
    });
    let c = Chan::new(0, Value::Int(0));
    let mu = Mutex::new();
    let mut spawned = false;
    let out = sched.run_main(body("main.main", move |cx| {
        if !spawned {
            spawned = true;
            let c2 = c.clone();
            cx.spawn(body("main.sender", move |cx| {
                ready!(cx.send(Some(&c2), Value::Int(1)));
                Yield::Exit
            }));
            assert!(cx.try_lock(&mu));
            cx.unlock(&mu).unwrap();
        }
        ready!(cx.recv(Some(&c)));
        Yield::Exit
    }));
    assert_eq!(out, Outcome::MainReturned);
    let ev = rec.0.lock().unwrap().clone();
    let chan = ev
        .iter()
        .find_map(|e| match e {
            Event::ChanSend { chan, .. } => Some(*chan),
            _ => None,
        })
        .expect("a send event");
    let expected = [
        Event::GoCreate { g: 1, parent: 0 },
        Event::GoStart { g: 1, p: 0 },
        Event::GoCreate { g: 18, parent: 1 },
        Event::Lock { g: 1, obj: 0 },
        Event::Unlock { g: 1, obj: 0 },
        Event::GoBlock {
            g: 1,
            reason: WaitReason::ChanReceive,
        },
        Event::GoStart { g: 18, p: 0 },
        Event::GoUnblock { g: 1, by: 18 },
        Event::ChanSend { g: 18, chan },
        Event::GoEnd { g: 18 },
        Event::GoStart { g: 1, p: 0 },
        Event::ChanRecv { g: 1, chan },
        Event::GoEnd { g: 1 },
    ];
    // Lock object ids are process-global: compare them loosely.
    let norm: Vec<Event> = ev
        .into_iter()
        .map(|e| match e {
            Event::Lock { g, .. } => Event::Lock { g, obj: 0 },
            Event::Unlock { g, .. } => Event::Unlock { g, obj: 0 },
            e => e,
        })
        .collect();
    assert_eq!(norm, expected);
}

/// A channel operation chosen by select is an event too: a receive case
/// that completed at once, one that completed while the select was
/// blocked, and a send case.
#[test]
fn select_cases_emit_channel_events() {
    use gorun::runtime::{SelectCase, Selected};
    let rec = Arc::new(Recorder::default());
    let sched = Sched::new(Config {
        deterministic: Some(1),
        events: Some(rec.clone()),
        ..Config::default()
    });
    let (a, b) = (Chan::new(1, Value::Int(0)), Chan::new(0, Value::Int(0)));
    let (a2, b2) = (a.clone(), b.clone());
    let mut step = 0;
    let out = sched.run_main(body("main.main", move |cx| {
        if step == 0 {
            step = 1;
            // A buffered send chosen by select, then a ready receive.
            let r = ready!(cx.select(
                vec![SelectCase::Send(Some(a2.clone()), Value::Int(1))],
                false
            ));
            assert!(matches!(r, Selected::Case { index: 0, .. }));
            let r = ready!(cx.select(vec![SelectCase::Recv(Some(a2.clone()))], false));
            assert!(matches!(r, Selected::Case { index: 0, .. }));
            let b3 = b2.clone();
            cx.spawn(body("main.sender", move |cx| {
                ready!(cx.send(Some(&b3), Value::Int(2)));
                Yield::Exit
            }));
        }
        // Blocks until the sender runs.
        let r = ready!(cx.select(
            vec![
                SelectCase::Recv(Some(a2.clone())),
                SelectCase::Recv(Some(b2.clone()))
            ],
            false
        ));
        assert!(matches!(r, Selected::Case { index: 1, .. }));
        Yield::Exit
    }));
    assert_eq!(out, Outcome::MainReturned);
    let chans: Vec<(u64, u64, bool)> = rec
        .0
        .lock()
        .unwrap()
        .iter()
        .filter_map(|e| match e {
            Event::ChanSend { g, chan } => Some((*g, *chan, true)),
            Event::ChanRecv { g, chan } => Some((*g, *chan, false)),
            _ => None,
        })
        .collect();
    let (a, b) = (a.id(), b.id());
    assert_eq!(
        chans,
        vec![(1, a, true), (1, a, false), (18, b, true), (1, b, false)]
    );
}

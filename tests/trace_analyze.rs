//! The replay behind `--trace`, on hand-made recordings (runtime corner
//! cases) and on real runs through the library API (time accounting).

mod trace_util;

use gorun::interp::{run_source, RunOptions};
use gorun::runtime::{Event, WaitReason};
use gorun::trace::analyze::{analyze, replay, Collect, MarkKind, State};
use gorun::trace::record::{Origin, Rec, Recording};
use gorun::trace::report::{fmt_time, timeline_rows};
use gorun::trace::{Output, Session};
use std::io::Write;
use std::sync::{Arc, Mutex};

fn recording(events: &[Event], end: i64) -> Recording {
    Recording {
        recs: events
            .iter()
            .enumerate()
            .map(|(i, e)| Rec {
                seq: i as u64,
                t: i as i64,
                event: e.clone(),
            })
            .collect(),
        origins: vec![Origin {
            g: 18,
            func: "main.worker".into(),
            site: "main.main at x.go:3".into(),
        }],
        end,
        truncated: false,
        ticks: true,
    }
}

#[test]
fn a_block_completed_at_the_recheck_is_not_a_block() {
    use Event::*;
    let mut c = Collect::default();
    let a = replay(
        &recording(
            &[
                GoCreate { g: 1, parent: 0 },
                GoStart { g: 1, p: 0 },
                GoBlock {
                    g: 1,
                    reason: WaitReason::ChanReceive,
                },
                GoStart { g: 1, p: 0 },
                ChanRecv { g: 1, chan: 7 },
                GoEnd { g: 1 },
            ],
            6,
        ),
        &mut c,
    );
    let g = &a.gs[0];
    assert_eq!(g.func, "main.main");
    assert_eq!(g.recvs, 1);
    assert_eq!(g.blocked[0].count, 0, "no real block");
    assert!(c.marks.is_empty(), "{:?}", c.marks);
    assert_eq!(g.last, State::Done);
    assert_eq!(g.ended, Some(5));
}

#[test]
fn spans_tile_each_life_and_flows_link_waker_to_wakee() {
    use Event::*;
    let rec = recording(
        &[
            GoCreate { g: 1, parent: 0 },  // 0
            GoStart { g: 1, p: 0 },        // 1
            GoCreate { g: 18, parent: 1 }, // 2
            GoBlock {
                g: 1,
                reason: WaitReason::ChanReceive,
            }, // 3
            GoStart { g: 18, p: 1 },       // 4
            GoUnblock { g: 1, by: 18 },    // 5
            ChanSend { g: 18, chan: 9 },   // 6
            GoEnd { g: 18 },               // 7
            GoStart { g: 1, p: 0 },        // 8
            ChanRecv { g: 1, chan: 9 },    // 9
        ],
        12,
    );
    let mut c = Collect::default();
    let a = replay(&rec, &mut c);
    assert_eq!(a.gs.len(), 2);
    let (m, w) = (&a.gs[0], &a.gs[1]);
    assert_eq!((m.ran, m.runnable, m.blocked_total()), (2 + 4, 1 + 3, 2));
    assert_eq!(m.ran + m.runnable + m.blocked_total(), 12 - m.created);
    assert_eq!(m.last, State::Running(Some(0)));
    assert_eq!(
        (w.parent, w.func.as_str(), w.site.as_str()),
        (1, "main.worker", "main.main at x.go:3")
    );
    assert_eq!((w.ran, w.runnable, w.sends), (3, 2, 1));
    assert_eq!(w.ps.iter().copied().collect::<Vec<_>>(), [1]);
    assert_eq!(a.nps, 2);
    assert_eq!(c.flows.len(), 1);
    let f = &c.flows[0];
    assert_eq!(
        (f.from, f.from_p, f.t, f.to, f.to_start, f.to_p),
        (18, Some(1), 5, 1, 8, 0)
    );
    assert!(c
        .marks
        .iter()
        .any(|m| m.kind == MarkKind::Block(WaitReason::ChanReceive) && m.t == 3 && m.p == Some(0)));
    for g in &a.gs {
        let mut spans: Vec<_> = c.spans.iter().filter(|s| s.g == g.id).collect();
        spans.sort_by_key(|s| s.start);
        assert_eq!(spans[0].start, g.created);
        for w in spans.windows(2) {
            assert_eq!(w[0].end, w[1].start, "no gap, no overlap");
        }
    }
    let rows = timeline_rows(&rec, 12);
    assert_eq!(rows[0], (1, ".00rr...0000".to_string()));
    assert_eq!(rows[1], (18, "  ..111     ".to_string()));
}

#[test]
fn woken_but_never_rerun_operations_still_count() {
    use Event::*;
    let a = analyze(&recording(
        &[
            GoCreate { g: 1, parent: 0 },
            GoCreate { g: 18, parent: 1 },
            GoCreate { g: 19, parent: 1 },
            GoStart { g: 18, p: 0 },
            GoBlock {
                g: 18,
                reason: WaitReason::ChanSend,
            },
            GoStart { g: 19, p: 0 },
            GoBlock {
                g: 19,
                reason: WaitReason::ChanSend,
            },
            GoStart { g: 1, p: 0 },
            // main receives from parked G18 (wake, then its own receive)...
            GoUnblock { g: 18, by: 1 },
            ChanRecv { g: 1, chan: 3 },
            // ...then closes the channel G19 is sending on.
            ChanClose { g: 1, chan: 4 },
            GoUnblock { g: 19, by: 1 },
        ],
        20,
    ));
    assert_eq!(a.gs[1].sends, 1, "G18's value was taken");
    assert_eq!(
        a.gs[2].sends, 0,
        "G19 was woken by close: it panics, no send"
    );
    assert_eq!(a.gs[0].closes, 1);
}

#[test]
fn an_operation_after_a_callback_block_resumes_the_goroutine() {
    use Event::*;
    let rec = recording(
        &[
            GoCreate { g: 1, parent: 0 },
            GoStart { g: 1, p: 0 },
            GoBlock {
                g: 1,
                reason: WaitReason::SyncMutexLock,
            },
            Lock { g: 1, obj: 1 },
            Unlock { g: 1, obj: 1 },
        ],
        6,
    );
    let a = analyze(&rec);
    assert_eq!(a.gs[0].last, State::Running(None));
    assert_eq!(a.gs[0].locks, 1);
    assert_eq!(timeline_rows(&rec, 6)[0].1, ".0m###");
}

#[test]
fn durations_read_well() {
    assert_eq!(fmt_time(999, false), "999ns");
    assert_eq!(fmt_time(1_520, false), "1.52µs");
    assert_eq!(fmt_time(15_200_000, false), "15.2ms");
    assert_eq!(fmt_time(152_000_000, false), "152ms");
    assert_eq!(fmt_time(2_000_000_000, false), "2.00s");
    assert_eq!(fmt_time(42, true), "42");
}

#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `src` with a trace session; returns the recording.
fn traced(src: &str, deterministic: bool) -> Recording {
    let s = Session::start(Output::Report, deterministic).unwrap();
    let opts = RunOptions {
        deterministic,
        seed: 1,
        observer: Some(s.observer()),
        ..Default::default()
    };
    run_source(
        "prog.go",
        src,
        &[],
        &opts,
        Box::new(Buf::default()),
        Box::new(Buf::default()),
    );
    s.recording()
}

#[test]
fn every_nanosecond_of_every_goroutine_is_accounted_for() {
    for det in [true, false] {
        for src in [
            trace_util::PING_PONG,
            trace_util::WORKER_POOL,
            trace_util::DEADLOCK,
        ] {
            let a = analyze(&traced(src, det));
            assert!(a.gs.len() >= 2);
            for g in &a.gs {
                let life = g.ended.unwrap_or(a.end) - g.created;
                assert_eq!(g.ran + g.runnable + g.blocked_total(), life, "{g:?}");
                assert!(g.ran > 0, "every goroutine here runs: {g:?}");
            }
            let ran: i64 = a.gs.iter().map(|g| g.ran).sum();
            assert!(!a.unknown_p);
            assert_eq!(
                a.p_busy.iter().sum::<i64>(),
                ran,
                "P time is goroutine time"
            );
            assert!(
                a.p_busy.iter().all(|&b| b <= a.end),
                "a P runs one G at a time"
            );
        }
    }
}

#[test]
fn many_goroutines_stay_readable() {
    let src = r#"package main

import "sync"

func main() {
	var wg sync.WaitGroup
	c := make(chan int, 10)
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c <- i
			<-c
		}()
	}
	wg.Wait()
}
"#;
    let rec = traced(src, false);
    let a = analyze(&rec);
    assert_eq!(a.gs.len(), 301);
    assert_eq!(a.gs.iter().map(|g| g.sends).sum::<u64>(), 300);
    assert_eq!(a.gs.iter().map(|g| g.recvs).sum::<u64>(), 300);
    let text = gorun::trace::report::render(&rec);
    assert!(text.contains("... and 101 more goroutines"));
    assert!(text.contains("... 261 more goroutines not drawn"));
    assert!(text.lines().all(|l| l.chars().count() <= 100));
}

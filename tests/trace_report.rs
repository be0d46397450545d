//! `gorun --trace prog.go`: the report on stderr, checked for its
//! invariants on small programs (ping-pong, a worker pool, a deadlock, a
//! panic, os.Exit).

mod trace_util;

use trace_util::*;

fn report_of(stderr: &str) -> &str {
    let i = stderr.find("== gorun --trace").expect("a trace report");
    &stderr[i..]
}

fn row(rows: &[Row], g: u64) -> &Row {
    rows.iter()
        .find(|r| r.g == g)
        .unwrap_or_else(|| panic!("G{g} listed"))
}

#[test]
fn ping_pong_counts_every_channel_operation() {
    let p = write_prog("pingpong", PING_PONG);
    for det in [true, false] {
        let mut args = vec!["--trace", p.to_str().unwrap()];
        if det {
            args.insert(0, "--deterministic");
        }
        let (code, out, err) = gorun(&args);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out, "done\n");
        let rows = trace_util::rows(report_of(&err));
        assert_eq!(rows.iter().map(|r| r.g).collect::<Vec<_>>(), [1, 18, 19]);
        let (m, even, odd) = (row(&rows, 1), row(&rows, 18), row(&rows, 19));
        assert_eq!((m.func.as_str(), m.parent.as_str()), ("main.main", "-"));
        assert_eq!((m.sends, m.recvs), (1, 2), "main: ping <- 0, <-done twice");
        for r in [even, odd] {
            assert_eq!(r.func, "main.player");
            assert_eq!(r.parent, "G1");
            // 5 counter values passed on plus `done <- true`; 5 or 6 values
            // received plus the final receive (10, or the close).
            assert_eq!((r.sends, r.recvs), (6, 6), "{r:?}");
            assert!(r
                .details
                .iter()
                .any(|d| d.starts_with("go statement: main.main at pingpong.go:")));
            assert!(
                r.details.iter().any(|d| d.contains("chan receive")),
                "{r:?}"
            );
        }
        assert!(even.details.iter().any(|d| d == "closed 1 channel(s)"));
        assert!(m.details.iter().any(|d| d.starts_with("exited at")));
    }
}

#[test]
fn worker_pool_shows_sleep_waitgroup_and_locks() {
    let p = write_prog("pool", WORKER_POOL);
    let (code, out, err) = gorun(&["--trace", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "90 45\n");
    let rep = report_of(&err);
    let rows = rows(rep);
    assert_eq!(
        rows.iter().map(|r| r.g).collect::<Vec<_>>(),
        [1, 18, 19, 20]
    );
    let m = row(&rows, 1);
    assert_eq!(
        (m.sends, m.recvs),
        (9, 10),
        "9 jobs; 9 results and the close"
    );
    assert!(
        m.details
            .iter()
            .any(|d| d.starts_with("blocked: sync.WaitGroup.Wait")),
        "{m:?}"
    );
    let workers = &rows[1..];
    assert_eq!(workers.iter().map(|r| r.locks).sum::<u64>(), 9);
    assert_eq!(workers.iter().map(|r| r.sends).sum::<u64>(), 9);
    // Each worker's last receive sees the close.
    assert_eq!(workers.iter().map(|r| r.recvs).sum::<u64>(), 12);
    for w in workers {
        assert_eq!(w.func, "main.worker");
        assert!(w.details.iter().any(|d| d.contains("sleep")), "{w:?}");
        assert!(w.ps.starts_with('P'), "{w:?}");
    }
    // Timeline: one row per goroutine, sleeping shown as 'z', within 100 columns.
    let tl = timeline(rep);
    assert_eq!(tl.iter().map(|r| r.0).collect::<Vec<_>>(), [1, 18, 19, 20]);
    assert!(tl[1..].iter().all(|(_, l)| l.contains('z')));
    assert!(tl[0].1.contains('w'));
    assert!(rep.lines().all(|l| l.chars().count() <= 100), "{rep}");
    assert!(rep.contains("z blocked: sleep"));
    assert!(rep.contains("Ps busy: P0 "), "{rep}");
    assert!(rep.contains("w blocked: sync.WaitGroup.Wait"));
}

#[test]
fn deadlock_report_names_the_stuck_goroutines() {
    let p = write_prog("dead", DEADLOCK);
    let (code, out, err) = gorun(&["--trace", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(out, "1\n");
    // Go's own report comes first, unchanged; the trace follows.
    assert!(err.starts_with("fatal error: all goroutines are asleep - deadlock!"));
    let rows = trace_util::rows(report_of(&err));
    assert_eq!(rows.len(), 2);
    let (m, g) = (row(&rows, 1), row(&rows, 18));
    assert_eq!(g.func, "main.main.func1");
    assert_eq!((m.recvs, g.sends), (1, 1));
    assert!(m
        .details
        .contains(&"still blocked (chan receive (nil chan)) when the program ended".to_string()));
    assert!(g
        .details
        .contains(&"still blocked (chan send) when the program ended".to_string()));
    let tl = timeline(report_of(&err));
    assert!(tl[0].1.ends_with('r') && tl[1].1.ends_with('s'), "{tl:?}");
}

#[test]
fn report_follows_a_panic_and_os_exit() {
    let p = write_prog("panic", PANIC);
    let (code, _, err) = gorun(&["--deterministic", "--trace", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.starts_with("panic: boom 7"), "{err}");
    let rows = trace_util::rows(report_of(&err));
    assert_eq!(row(&rows, 18).func, "main.boom");
    assert_eq!(row(&rows, 18).recvs, 1);
    // One P, runnext: boom runs as soon as main blocks sending, and
    // panics before main runs again; main's send still completed.
    assert_eq!(row(&rows, 1).sends, 1);
    assert!(row(&rows, 18)
        .details
        .contains(&"running when the program ended".to_string()));

    let p = write_prog("exit", EXIT);
    // Deterministic: the helper surely ran (and blocked) during the sleep.
    let (code, out, err) = gorun(&["--deterministic", "--trace", p.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (3, "bye\n"));
    let rows = trace_util::rows(report_of(&err));
    assert_eq!(row(&rows, 1).locks, 1);
    assert!(row(&rows, 18)
        .details
        .contains(&"still blocked (sync.Mutex.Lock) when the program ended".to_string()));
}

#[test]
fn deterministic_reports_are_reproducible_and_stdout_is_untouched() {
    let p = write_prog("det", WORKER_POOL);
    let path = p.to_str().unwrap();
    let a = gorun(&["--deterministic", "--trace", path]);
    let b = gorun(&["--deterministic", "--trace", path]);
    let plain = gorun(&["--deterministic", path]);
    assert_eq!(a, b);
    assert_eq!(a.1, plain.1);
    assert_eq!(plain.2, "");
    assert!(a.2.contains("deterministic; 1 tick = 1 scheduling event"));
}

#[test]
fn a_bad_json_path_fails_before_running() {
    let p = write_prog("badpath", PING_PONG);
    let (code, out, err) = gorun(&["--trace=/nonexistent/dir/t.json", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.contains("cannot create /nonexistent/dir/t.json"),
        "{err}"
    );
}

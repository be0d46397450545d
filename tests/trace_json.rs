//! `gorun --trace=out.json prog.go`: Chrome trace-event JSON. Checks that
//! it parses, that tracks are the Ps, that slices are well formed and never
//! overlap on one P, and that marks and flow arrows are consistent.

mod trace_util;

use serde_json::Value;
use std::collections::HashMap;
use trace_util::*;

fn trace_json(name: &str, src: &str, extra: &[&str]) -> (i32, String, Vec<Value>) {
    let p = write_prog(name, src);
    let json = p.with_extension("json");
    let mut args: Vec<&str> = extra.to_vec();
    let flag = format!("--trace={}", json.display());
    args.push(&flag);
    args.push(p.to_str().unwrap());
    let (code, out, err) = gorun(&args);
    assert!(
        !err.contains("== gorun --trace"),
        "no report with a file: {err}"
    );
    let text = std::fs::read_to_string(&json).expect("the JSON file");
    let doc: Value = serde_json::from_str(&text).expect("valid JSON");
    let ev = doc["traceEvents"].as_array().expect("traceEvents").clone();
    (code, out, ev)
}

fn ph<'a>(ev: &'a [Value], p: &str) -> Vec<&'a Value> {
    ev.iter().filter(|e| e["ph"] == p).collect()
}

/// The structural invariants every trace must satisfy.
fn check_invariants(ev: &[Value]) {
    let names: HashMap<u64, String> = ph(ev, "M")
        .iter()
        .filter(|e| e["name"] == "thread_name")
        .map(|e| {
            (
                e["tid"].as_u64().unwrap(),
                e["args"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut by_track: HashMap<u64, Vec<(f64, f64)>> = HashMap::new();
    for s in ph(ev, "X") {
        let (ts, dur) = (s["ts"].as_f64().unwrap(), s["dur"].as_f64().unwrap());
        assert!(ts >= 0.0 && dur > 0.0, "slice begin < end: {s}");
        let tid = s["tid"].as_u64().unwrap();
        assert!(names.contains_key(&tid), "slice on a named track: {s}");
        let g = s["args"]["goroutine"].as_u64().unwrap();
        assert!(s["name"].as_str().unwrap().starts_with(&format!("G{g} ")));
        by_track.entry(tid).or_default().push((ts, ts + dur));
    }
    for (tid, mut v) in by_track {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        for w in v.windows(2) {
            assert!(w[0].1 <= w[1].0 + 1e-9, "overlap on track {tid}: {w:?}");
        }
    }
    for i in ph(ev, "i") {
        assert!(
            i["args"]["reason"].as_str().is_some_and(|r| !r.is_empty()),
            "{i}"
        );
    }
    let starts: HashMap<u64, &Value> = ph(ev, "s")
        .into_iter()
        .map(|e| (e["id"].as_u64().unwrap(), e))
        .collect();
    let ends = ph(ev, "f");
    assert_eq!(starts.len(), ends.len());
    for f in ends {
        let s = starts[&f["id"].as_u64().unwrap()];
        assert!(
            s["ts"].as_f64() <= f["ts"].as_f64(),
            "flow goes forward: {s} {f}"
        );
        assert_eq!(f["bp"], "e");
    }
}

#[test]
fn ping_pong_json_has_p_tracks_slices_marks_and_flows() {
    for extra in [&["--deterministic"][..], &[][..]] {
        let (code, out, ev) = trace_json("jpingpong", PING_PONG, extra);
        assert_eq!((code, out.as_str()), (0, "done\n"));
        check_invariants(&ev);
        let gs: std::collections::BTreeSet<u64> = ph(&ev, "X")
            .iter()
            .map(|s| s["args"]["goroutine"].as_u64().unwrap())
            .collect();
        assert_eq!(gs.into_iter().collect::<Vec<_>>(), [1, 18, 19]);
        assert!(ev
            .iter()
            .any(|e| e["name"] == "thread_name" && e["args"]["name"] == "P0"));
        let reasons: Vec<&str> = ph(&ev, "i")
            .iter()
            .map(|i| i["args"]["reason"].as_str().unwrap())
            .collect();
        assert!(reasons.contains(&"chan receive"), "{reasons:?}");
        if !extra.is_empty() {
            // One P: each player's `done <- true` waits for main.
            assert!(reasons.contains(&"chan send"), "{reasons:?}");
        }
        // The players hand the counter to each other: arrows between them.
        assert!(ph(&ev, "s")
            .iter()
            .any(|s| s["name"] == "G18 readies G19" || s["name"] == "G19 readies G18"));
    }
}

#[test]
fn worker_pool_json_is_well_formed_on_several_ps() {
    let (code, out, ev) = trace_json("jpool", WORKER_POOL, &[]);
    assert_eq!((code, out.as_str()), (0, "90 45\n"));
    check_invariants(&ev);
    let reasons: Vec<&str> = ph(&ev, "i")
        .iter()
        .map(|i| i["args"]["reason"].as_str().unwrap())
        .collect();
    assert!(reasons.contains(&"sleep"));
    assert!(reasons.contains(&"sync.WaitGroup.Wait"));
    // Timer wake-ups come from the runtime's own track.
    assert!(ph(&ev, "i")
        .iter()
        .any(|i| i["args"]["by"] == 0 && i["args"]["reason"] == "sleep"));
}

#[test]
fn deadlock_json_is_written_too() {
    let (code, _, ev) = trace_json("jdead", DEADLOCK, &["--deterministic"]);
    assert_eq!(code, 2);
    check_invariants(&ev);
    let blocks: Vec<&str> = ph(&ev, "i")
        .iter()
        .filter(|i| i["name"].as_str().unwrap().contains("blocks"))
        .map(|i| i["args"]["reason"].as_str().unwrap())
        .collect();
    assert!(blocks.contains(&"chan receive (nil chan)"), "{blocks:?}");
    assert!(blocks.contains(&"chan send"), "{blocks:?}");
}

//! The Chrome trace-event JSON (`gorun --trace=out.json`), for Perfetto
//! (ui.perfetto.dev) or chrome://tracing.
//!
//! Layout: one process "gorun"; one track (thread) per P; a complete slice
//! (`ph: "X"`) named `G<id> <function>` for every stretch a goroutine ran
//! on that P; instant events (`ph: "i"`) where a goroutine blocked (on the
//! P it was running on, named by Go's wait reason) and where it was
//! unblocked (on the unblocker's P); a flow arrow (`ph: "s"` / `"f"`) from
//! the unblocking goroutine's slice to the unblocked goroutine's next
//! slice. Goroutines resumed on an unknown P and unblocks by the runtime
//! (timers) get their own tracks. Timestamps are microseconds (with
//! nanosecond decimals); in deterministic mode one tick is shown as 1µs.
//! Every slice has a positive duration (empty stretches are not emitted).

use std::fmt::Write;

use super::analyze::{Analysis, MarkKind, State};

/// Track for goroutines running on an unknown P.
const TID_UNKNOWN_P: usize = 9998;
/// Track for events caused by the runtime itself (timers).
const TID_RUNTIME: usize = 9999;

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// Microseconds, as JSON.
fn us(t: i64, ticks: bool) -> String {
    if ticks {
        t.to_string()
    } else {
        format!("{}.{:03}", t / 1000, t % 1000)
    }
}

fn tid(p: Option<usize>) -> usize {
    p.unwrap_or(TID_UNKNOWN_P)
}

/// The JSON document.
pub fn render(a: &Analysis) -> String {
    let mut ev: Vec<String> = Vec::new();
    let t = |x: i64| us(x, a.ticks);
    ev.push(r#"{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{"name":"gorun"}}"#.into());
    let mut tracks: Vec<(usize, String)> = (0..a.nps).map(|p| (p, format!("P{p}"))).collect();
    tracks.push((TID_UNKNOWN_P, "P? (inside a callback)".into()));
    tracks.push((TID_RUNTIME, "runtime (timers)".into()));
    for (id, name) in &tracks {
        ev.push(format!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{id},"args":{{"name":{}}}}}"#,
            esc(name)
        ));
        ev.push(format!(
            r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{id},"args":{{"sort_index":{id}}}}}"#
        ));
    }
    let func = |g: u64| {
        a.gs.iter()
            .find(|s| s.id == g)
            .map_or(String::new(), |s| s.func.clone())
    };
    let mut funcs = std::collections::HashMap::new();
    for s in &a.spans {
        let State::Running(p) = s.state else {
            continue;
        };
        if s.end <= s.start {
            continue;
        }
        let f = funcs.entry(s.g).or_insert_with(|| func(s.g));
        ev.push(format!(
            r#"{{"name":{},"cat":"goroutine","ph":"X","ts":{},"dur":{},"pid":1,"tid":{},"args":{{"goroutine":{},"func":{}}}}}"#,
            esc(&format!("G{} {}", s.g, f)),
            t(s.start),
            t(s.end - s.start),
            tid(p),
            s.g,
            esc(f)
        ));
    }
    for m in &a.marks {
        let (name, track, args) = match &m.kind {
            MarkKind::Block(r) => (
                format!("G{} blocks: {r}", m.g),
                tid(m.p),
                format!(r#"{{"goroutine":{},"reason":{}}}"#, m.g, esc(r.as_str())),
            ),
            MarkKind::Unblock { by, reason } => (
                match by {
                    0 => format!("runtime unblocks G{} ({reason})", m.g),
                    b => format!("G{b} unblocks G{} ({reason})", m.g),
                },
                if *by == 0 { TID_RUNTIME } else { tid(m.p) },
                format!(
                    r#"{{"goroutine":{},"by":{},"reason":{}}}"#,
                    m.g,
                    by,
                    esc(reason.as_str())
                ),
            ),
        };
        ev.push(format!(
            r#"{{"name":{},"cat":"sched","ph":"i","s":"t","ts":{},"pid":1,"tid":{track},"args":{args}}}"#,
            esc(&name),
            t(m.t)
        ));
    }
    for (n, f) in a.flows.iter().enumerate() {
        let (Some(from_p), Some(start), Some(to_p)) = (f.from_p, f.to_start, f.to_p) else {
            continue;
        };
        let name = esc(&format!("G{} readies G{}", f.from, f.to));
        ev.push(format!(
            r#"{{"name":{name},"cat":"unblock","ph":"s","id":{n},"ts":{},"pid":1,"tid":{from_p}}}"#,
            t(f.t)
        ));
        ev.push(format!(
            r#"{{"name":{name},"cat":"unblock","ph":"f","bp":"e","id":{n},"ts":{},"pid":1,"tid":{to_p}}}"#,
            t(start)
        ));
    }
    let mut out = String::from("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
    out.push_str(&ev.join(",\n"));
    out.push_str("\n]}\n");
    out
}

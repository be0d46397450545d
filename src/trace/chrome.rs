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

use std::fmt::Write as _;
use std::io::Write;

use super::analyze::{replay, Flow, GoidMap, Mark, MarkKind, Span, State, Visitor};
use super::record::Recording;
use crate::runtime::MAIN_GOID;

/// Track for goroutines running on an unknown P (above any P number,
/// `MAX_GOMAXPROCS` being 1024).
const TID_UNKNOWN_P: usize = 9998;
/// Track for events caused by the runtime itself (timers), after it.
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

/// The JSON writer: a [`Visitor`] writing each event as the replay finds
/// it (trace-event order does not matter to the viewers).
struct Chrome<'w> {
    /// The JSON's destination (buffered by the caller).
    w: &'w mut dyn Write,
    /// Times are ticks, written as whole microseconds.
    ticks: bool,
    /// Entry function by goroutine.
    funcs: GoidMap<String>,
    /// No event written yet (no comma before the next).
    first: bool,
    /// Flow ids handed out so far.
    flows: u64,
    /// The first write error; writing stops there.
    err: Option<std::io::Error>,
    /// Something was put on the runtime's track.
    runtime_used: bool,
    /// Something was put on the unknown P's track.
    unknown_used: bool,
}

impl Chrome<'_> {
    fn t(&self, x: i64) -> String {
        us(x, self.ticks)
    }

    fn emit(&mut self, ev: std::fmt::Arguments<'_>) {
        if self.err.is_some() {
            return;
        }
        let sep = if self.first { "" } else { ",\n" };
        self.first = false;
        if let Err(e) = write!(self.w, "{sep}{ev}") {
            self.err = Some(e);
        }
    }
}

impl Visitor for Chrome<'_> {
    fn span(&mut self, s: &Span) {
        let State::Running(p) = s.state else {
            return;
        };
        if s.end <= s.start {
            return;
        }
        let f = esc(self.funcs.get(&s.g).map_or("", |f| f.as_str()));
        let name = esc(&format!(
            "G{} {}",
            s.g,
            self.funcs.get(&s.g).map_or("", |f| f.as_str())
        ));
        let (ts, dur) = (self.t(s.start), self.t(s.end - s.start));
        self.emit(format_args!(
            r#"{{"name":{name},"cat":"goroutine","ph":"X","ts":{ts},"dur":{dur},"pid":1,"tid":{},"args":{{"goroutine":{},"func":{f}}}}}"#,
            tid(p),
            s.g,
        ));
    }

    fn mark(&mut self, m: &Mark) {
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
                if *by == 0 {
                    self.runtime_used = true;
                    TID_RUNTIME
                } else {
                    tid(m.p)
                },
                format!(
                    r#"{{"goroutine":{},"by":{},"reason":{}}}"#,
                    m.g,
                    by,
                    esc(reason.as_str())
                ),
            ),
        };
        self.unknown_used |= track == TID_UNKNOWN_P;
        let ts = self.t(m.t);
        self.emit(format_args!(
            r#"{{"name":{},"cat":"sched","ph":"i","s":"t","ts":{ts},"pid":1,"tid":{track},"args":{args}}}"#,
            esc(&name)
        ));
    }

    fn flow(&mut self, f: &Flow) {
        let Some(from_p) = f.from_p else {
            return;
        };
        let n = self.flows;
        self.flows += 1;
        let name = esc(&format!("G{} readies G{}", f.from, f.to));
        let (t0, t1) = (self.t(f.t), self.t(f.to_start));
        self.emit(format_args!(
            r#"{{"name":{name},"cat":"unblock","ph":"s","id":{n},"ts":{t0},"pid":1,"tid":{from_p}}}"#
        ));
        self.emit(format_args!(
            r#"{{"name":{name},"cat":"unblock","ph":"f","bp":"e","id":{n},"ts":{t1},"pid":1,"tid":{}}}"#,
            f.to_p
        ));
    }
}

/// Write the JSON document for the run in `rec` to `w`.
pub fn write(rec: &Recording, w: &mut dyn Write) -> std::io::Result<()> {
    let mut funcs: GoidMap<String> = rec.origins.iter().map(|o| (o.g, o.func.clone())).collect();
    funcs.entry(MAIN_GOID).or_insert_with(|| "main.main".into());
    w.write_all(b"{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n")?;
    let mut c = Chrome {
        w,
        ticks: rec.ticks,
        funcs,
        first: true,
        flows: 0,
        err: None,
        runtime_used: false,
        unknown_used: false,
    };
    c.emit(format_args!(
        r#"{{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{{"name":"gorun"}}}}"#
    ));
    let a = replay(rec, &mut c);
    let mut tracks: Vec<(usize, String)> = (0..a.nps).map(|p| (p, format!("P{p}"))).collect();
    if a.unknown_p || c.unknown_used {
        tracks.push((TID_UNKNOWN_P, "P? (inside a callback)".into()));
    }
    if c.runtime_used {
        tracks.push((TID_RUNTIME, "runtime (timers)".into()));
    }
    for (id, name) in &tracks {
        c.emit(format_args!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{id},"args":{{"name":{}}}}}"#,
            esc(name)
        ));
        c.emit(format_args!(
            r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{id},"args":{{"sort_index":{id}}}}}"#
        ));
    }
    if let Some(e) = c.err {
        return Err(e);
    }
    w.write_all(b"\n]}\n")?;
    w.flush()
}

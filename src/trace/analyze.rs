//! Analysis: replay a [`Recording`] through one state machine per
//! goroutine, summing up each goroutine ([`GStats`]) and handing every
//! span, mark and flow to a [`Visitor`] as it is found (the timeline and
//! the JSON writer are visitors), so nothing proportional to the number of
//! events is kept beyond the recording itself.
//!
//! A goroutine is in one of Go's states: runnable (created, readied,
//! preempted), running (on a P), blocked (with Go's wait reason) or done.
//! Each transition closes a [`Span`] of the previous state, so a
//! goroutine's spans tile its life from creation to its end (or to the end
//! of the run) without gaps or overlaps.
//!
//! Two runtime subtleties are absorbed here:
//! * a `GoBlock` followed directly by `GoStart` (no `GoUnblock`) is an
//!   operation that completed at the re-check: it counts as no block, and
//!   its block mark is dropped;
//! * a goroutine blocked inside a Go callback of library code continues
//!   without a `GoStart`; its next own event (a send, a lock...) resumes it
//!   as running on an unknown P;
//! * a channel send or receive is reported when the goroutine that did it
//!   runs on; one woken from `chan send` / `chan receive` that never ran
//!   again before the program ended still completed its operation (a
//!   receiver took its value, or it got a value or the close), so it is
//!   counted then. A sender woken by `close` did not send: the waker's
//!   previous own event tells (a `ChanClose` just before the wake-ups).
//!   Select cases are not counted: the runtime reports no event for them.

use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use super::record::Recording;
use crate::runtime::{Event, Goid, WaitReason};

/// A map keyed by goroutine id, hashed by one multiplication (the replay
/// looks ids up several times per event; SipHash dominated its profile).
pub type GoidMap<V> = HashMap<Goid, V, BuildHasherDefault<GoidHasher>>;

/// Fibonacci hashing of a goroutine id.
#[derive(Default)]
pub struct GoidHasher(u64);

impl Hasher for GoidHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0 ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// What a goroutine was doing during a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Runnable,
    /// Running on P `p` (`None`: resumed inside a callback, P unknown).
    Running(Option<usize>),
    Blocked(WaitReason),
    Done,
}

/// `[start, end)` of one goroutine in one state (never `Done`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The goroutine.
    pub g: Goid,
    /// First instant in the state.
    pub start: i64,
    /// First instant no longer in it (`end > start`).
    pub end: i64,
    /// The state (never `Done`).
    pub state: State,
}

/// An instant worth marking: a goroutine blocked, or was unblocked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// When.
    pub t: i64,
    /// The P where it happened (the blocker's, or the unblocker's).
    pub p: Option<usize>,
    /// The goroutine that blocked or was unblocked.
    pub g: Goid,
    /// Which of the two, and why.
    pub kind: MarkKind,
}

/// What a [`Mark`] marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// Parked for this reason (and not completed at the re-check).
    Block(WaitReason),
    /// Made runnable by `by` (0: the runtime, e.g. a timer).
    Unblock { by: Goid, reason: WaitReason },
}

/// `from` (running on `from_p`) unblocked `to` at `t`; `to` next ran at
/// `to_start` on `to_p`. Only flows whose target ran again are reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    pub from: Goid,
    pub from_p: Option<usize>,
    pub t: i64,
    pub to: Goid,
    pub to_start: i64,
    pub to_p: usize,
}

/// Receives what the replay finds, in replay order (spans when they end,
/// block marks when confirmed, flows when their target starts).
pub trait Visitor {
    fn span(&mut self, _s: &Span) {}
    fn mark(&mut self, _m: &Mark) {}
    fn flow(&mut self, _f: &Flow) {}
}

/// A visitor that ignores everything.
pub struct Ignore;
impl Visitor for Ignore {}

/// A visitor that keeps everything (tests, small programs).
#[derive(Clone, Debug, Default)]
pub struct Collect {
    /// Every span, in order of its end.
    pub spans: Vec<Span>,
    /// Every confirmed block and every unblock.
    pub marks: Vec<Mark>,
    /// Every flow whose target ran again.
    pub flows: Vec<Flow>,
}

impl Visitor for Collect {
    fn span(&mut self, s: &Span) {
        self.spans.push(s.clone());
    }
    fn mark(&mut self, m: &Mark) {
        self.marks.push(m.clone());
    }
    fn flow(&mut self, f: &Flow) {
        self.flows.push(f.clone());
    }
}

/// Time blocked for one wait reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocked {
    /// Go's wait reason.
    pub reason: WaitReason,
    /// Total time blocked for it.
    pub time: i64,
    /// Times the goroutine really parked for this reason.
    pub count: u64,
}

/// One goroutine's story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GStats {
    /// The goroutine's id, as Go numbers them.
    pub id: Goid,
    /// The creating goroutine (0: the runtime).
    pub parent: Goid,
    /// Entry function (`main.worker`), empty if unknown.
    pub func: String,
    /// Where its `go` statement is, empty if unknown.
    pub site: String,
    /// When it was created.
    pub created: i64,
    /// Time running on a P.
    pub ran: i64,
    /// Time ready but waiting for a P.
    pub runnable: i64,
    /// Time blocked, per wait reason, in order of first occurrence.
    pub blocked: Vec<Blocked>,
    /// Completed channel sends (outside select).
    pub sends: u64,
    /// Completed channel receives (outside select).
    pub recvs: u64,
    /// Channels closed.
    pub closes: u64,
    /// Mutex and RWMutex write-lock acquisitions (TryLock included).
    pub locks: u64,
    /// Ps it ran on.
    pub ps: BTreeSet<usize>,
    /// `Done` if it finished, else its state when the run ended.
    pub last: State,
    /// When it finished, if it did.
    pub ended: Option<i64>,
}

impl GStats {
    pub fn blocked_total(&self) -> i64 {
        self.blocked.iter().map(|b| b.time).sum()
    }
}

/// The whole run, analysed.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// By goroutine id.
    pub gs: Vec<GStats>,
    /// When the run ended (every open span is closed here).
    pub end: i64,
    /// Times are ticks (deterministic mode), not nanoseconds.
    pub ticks: bool,
    /// The recording was cut short.
    pub truncated: bool,
    /// Ps seen (highest P number + 1).
    pub nps: usize,
    /// Time each P spent running goroutines, by P number.
    pub p_busy: Vec<i64>,
    /// Some goroutine ran on an unknown P (inside a Go callback).
    pub unknown_p: bool,
    /// Number of events replayed.
    pub events: usize,
}

/// Replay state of one goroutine.
struct Live {
    /// Current state.
    state: State,
    /// Since when.
    since: i64,
    /// A `GoBlock` not yet confirmed by a `GoUnblock`: (t, p).
    pending_block: Option<(i64, Option<usize>)>,
    /// Wake-ups waiting for this goroutine's next start: (by, by's P, t).
    waiting_flows: Vec<(Goid, Option<usize>, i64)>,
    /// Woken from this reason, not yet run again: (reason, waker closed).
    woken: Option<(WaitReason, bool)>,
    /// Its own last event was a `ChanClose` (wake-ups excepted).
    last_closed: bool,
}

struct Replay<'v> {
    /// Told every span, mark and flow.
    v: &'v mut dyn Visitor,
    /// The result so far (`gs` in order of first appearance until sorted).
    a: Analysis,
    /// Goroutine id to index in `a.gs` and `live`.
    index: GoidMap<usize>,
    /// Replay state, parallel to `a.gs`.
    live: Vec<Live>,
}

impl Replay<'_> {
    fn slot(&mut self, g: Goid, t: i64, parent: Goid) -> usize {
        if let Some(&i) = self.index.get(&g) {
            return i;
        }
        let i = self.a.gs.len();
        self.index.insert(g, i);
        self.a.gs.push(GStats {
            id: g,
            parent,
            func: String::new(),
            site: String::new(),
            created: t,
            ran: 0,
            runnable: 0,
            blocked: Vec::new(),
            sends: 0,
            recvs: 0,
            closes: 0,
            locks: 0,
            ps: BTreeSet::new(),
            last: State::Runnable,
            ended: None,
        });
        self.live.push(Live {
            state: State::Runnable,
            since: t,
            pending_block: None,
            waiting_flows: Vec::new(),
            woken: None,
            last_closed: false,
        });
        i
    }

    /// Move goroutine `i` to `to` at `t`, closing the previous span.
    fn go(&mut self, i: usize, t: i64, to: State) {
        let l = &mut self.live[i];
        let (from, since) = (l.state, l.since);
        if from == State::Done {
            return;
        }
        l.state = to;
        l.since = t;
        let d = t - since;
        let s = &mut self.a.gs[i];
        match from {
            State::Runnable => s.runnable += d,
            State::Running(p) => {
                s.ran += d;
                match p {
                    Some(p) => {
                        if self.a.p_busy.len() <= p {
                            self.a.p_busy.resize(p + 1, 0);
                        }
                        self.a.p_busy[p] += d;
                    }
                    None => self.a.unknown_p |= d > 0,
                }
            }
            State::Blocked(r) => match s.blocked.iter_mut().find(|b| b.reason == r) {
                Some(b) => b.time += d,
                None => s.blocked.push(Blocked {
                    reason: r,
                    time: d,
                    count: 0,
                }),
            },
            State::Done => {}
        }
        if let State::Running(Some(p)) = to {
            s.ps.insert(p);
            self.a.nps = self.a.nps.max(p + 1);
        }
        if to == State::Done {
            s.ended = Some(t);
        }
        s.last = to;
        if d > 0 {
            self.v.span(&Span {
                g: s.id,
                start: since,
                end: t,
                state: from,
            });
        }
    }

    /// Count a real block of `i` (confirmed by an unblock or the end).
    fn confirm_block(&mut self, i: usize, reason: WaitReason) {
        let g = self.a.gs[i].id;
        if let Some((t, p)) = self.live[i].pending_block.take() {
            self.v.mark(&Mark {
                t,
                p,
                g,
                kind: MarkKind::Block(reason),
            });
        }
        let s = &mut self.a.gs[i];
        match s.blocked.iter_mut().find(|b| b.reason == reason) {
            Some(b) => b.count += 1,
            None => s.blocked.push(Blocked {
                reason,
                time: 0,
                count: 1,
            }),
        }
    }

    fn running_p(&self, g: Goid) -> Option<usize> {
        let i = *self.index.get(&g)?;
        match self.live[i].state {
            State::Running(p) => p,
            _ => None,
        }
    }

    /// A goroutine's own operation: it is running (resume it if the
    /// runtime did not say so, see the module comment).
    fn acting(&mut self, g: Goid, t: i64) -> usize {
        let i = self.slot(g, t, 0);
        if matches!(self.live[i].state, State::Blocked(_) | State::Runnable) {
            self.live[i].pending_block = None;
            self.go(i, t, State::Running(None));
        }
        i
    }

    fn event(&mut self, t: i64, e: &Event) {
        let own = match *e {
            Event::GoCreate { .. } | Event::GoUnblock { .. } => None,
            Event::GoStart { g, .. }
            | Event::GoBlock { g, .. }
            | Event::GoSched { g }
            | Event::GoEnd { g }
            | Event::ChanSend { g, .. }
            | Event::ChanRecv { g, .. }
            | Event::ChanClose { g, .. }
            | Event::Lock { g, .. }
            | Event::Unlock { g, .. } => Some(g),
        };
        if let Some(i) = own.and_then(|g| self.index.get(&g).copied()) {
            self.live[i].last_closed = matches!(e, Event::ChanClose { .. });
            if !matches!(e, Event::GoUnblock { .. } | Event::GoCreate { .. }) {
                self.live[i].woken = None;
            }
        }
        match *e {
            Event::GoCreate { g, parent } => {
                self.slot(g, t, parent);
            }
            Event::GoStart { g, p } => {
                let i = self.slot(g, t, 0);
                // Started without an unblock: the block never happened.
                self.live[i].pending_block = None;
                self.go(i, t, State::Running(Some(p)));
                for (from, from_p, ft) in std::mem::take(&mut self.live[i].waiting_flows) {
                    self.v.flow(&Flow {
                        from,
                        from_p,
                        t: ft,
                        to: g,
                        to_start: t,
                        to_p: p,
                    });
                }
            }
            Event::GoBlock { g, reason } => {
                let i = self.slot(g, t, 0);
                let p = match self.live[i].state {
                    State::Running(p) => p,
                    _ => None,
                };
                self.live[i].pending_block = Some((t, p));
                self.go(i, t, State::Blocked(reason));
            }
            Event::GoUnblock { g, by } => {
                let i = self.slot(g, t, 0);
                let reason = match self.live[i].state {
                    State::Blocked(r) => r,
                    _ => return,
                };
                self.confirm_block(i, reason);
                let closed = self
                    .index
                    .get(&by)
                    .is_some_and(|&b| self.live[b].last_closed);
                self.live[i].woken = Some((reason, closed));
                let from_p = self.running_p(by);
                self.v.mark(&Mark {
                    t,
                    p: from_p,
                    g,
                    kind: MarkKind::Unblock { by, reason },
                });
                if by != 0 {
                    self.live[i].waiting_flows.push((by, from_p, t));
                }
                self.go(i, t, State::Runnable);
            }
            Event::GoSched { g } => {
                let i = self.slot(g, t, 0);
                self.go(i, t, State::Runnable);
            }
            Event::GoEnd { g } => {
                let i = self.slot(g, t, 0);
                self.go(i, t, State::Done);
            }
            Event::ChanSend { g, .. } => self.gs_mut(g, t).sends += 1,
            Event::ChanRecv { g, .. } => self.gs_mut(g, t).recvs += 1,
            Event::ChanClose { g, .. } => self.gs_mut(g, t).closes += 1,
            Event::Lock { g, .. } => self.gs_mut(g, t).locks += 1,
            Event::Unlock { g, .. } => {
                self.acting(g, t);
            }
        }
    }

    fn gs_mut(&mut self, g: Goid, t: i64) -> &mut GStats {
        let i = self.acting(g, t);
        &mut self.a.gs[i]
    }
}

/// Replay `rec` (in sequence order) into an [`Analysis`].
pub fn analyze(rec: &Recording) -> Analysis {
    replay(rec, &mut Ignore)
}

/// Replay `rec`, telling `v` every span, mark and flow.
pub fn replay(rec: &Recording, v: &mut dyn Visitor) -> Analysis {
    let mut r = Replay {
        v,
        a: Analysis {
            end: rec.end,
            ticks: rec.ticks,
            truncated: rec.truncated,
            events: rec.recs.len(),
            ..Analysis::default()
        },
        index: GoidMap::default(),
        live: Vec::new(),
    };
    for x in &rec.recs {
        r.event(x.t, &x.event);
    }
    let end = rec.end;
    for i in 0..r.live.len() {
        let state = r.live[i].state;
        if let State::Blocked(reason) = state {
            r.confirm_block(i, reason);
        }
        match r.live[i].woken {
            Some((WaitReason::ChanReceive, _)) => r.a.gs[i].recvs += 1,
            Some((WaitReason::ChanSend, false)) => r.a.gs[i].sends += 1,
            _ => {}
        }
        r.go(i, end, state);
    }
    for o in &rec.origins {
        if let Some(&i) = r.index.get(&o.g) {
            r.a.gs[i].func = o.func.clone();
            r.a.gs[i].site = o.site.clone();
        }
    }
    if let Some(&i) = r.index.get(&crate::runtime::MAIN_GOID) {
        if r.a.gs[i].func.is_empty() {
            r.a.gs[i].func = "main.main".into();
        }
    }
    let mut a = r.a;
    a.gs.sort_by_key(|g| g.id);
    a
}

//! The learner's report (`gorun --trace`): a table with one row per
//! goroutine and an ASCII timeline, both within 100 columns.
//!
//! Table: id, entry function, creator, time running / runnable / blocked,
//! channel sends and receives, lock acquisitions, the Ps it ran on; then
//! a line splitting the blocked time by Go's wait reasons, where its `go`
//! statement is, and how it ended. Timeline: one row per goroutine, one
//! column per slice of the run; a column shows the state the goroutine
//! spent most of that slice in: the P's number while running, `.` while
//! runnable, a letter per wait reason while blocked, blank before it
//! existed and after it ended.

use std::fmt::Write;

use super::analyze::{replay, Analysis, GStats, GoidMap, Span, State, Visitor};
use super::record::Recording;
use crate::runtime::{Event, Goid, WaitReason};

/// Timeline columns: with the row label and borders (9 more) a row fits
/// 100 columns.
pub const TIMELINE_WIDTH: usize = 88;
/// Most goroutines listed in the table (the rest are counted): beyond
/// this a table is no longer read, only scrolled.
pub const MAX_TABLE_ROWS: usize = 200;
/// Most goroutines drawn in the timeline: about one screen.
pub const MAX_TIMELINE_ROWS: usize = 40;

/// A duration for people: `1.52ms`, or a tick count.
pub fn fmt_time(v: i64, ticks: bool) -> String {
    if ticks {
        return v.to_string();
    }
    let v = v.max(0) as f64;
    let (x, unit) = if v < 1e3 {
        return format!("{v}ns");
    } else if v < 1e6 {
        (v / 1e3, "µs")
    } else if v < 1e9 {
        (v / 1e6, "ms")
    } else {
        (v / 1e9, "s")
    };
    if x < 10.0 {
        format!("{x:.2}{unit}")
    } else if x < 100.0 {
        format!("{x:.1}{unit}")
    } else {
        format!("{x:.0}{unit}")
    }
}

/// The timeline letter for a wait reason (by Go's name, so that reasons
/// the runtime adds or drops need no change here).
pub fn reason_char(r: WaitReason) -> char {
    match r.as_str() {
        "chan receive" | "chan receive (nil chan)" => 'r',
        "chan send" | "chan send (nil chan)" => 's',
        "select" | "select (no cases)" => 'x',
        "sleep" => 'z',
        "sync.WaitGroup.Wait" => 'w',
        "sync.Mutex.Lock" | "sync.RWMutex.RLock" | "sync.RWMutex.Lock" => 'm',
        "sync.Cond.Wait" => 'c',
        _ => '?',
    }
}

/// What the legend says for a letter.
fn reason_legend(c: char) -> &'static str {
    match c {
        'r' => "chan receive",
        's' => "chan send",
        'x' => "select",
        'z' => "sleep",
        'w' => "sync.WaitGroup.Wait",
        'm' => "sync.(RW)Mutex.Lock",
        'c' => "sync.Cond.Wait",
        _ => "other wait",
    }
}

fn state_char(s: State) -> char {
    match s {
        State::Running(Some(p)) if p < 10 => char::from(b'0' + p as u8),
        State::Running(_) => '#',
        State::Runnable => '.',
        State::Blocked(r) => reason_char(r),
        State::Done => ' ',
    }
}

fn plural(n: u64) -> String {
    match n {
        1 => "once".into(),
        n => format!("{n} times"),
    }
}

fn ps_text(g: &GStats) -> String {
    if g.ps.is_empty() {
        return "-".into();
    }
    let v: Vec<String> = g.ps.iter().map(|p| format!("P{p}")).collect();
    v.join(",")
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// How a goroutine's story ended.
fn ending(g: &GStats, a: &Analysis) -> String {
    match g.last {
        State::Done => format!("exited at {}", fmt_time(g.ended.unwrap_or(0), a.ticks)),
        State::Blocked(r) => format!("still blocked ({r}) when the program ended"),
        State::Runnable => "runnable (never finished) when the program ended".into(),
        State::Running(_) => "running when the program ended".into(),
    }
}

fn table(a: &Analysis, out: &mut String) {
    let unit = if a.ticks { "  (times in ticks)" } else { "" };
    let _ = writeln!(
        out,
        "{:>5}  {:<20} {:>6} {:>8} {:>8} {:>8} {:>5} {:>5} {:>5}  Ps{unit}",
        "G", "function", "parent", "ran", "runnable", "blocked", "sends", "recvs", "locks"
    );
    for g in a.gs.iter().take(MAX_TABLE_ROWS) {
        let parent = match g.parent {
            0 => "-".to_string(),
            p => format!("G{p}"),
        };
        let func = if g.func.is_empty() { "?" } else { &g.func };
        let _ = writeln!(
            out,
            "{:>5}  {:<20} {:>6} {:>8} {:>8} {:>8} {:>5} {:>5} {:>5}  {}",
            format!("G{}", g.id),
            clip(func, 20),
            parent,
            fmt_time(g.ran, a.ticks),
            fmt_time(g.runnable, a.ticks),
            fmt_time(g.blocked_total(), a.ticks),
            g.sends,
            g.recvs,
            g.locks,
            clip(&ps_text(g), 24)
        );
        if !g.site.is_empty() {
            let _ = writeln!(out, "{:7}go statement: {}", "", clip(&g.site, 80));
        }
        if !g.blocked.is_empty() {
            let parts: Vec<String> = g
                .blocked
                .iter()
                .map(|b| {
                    format!(
                        "{} {} ({})",
                        b.reason,
                        fmt_time(b.time, a.ticks),
                        plural(b.count)
                    )
                })
                .collect();
            let _ = writeln!(out, "{:7}blocked: {}", "", parts.join(", "));
        }
        if g.closes > 0 {
            let _ = writeln!(out, "{:7}closed {} channel(s)", "", g.closes);
        }
        let _ = writeln!(out, "{:7}{}", "", ending(g, a));
    }
    if a.gs.len() > MAX_TABLE_ROWS {
        let _ = writeln!(
            out,
            "  ... and {} more goroutines",
            a.gs.len() - MAX_TABLE_ROWS
        );
    }
}

/// The timeline under construction: a [`Visitor`] that spreads each span
/// of the first [`MAX_TIMELINE_ROWS`] goroutines over the columns it
/// covers, keeping per cell the time spent per character.
pub struct Timeline {
    /// The run's end (> 0): the right edge.
    end: i64,
    /// Number of columns.
    cols: usize,
    /// The goroutines drawn, by id.
    ids: Vec<Goid>,
    /// Goroutine id to row.
    row_of: GoidMap<usize>,
    /// Per row, per column: time spent per character.
    acc: Vec<Vec<Vec<(char, i64)>>>,
}

impl Timeline {
    /// A timeline `width` columns wide for the run in `rec` (in ticks, a
    /// short run gets one column per tick at most).
    pub fn new(rec: &Recording, width: usize) -> Timeline {
        let end = rec.end.max(1);
        let cols = if rec.ticks {
            width.min(end as usize)
        } else {
            width
        }
        .max(1);
        let mut ids: Vec<Goid> = rec
            .recs
            .iter()
            .filter_map(|r| match r.event {
                Event::GoCreate { g, .. } => Some(g),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.truncate(MAX_TIMELINE_ROWS);
        let row_of = ids.iter().enumerate().map(|(i, &g)| (g, i)).collect();
        Timeline {
            end,
            cols,
            acc: vec![vec![Vec::new(); cols]; ids.len()],
            ids,
            row_of,
        }
    }

    fn col_of(&self, t: i64) -> usize {
        ((t as i128 * self.cols as i128) / self.end as i128).clamp(0, self.cols as i128 - 1)
            as usize
    }

    fn col_start(&self, c: usize) -> i64 {
        ((c as i128 * self.end as i128) / self.cols as i128) as i64
    }

    /// Per goroutine, one character per column: the state with the most
    /// time in that column (ties: the earlier state).
    pub fn rows(self) -> Vec<(Goid, String)> {
        self.ids
            .iter()
            .zip(self.acc)
            .map(|(&g, cells)| {
                let line = cells
                    .iter()
                    .map(|cell| {
                        cell.iter()
                            .fold(None::<(char, i64)>, |best, &(c, d)| match best {
                                Some((_, bd)) if bd >= d => best,
                                _ => Some((c, d)),
                            })
                            .map_or(' ', |(c, _)| c)
                    })
                    .collect();
                (g, line)
            })
            .collect()
    }
}

impl Visitor for Timeline {
    fn span(&mut self, s: &Span) {
        let Some(&row) = self.row_of.get(&s.g) else {
            return;
        };
        let ch = state_char(s.state);
        let (c0, c1) = (self.col_of(s.start), self.col_of(s.end - 1));
        for c in c0..=c1 {
            let lo = s.start.max(self.col_start(c));
            let hi = s.end.min(self.col_start(c + 1));
            let d = (hi - lo).max(1);
            let cell = &mut self.acc[row][c];
            match cell.iter_mut().find(|(x, _)| *x == ch) {
                Some(e) => e.1 += d,
                None => cell.push((ch, d)),
            }
        }
    }
}

/// The timeline rows of `rec`, `width` columns wide.
pub fn timeline_rows(rec: &Recording, width: usize) -> Vec<(Goid, String)> {
    let mut tl = Timeline::new(rec, width);
    replay(rec, &mut tl);
    tl.rows()
}

fn timeline(a: &Analysis, rows: Vec<(Goid, String)>, out: &mut String) {
    let cols = rows.first().map_or(0, |r| r.1.chars().count());
    let _ = writeln!(
        out,
        "timeline (one column = {} of {}):",
        fmt_time(
            (a.end.max(1) + cols as i64 - 1) / cols.max(1) as i64,
            a.ticks
        ),
        fmt_time(a.end, a.ticks)
    );
    let mut used: Vec<char> = Vec::new();
    for (id, line) in &rows {
        let _ = writeln!(out, "{:>6} |{line}|", format!("G{id}"));
        for c in line.chars() {
            if c != ' ' && !used.contains(&c) {
                used.push(c);
            }
        }
    }
    if a.gs.len() > rows.len() {
        let _ = writeln!(
            out,
            "  ... {} more goroutines not drawn",
            a.gs.len() - rows.len()
        );
    }
    let end = fmt_time(a.end, a.ticks);
    let _ = writeln!(out, "{:>6}  0{end:>w$}", "", w = cols.saturating_sub(1));
    used.sort_unstable();
    let mut legend: Vec<String> = Vec::new();
    if used.iter().any(|c| c.is_ascii_digit()) {
        legend.push("0-9 running on that P".into());
    }
    for &c in &used {
        match c {
            '#' => legend.push("# running (P unknown or >9)".into()),
            '.' => legend.push(". runnable (waiting for a P)".into()),
            c if c.is_ascii_lowercase() => {
                legend.push(format!("{c} blocked: {}", reason_legend(c)))
            }
            _ => {}
        }
    }
    legend.push("blank: not alive".into());
    let mut line = String::from("legend:");
    for item in legend {
        if line.chars().count() + item.len() + 3 > 100 {
            let _ = writeln!(out, "{line}");
            line = String::from("       ");
        }
        line.push_str("  ");
        line.push_str(&item);
    }
    let _ = writeln!(out, "{line}");
}

/// How busy each P was: the parallelism the program got.
fn p_use(a: &Analysis, out: &mut String) {
    let mut line = String::from("Ps busy:");
    for (p, &busy) in a.p_busy.iter().enumerate() {
        let pct = (busy as f64 * 100.0 / a.end.max(1) as f64).round();
        let item = format!(" P{p} {pct}% ({}),", fmt_time(busy, a.ticks));
        if line.chars().count() + item.len() > 100 {
            let _ = writeln!(out, "{}", line.trim_end_matches(','));
            line = String::from("        ");
        }
        line.push_str(&item);
    }
    let _ = writeln!(out, "{}", line.trim_end_matches(','));
}

/// The whole report on the run in `rec`, ready for stderr.
pub fn render(rec: &Recording) -> String {
    let mut tl = Timeline::new(rec, TIMELINE_WIDTH);
    let a = &replay(rec, &mut tl);
    let mut out = String::new();
    let clock = if a.ticks {
        "deterministic; 1 tick = 1 scheduling event"
    } else {
        "real time"
    };
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "== gorun --trace: {} goroutine(s), {} P(s) used, {} ({clock}) ==",
        a.gs.len(),
        a.nps,
        fmt_time(a.end, a.ticks)
    );
    if a.truncated {
        let _ = writeln!(
            out,
            "(trace truncated: only the first {} events, the first {} of the run, were recorded)",
            a.events,
            fmt_time(a.end, a.ticks)
        );
    }
    p_use(a, &mut out);
    let _ = writeln!(
        out,
        "ran: executing on a P; runnable: ready, waiting for a P; blocked: waiting for an event"
    );
    table(a, &mut out);
    let _ = writeln!(out);
    timeline(a, tl.rows(), &mut out);
    out
}

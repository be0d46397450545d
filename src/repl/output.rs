//! Where the session's program output goes.
//!
//! Without a terminal, straight to the process's stdout and stderr. On a
//! terminal, through rustyline's external printer: while the prompt is
//! being edited, whole lines appear above it and the half-typed line is
//! redrawn intact below; otherwise they are written directly. A line
//! without its newline yet is held until it is completed or until the
//! REPL flushes (after each input, before each prompt), so a goroutine's
//! line is never split by the prompt.
//!
//! Guarantee: one `write` from the interpreter (one fmt call) is never
//! interleaved with another one.

use parking_lot::Mutex;
use std::io::Write;
use std::sync::Arc;

/// Something that prints a message above the prompt.
pub type Printer = Box<dyn FnMut(String) + Send>;

/// The output sink shared by every program version of a session.
#[derive(Default)]
pub struct Sink {
    printer: Mutex<Option<Printer>>,
    /// Bytes of an unfinished line, per fd (1, 2).
    partial: Mutex<[Vec<u8>; 2]>,
}

impl Sink {
    /// Route output through `p` from now on (terminal mode).
    pub fn set_printer(&self, p: Printer) {
        *self.printer.lock() = Some(p);
    }

    /// A writer for fd 1 or 2.
    pub fn writer(self: &Arc<Self>, fd: i32) -> SinkWriter {
        SinkWriter {
            sink: self.clone(),
            fd,
        }
    }

    fn write(&self, fd: i32, bytes: &[u8]) {
        let mut printer = self.printer.lock();
        let Some(p) = printer.as_mut() else {
            drop(printer);
            write_fd(fd, bytes);
            return;
        };
        let mut partial = self.partial.lock();
        let buf = &mut partial[(fd == 2) as usize];
        buf.extend_from_slice(bytes);
        if let Some(end) = buf.iter().rposition(|&b| b == b'\n') {
            let rest = buf.split_off(end + 1);
            let lines = std::mem::replace(buf, rest);
            p(String::from_utf8_lossy(&lines).into_owned());
        }
    }

    /// Print any unfinished line now.
    pub fn flush(&self) {
        let mut printer = self.printer.lock();
        if let Some(p) = printer.as_mut() {
            let mut partial = self.partial.lock();
            for buf in partial.iter_mut() {
                if !buf.is_empty() {
                    let text = String::from_utf8_lossy(buf).into_owned();
                    buf.clear();
                    p(text);
                }
            }
        }
        let _ = std::io::stdout().flush();
    }
}

fn write_fd(fd: i32, bytes: &[u8]) {
    if fd == 2 {
        let _ = std::io::stdout().flush();
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(bytes);
        let _ = e.flush();
    } else {
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(bytes);
        let _ = o.flush();
    }
}

/// One of the session's output streams.
pub struct SinkWriter {
    sink: Arc<Sink>,
    fd: i32,
}

impl Write for SinkWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.sink.write(self.fd, buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

//! The REPL on a real pseudo-terminal (expectrl): output of a background
//! goroutine above a half-typed line, Ctrl-C at the prompt and while a
//! statement blocks, `:goroutines`, `:quit`.

#![cfg(unix)]

use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Session};
use std::process::Command;
use std::time::Duration;

/// End of a line edit (rustyline leaves bracketed-paste mode).
const ACCEPTED: &str = "\x1b[?2004l";
const PROMPT: &str = "gorun> ";

/// Let the editor settle: rustyline discards input typed while it is not
/// reading, so each keystroke waits for the prompt.
fn settle() {
    std::thread::sleep(Duration::from_millis(300));
}

/// Types `line`, waits until it is accepted and until `want` appears (if
/// any), then for the next prompt.
fn enter(p: &mut OsSession, line: &str, want: Option<&str>) -> Result<(), expectrl::Error> {
    eprintln!("step: {line:?} want {want:?}");
    p.send_line(line)?;
    p.expect(ACCEPTED)?;
    if let Some(w) = want {
        p.expect(w)?;
    }
    p.expect(PROMPT)?;
    settle();
    Ok(())
}

#[test]
fn terminal_session() -> Result<(), expectrl::Error> {
    let home = std::env::temp_dir().join(format!("gorun-repl-pty-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("home");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gorun"));
    cmd.env("HOME", &home)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut p = Session::spawn(cmd)?;
    p.set_expect_timeout(Some(Duration::from_secs(60)));
    p.expect(PROMPT)?;
    settle();

    // A background goroutine prints while a line is half typed: its line
    // appears, and the typed text survives (entering it evaluates `abc`).
    enter(
        &mut p,
        "go func() { time.Sleep(1500 * time.Millisecond); fmt.Println(\"from goroutine\") }()",
        None,
    )?;
    p.send("abc")?;
    p.expect("from goroutine")?;
    settle();
    enter(&mut p, "", Some("undefined: abc"))?;

    // Ctrl-C abandons the typed input: "xyz" is gone.
    p.send("xyz")?;
    settle();
    p.send("\x03")?;
    p.expect(PROMPT)?;
    settle();
    enter(&mut p, "40 + 2", Some("42\t// int"))?;

    // A statement blocked in <-ch (not a deadlock: a timer is pending) is
    // interrupted by Ctrl-C and the session goes on.
    enter(&mut p, "ch := make(chan int)", None)?;
    enter(&mut p, "go func() { time.Sleep(time.Hour) }()", None)?;
    enter(&mut p, "go func() { <-ch }()", None)?;
    p.send_line("<-ch")?;
    p.expect(ACCEPTED)?;
    settle();
    p.send("\x03")?;
    p.expect("interrupted")?;
    p.expect(PROMPT)?;
    settle();

    // :goroutines shows the goroutine blocked in its receive.
    enter(&mut p, ":goroutines", Some("[chan receive]:"))?;

    // The session still works, and its channel too.
    enter(&mut p, "ch <- 1", None)?;
    p.send_line(":quit")?;
    p.expect(Eof)?;
    let status = p.get_process_mut().wait().expect("wait");
    assert!(format!("{status:?}").starts_with("Exited("), "{status:?}");
    assert!(format!("{status:?}").ends_with(", 0)"), "{status:?}");
    let _ = std::fs::remove_dir_all(home);
    Ok(())
}

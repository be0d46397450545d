//! The REPL driven through a pipe: no prompts, one input per complete
//! statement, values printed as `%#v<TAB>// %T`.

use std::io::Write;
use std::process::{Command, Stdio};

struct Out {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Runs `gorun` with `input` on stdin.
fn repl(input: &str) -> Out {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gorun"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("HOME", std::env::temp_dir())
        .spawn()
        .expect("start gorun");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    Out {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

#[test]
fn value_of_an_expression_after_a_definition() {
    let o = repl("x := 3\nx + 1\n");
    assert_eq!(o.stdout, "4\t// int\n", "stderr: {}", o.stderr);
    assert_eq!(o.code, 0);
}

#[test]
fn values_are_printed_in_go_syntax_with_their_type() {
    let o = repl(
        "s := \"hi\"\ns + \"!\"\ntype P struct{ X, Y int }\nP{1, 2}\n[]int{1, 2}\nmap[string]bool{\"a\": true}\n3.5\n",
    );
    assert_eq!(
        o.stdout,
        "\"hi!\"\t// string\nmain.P{X:1, Y:2}\t// main.P\n[]int{1, 2}\t// []int\nmap[string]bool{\"a\":true}\t// map[string]bool\n3.5\t// float64\n",
        "stderr: {}",
        o.stderr
    );
}

#[test]
fn several_results_print_one_line_each_and_print_calls_print_nothing_more() {
    let o = repl("strconv.Atoi(\"12\")\nfmt.Println(\"hello\")\n");
    assert_eq!(
        o.stdout, "12\t// int\n<nil>\t// <nil>\nhello\n",
        "stderr: {}",
        o.stderr
    );
}

#[test]
fn functions_types_and_methods_persist() {
    let o = repl(
        "type Counter struct{ n int }\nfunc (c *Counter) Inc() { c.n++ }\nfunc (c Counter) N() int { return c.n }\nc := &Counter{}\nc.Inc()\nc.Inc()\nc.N()\nfunc twice(f func()) { f(); f() }\ntwice(c.Inc)\nc.N()\n",
    );
    assert_eq!(o.stdout, "2\t// int\n4\t// int\n", "stderr: {}", o.stderr);
}

#[test]
fn closures_stored_in_variables_survive_later_declarations() {
    let o = repl(
        "base := 10\nadd := func(a int) int { return a + base }\nfunc unrelated() int { return 1 }\ng := func() int { return 2 }\nadd(5)\ng()\nbase = 20\nadd(5)\n",
    );
    assert_eq!(
        o.stdout, "15\t// int\n2\t// int\n25\t// int\n",
        "stderr: {}",
        o.stderr
    );
}

#[test]
fn a_compile_error_changes_nothing() {
    let o = repl("x := 3\nx := nope\nx = \"s\"\nx\n");
    assert_eq!(o.stdout, "3\t// int\n", "stderr: {}", o.stderr);
    assert!(
        o.stderr.contains("repl:1:6: undefined: nope"),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr
            .contains("cannot use \"s\" (untyped string constant) as int value in assignment"),
        "{}",
        o.stderr
    );
}

#[test]
fn a_variable_can_be_redeclared_with_another_type() {
    let o = repl("x := 3\nfor i := 0; i < 2; i++ { x += i }\nx := \"now a string\"\nx\n");
    assert_eq!(
        o.stdout, "\"now a string\"\t// string\n",
        "stderr: {}",
        o.stderr
    );
    assert_eq!(o.stderr, "");
}

#[test]
fn multi_line_input_continues_until_complete() {
    let o =
        repl("for i := 0;\n\ti < 3; i++ {\n\tfmt.Println(i *\n\t\t10)\n}\nsum := 1 +\n2\nsum\n");
    assert_eq!(o.stdout, "0\n10\n20\n3\t// int\n", "stderr: {}", o.stderr);
}

#[test]
fn goroutines_and_channels_live_across_inputs() {
    let o = repl(
        "ch := make(chan string)\ngo func() { for s := range ch { fmt.Println(\"got\", s) } }()\nch <- \"a\"\nch <- \"b\"\ndone := make(chan bool)\ngo func() { time.Sleep(20 * time.Millisecond); done <- true }()\n<-done\n",
    );
    assert_eq!(
        o.stdout, "got a\ngot b\ntrue\t// bool\n",
        "stderr: {}",
        o.stderr
    );
}

#[test]
fn a_deadlocked_statement_is_reported_and_the_session_goes_on() {
    let o = repl(
        "ch := make(chan int)\n<-ch\nfmt.Println(\"still here\")\ngo func() { ch <- 5 }()\n<-ch\n",
    );
    assert_eq!(o.stdout, "still here\n5\t// int\n", "stderr: {}", o.stderr);
    assert!(
        o.stderr.starts_with(
            "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"
        ),
        "{}",
        o.stderr
    );
    assert_eq!(o.code, 0);
}

#[test]
fn a_deadlock_dump_lists_the_other_blocked_goroutines() {
    let o = repl("a := make(chan int)\nb := make(chan int)\ngo func() { <-a }()\n<-b\n");
    assert!(
        o.stderr.contains("goroutine 1 [chan receive]:"),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.contains("[chan receive]:\nmain.__repl_"),
        "{}",
        o.stderr
    );
    assert_eq!(
        o.stderr.matches("[chan receive]").count(),
        2,
        "{}",
        o.stderr
    );
}

#[test]
fn a_panic_is_reported_and_the_session_keeps_its_state() {
    let o = repl("x := 41\nvar s []int\ns[3]\nx + 1\npanic(\"boom\")\nx\n");
    assert_eq!(o.stdout, "42\t// int\n41\t// int\n", "stderr: {}", o.stderr);
    assert!(
        o.stderr.contains("panic: runtime error: index out of range [3] with length 0\n\ngoroutine 1 [running]:\n"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("panic: boom\n"), "{}", o.stderr);
}

#[test]
fn a_panicking_background_goroutine_is_reported_and_the_session_goes_on() {
    let o = repl("x := 7\ngo func() { panic(\"bg\") }()\ntime.Sleep(50 * time.Millisecond)\nx\n");
    assert!(o.stderr.contains("panic: bg\n"), "{}", o.stderr);
    assert_eq!(o.stdout, "7\t// int\n", "stderr: {}", o.stderr);
}

#[test]
fn os_exit_ends_the_repl_with_its_status() {
    let o = repl("fmt.Println(\"a\")\nos.Exit(3)\nfmt.Println(\"b\")\n");
    assert_eq!(o.stdout, "a\n");
    assert_eq!(o.code, 3);
}

#[test]
fn imports_are_automatic_and_explicit_ones_work() {
    let o =
        repl("strings.Repeat(\"ab\", 2)\nimport m \"math\"\nm.Sqrt(16)\nimport \"nosuch/pkg\"\n");
    assert_eq!(
        o.stdout, "\"abab\"\t// string\n4\t// float64\n",
        "stderr: {}",
        o.stderr
    );
    assert!(
        o.stderr.contains("package nosuch/pkg is not in std"),
        "{}",
        o.stderr
    );
}

#[test]
fn sync_primitives_at_the_prompt() {
    let o = repl(
        "var wg sync.WaitGroup\nvar mu sync.Mutex\ntotal := 0\nfor i := 1; i <= 100; i++ {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); mu.Lock(); total += i; mu.Unlock() }()\n}\nwg.Wait()\ntotal\n",
    );
    assert_eq!(o.stdout, "5050\t// int\n", "stderr: {}", o.stderr);
}

#[test]
fn commands_type_vars_goroutines_history() {
    let o = repl(
        "n := 2\nch := make(chan int)\ngo func() { ch <- n }()\ntime.Sleep(20 * time.Millisecond)\n:type float64(n) * 1.5\n:type ch\n:vars\n:goroutines\n:history\n:nosuch\n",
    );
    let s = &o.stdout;
    assert!(s.contains("float64\nchan int\n"), "{s}");
    assert!(s.contains("var ch chan int\nvar n int\n"), "{s}");
    assert!(
        s.contains("1 goroutine(s) besides the prompt; 1 parked:"),
        "{s}"
    );
    assert!(s.contains("[chan send]:"), "{s}");
    assert!(s.contains("   1  n := 2\n"), "{s}");
    assert!(s.contains("unknown command :nosuch"), "{s}");
}

#[test]
fn reset_forgets_everything() {
    let o = repl("x := 1\n:reset\nx\ny := 2\ny\n");
    assert!(
        o.stdout.contains("session reset\n2\t// int\n"),
        "{}",
        o.stdout
    );
    assert!(o.stderr.contains("undefined: x"), "{}", o.stderr);
}

#[test]
fn load_runs_a_files_main_with_its_declarations() {
    let dir = std::env::temp_dir().join(format!("gorun-repl-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("prog.go");
    std::fs::write(
        &file,
        "package main\n\nimport \"fmt\"\n\nvar hits int\n\ntype T struct{ name string }\n\nfunc (t T) Hello() string { return \"hello \" + t.name }\n\nfunc main() {\n\thits++\n\tt := T{\"go\"}\n\tfmt.Println(t.Hello())\n}\n",
    )
    .expect("write");
    let o = repl(&format!(
        ":load {}\nx := T{{\"x\"}}\nx.Hello()\nhits\n",
        file.display()
    ));
    assert_eq!(
        o.stdout, "hello go\n\"hello x\"\t// string\n1\t// int\n",
        "stderr: {}",
        o.stderr
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn quit_exits_zero_and_stops_reading() {
    let o = repl("fmt.Println(1)\n:quit\nfmt.Println(2)\n");
    assert_eq!(o.stdout, "1\n");
    assert_eq!(o.code, 0);
}

#[test]
fn tracebacks_give_lines_within_the_input() {
    let o = repl("var s []int\nfor i := 0; i < 1; i++ {\n\t_ = i\n\t_ = s[i]\n}\n");
    assert!(
        o.stderr.contains("panic: runtime error: index out of range [0] with length 0\n\ngoroutine 1 [running]:\nmain.__repl_1()\n\trepl:3 +0x"),
        "{}",
        o.stderr
    );
}

#[test]
fn redeclaring_from_the_old_value() {
    let o = repl("x := 1\nx := x + 1\nx\nvar x int\nx\nx := strconv.Itoa(x)\nx\n");
    assert_eq!(
        o.stdout, "2\t// int\n0\t// int\n0\t// int\n",
        "stderr: {}",
        o.stderr
    );
    assert!(
        o.stderr
            .contains("x is redeclared with another type from its own old value"),
        "{}",
        o.stderr
    );
}

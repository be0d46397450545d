//! Shared by the `trace_*` tests: the sample programs, running the gorun
//! binary on them, and reading the report's table back.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// Two players pass a counter back and forth over unbuffered channels
/// until it reaches 10; the even player then closes its output channel.
pub const PING_PONG: &str = r#"package main

import "fmt"

func player(in <-chan int, out chan<- int, done chan<- bool) {
	for {
		n, ok := <-in
		if !ok {
			done <- true
			return
		}
		if n >= 10 {
			close(out)
			done <- true
			return
		}
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go player(ping, pong, done)
	go player(pong, ping, done)
	ping <- 0
	<-done
	<-done
	fmt.Println("done")
}
"#;

/// Three workers take nine jobs from a buffered channel, sleep, update a
/// shared total under a mutex and send a result; main waits on a
/// WaitGroup, then drains the results.
pub const WORKER_POOL: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup, mu *sync.Mutex, total *int) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		mu.Lock()
		*total += j
		mu.Unlock()
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg, &mu, &total)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum, total)
}
"#;

/// main receives once, then blocks forever on a nil channel while the
/// helper goroutine is stuck sending its second value.
pub const DEADLOCK: &str = r#"package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		c <- 1
		c <- 2
	}()
	fmt.Println(<-c)
	var never chan bool
	<-never
}
"#;

/// A goroutine panics while main sleeps.
pub const PANIC: &str = r#"package main

import (
	"fmt"
	"time"
)

func boom(c chan int) {
	v := <-c
	panic(fmt.Sprint("boom ", v))
}

func main() {
	c := make(chan int)
	go boom(c)
	c <- 7
	time.Sleep(time.Second)
}
"#;

/// os.Exit while another goroutine waits on a mutex.
pub const EXIT: &str = r#"package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("never")
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("bye")
	os.Exit(3)
}
"#;

/// Writes `src` to a fresh file named `name`.go in a per-test directory.
pub fn write_prog(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gorun-trace-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!("{name}.go"));
    std::fs::write(&p, src).unwrap();
    p
}

/// Runs the gorun binary; returns (exit code, stdout, stderr).
pub fn gorun(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gorun"))
        .args(args)
        .output()
        .expect("run gorun");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// One table row of the report.
#[derive(Debug, Clone)]
pub struct Row {
    pub g: u64,
    pub func: String,
    pub parent: String,
    pub sends: u64,
    pub recvs: u64,
    pub locks: u64,
    pub ps: String,
    /// The detail lines under the row.
    pub details: Vec<String>,
}

/// The report's table rows (lines `   G18  main.worker  G1 ...`).
pub fn rows(report: &str) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut in_table = false;
    for line in report.lines() {
        if line.starts_with("    G  function") {
            in_table = true;
            continue;
        }
        if !in_table {
            continue;
        }
        if line.is_empty() {
            break;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        let is_row = line.len() > 7
            && !line.starts_with("       ")
            && f.len() >= 10
            && f[0].starts_with('G');
        if is_row {
            rows.push(Row {
                g: f[0][1..].parse().expect("goroutine id"),
                func: f[1].to_string(),
                parent: f[2].to_string(),
                sends: f[6].parse().expect("sends"),
                recvs: f[7].parse().expect("recvs"),
                locks: f[8].parse().expect("locks"),
                ps: f[9].to_string(),
                details: Vec::new(),
            });
        } else if let Some(r) = rows.last_mut() {
            r.details.push(line.trim().to_string());
        }
    }
    rows
}

/// The timeline's rows (`    G1 |0000...|`).
pub fn timeline(report: &str) -> Vec<(u64, String)> {
    report
        .lines()
        .filter_map(|l| {
            let (label, rest) = l.split_once(" |")?;
            let id = label.trim().strip_prefix('G')?.parse().ok()?;
            Some((id, rest.strip_suffix('|')?.to_string()))
        })
        .collect()
}

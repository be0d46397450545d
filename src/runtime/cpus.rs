//! How many CPUs: `runtime.NumCPU()` and the default GOMAXPROCS, computed
//! as Go 1.25+ does on Linux.
//!
//! * NumCPU is the number of CPUs this process may run on (its affinity
//!   mask: `Cpus_allowed_list` in /proc/self/status); cgroup quotas do not
//!   count.
//! * The default GOMAXPROCS is the minimum of NumCPU and the CPU bandwidth
//!   limit of the process's cgroup and its ancestors (quota / period), a
//!   fractional limit rounded up and any limit below 2 raised to 2
//!   (runtime/cgroup_linux.go). cgroup v2 (`cpu.max`) and v1
//!   (`cpu.cfs_quota_us` / `cpu.cfs_period_us`) at their usual mount points
//!   are read; anything unreadable means "no limit".
//!
//! Elsewhere, both fall back to `std::thread::available_parallelism`.

/// runtime.NumCPU().
pub fn num_cpu() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("Cpus_allowed_list:"))?;
            count_cpu_list(line.split(':').nth(1)?.trim())
        })
        .filter(|&n| n > 0)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
}

/// Count the CPUs in a list like "0-3,8,10-11".
fn count_cpu_list(s: &str) -> Option<usize> {
    let mut n = 0usize;
    for part in s.split(',').filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?);
                n += b.checked_sub(a)? + 1;
            }
            None => {
                part.parse::<usize>().ok()?;
                n += 1;
            }
        }
    }
    Some(n)
}

/// GOMAXPROCS when the environment does not set it.
pub fn default_gomaxprocs() -> usize {
    let procs = num_cpu();
    match cgroup_cpu_limit() {
        Some(limit) => procs.min(limit_to_procs(limit)),
        None => procs,
    }
}

/// Go's rounding of a CPU limit: up to a whole CPU, at least 2.
fn limit_to_procs(limit: f64) -> usize {
    (limit.ceil() as usize).max(2)
}

/// The tightest CPU bandwidth limit (in CPUs) along the process's cgroup
/// path, if any.
fn cgroup_cpu_limit() -> Option<f64> {
    let cg = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    let mut best: Option<f64> = None;
    for line in cg.lines() {
        let mut f = line.splitn(3, ':');
        let (_, controllers, path) = (f.next()?, f.next()?, f.next()?);
        let (root, files): (&str, [&str; 2]) = if controllers.is_empty() {
            ("/sys/fs/cgroup", ["cpu.max", ""])
        } else if controllers.split(',').any(|c| c == "cpu") {
            (
                "/sys/fs/cgroup/cpu",
                ["cpu.cfs_quota_us", "cpu.cfs_period_us"],
            )
        } else {
            continue;
        };
        let mut dir = std::path::PathBuf::from(format!("{root}{path}"));
        loop {
            if let Some(l) = read_limit(&dir, files) {
                best = Some(best.map_or(l, |b: f64| b.min(l)));
            }
            if dir.as_os_str().len() <= root.len() || !dir.pop() {
                break;
            }
        }
    }
    best
}

/// One directory's limit: v2 "quota period" in `cpu.max`, or v1's two
/// files; "max" or -1 means none.
fn read_limit(dir: &std::path::Path, files: [&str; 2]) -> Option<f64> {
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok();
    let (quota, period) = if files[1].is_empty() {
        let s = read(files[0])?;
        let mut it = s.split_whitespace();
        (it.next()?.to_string(), it.next()?.to_string())
    } else {
        (
            read(files[0])?.trim().to_string(),
            read(files[1])?.trim().to_string(),
        )
    };
    let q = quota.parse::<f64>().ok().filter(|&q| q > 0.0)?;
    let p = period.parse::<f64>().ok().filter(|&p| p > 0.0)?;
    Some(q / p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_lists() {
        assert_eq!(count_cpu_list("0-1"), Some(2));
        assert_eq!(count_cpu_list("0-3,8,10-11"), Some(7));
        assert_eq!(count_cpu_list("5"), Some(1));
        assert_eq!(count_cpu_list("3-1"), None);
        assert_eq!(count_cpu_list("x"), None);
    }

    #[test]
    fn go_rounding_of_limits() {
        assert_eq!(limit_to_procs(0.5), 2);
        assert_eq!(limit_to_procs(2.0), 2);
        assert_eq!(limit_to_procs(2.1), 3);
        assert_eq!(limit_to_procs(7.0), 7);
    }

    #[test]
    fn defaults_are_sane() {
        let n = num_cpu();
        assert!(n >= 1);
        let d = default_gomaxprocs();
        assert!(d >= 1 && d <= n.max(2));
    }
}

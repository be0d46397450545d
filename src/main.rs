//! The `gorun` command line.
//!
//! * `gorun FILE.go [ARGS...]` runs a program like `go run` (arguments after
//!   the file go to the program's os.Args).
//! * `gorun check FILE.go` runs the front end only.
//! * `gorun` with no file (or `gorun repl`) is reserved for the REPL.
//!
//! Exit status: the program's own (0, os.Exit's n, 2 for panics and fatal
//! errors), 1 for compile errors, 2 for gorun's own usage errors.

use clap::{Parser, ValueEnum};
use gorun::diag::ErrorFormat;
use std::io::IsTerminal;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "gorun",
    version,
    about = "Run Go programs (a Go subset) with gorun's own goroutine scheduler",
    after_help = "Examples:\n  gorun prog.go            run prog.go like `go run prog.go`\n  gorun prog.go a b        run it with os.Args = [prog a b]\n  gorun check prog.go      only report compile errors\n  gorun --deterministic prog.go   one P, virtual clock, seeded choices\n  gorun --trace prog.go    also show what each goroutine did"
)]
struct Cli {
    /// How compile errors are printed: `rich` (source line and caret) or `go`
    /// (gc's one-line `path:line:col: message`).
    #[arg(long = "error-format", value_enum, default_value_t = Format::Rich, global = true)]
    error_format: Format,

    /// Deterministic mode: one P, a virtual clock, seeded random choices.
    #[arg(long, global = true)]
    deterministic: bool,

    /// Seed for the deterministic mode's random choices.
    #[arg(long, default_value_t = 1, global = true)]
    seed: u64,

    /// Report what the goroutines did, on stderr when the program ends
    /// (`--trace`), or as Chrome trace-event JSON for Perfetto
    /// (`--trace=out.json`).
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true,
          default_missing_value = "", global = true)]
    trace: Option<String>,

    /// `check FILE.go`, `repl`, or the program file followed by its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

/// `gorun check`'s own arguments.
#[derive(Parser, Debug)]
#[command(name = "gorun check", about = "Report compile errors only")]
struct CheckCli {
    #[arg(long = "error-format", value_enum)]
    error_format: Option<Format>,
    /// The Go file to check.
    file: String,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Rich,
    Go,
}

fn error_format(f: Format) -> ErrorFormat {
    match f {
        Format::Go => ErrorFormat::Go,
        Format::Rich => ErrorFormat::Rich {
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        },
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = error_format(cli.error_format);
    let code = match cli.rest.first().map(String::as_str) {
        None | Some("repl") => gorun::cli::repl(),
        Some("check") => {
            // `gorun check [--error-format=F] FILE.go`: options may also follow
            // the subcommand.
            let sub = CheckCli::parse_from(&cli.rest);
            let format = error_format(sub.error_format.unwrap_or(cli.error_format));
            gorun::cli::check(&sub.file, format)
        }
        Some(path) => {
            let opts = gorun::cli::RunOptions {
                deterministic: cli.deterministic,
                seed: cli.seed,
                error_format: format,
                trace: cli.trace.as_deref().map(gorun::trace::Output::from_flag),
            };
            gorun::cli::run(path, &cli.rest[1..], &opts)
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

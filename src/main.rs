//! The `newsgraph` binary: parse arguments, call the library, map errors to
//! exit codes (0 success, 1 error, 2 usage, 3 output written but some inputs
//! skipped). A closed pipe (`| head`) ends quietly with 0.

mod cli;

use std::process::ExitCode;

/// mimalloc instead of the system allocator: extraction allocates many small,
/// short-lived vectors and strings per sentence, and glibc's malloc and free
/// were about a tenth of all instructions of a `build`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<newsgraph::Error>()
                .is_some_and(|e| matches!(e, newsgraph::Error::Write { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe))
    })
}

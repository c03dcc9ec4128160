//! `kakao-errors`: explain a Kakao API error; `kakao-errors --help` says how.

use std::process::ExitCode;

fn main() -> ExitCode {
    let exit = kakao_errors_cli::run(
        std::env::args_os().skip(1),
        std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    exit.into()
}

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use claimdiff::lexicon::Lexicon;
use claimdiff::load::{load_all, LoadOptions};
use claimdiff::report::json::InputError;
use claimdiff::report::{DocInfo, Report, SCHEMA_VERSION};

#[derive(Parser)]
#[command(name = "claimdiff", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Extract {
        #[arg(long, default_value = "text")]
        format: String,
        paths: Vec<PathBuf>,
    },
    Compare {
        #[arg(long, default_value = "text")]
        format: String,
        paths: Vec<PathBuf>,
    },
}

fn main() {
    let cli = Cli::parse();
    let compare = matches!(cli.cmd, Cmd::Compare { .. });
    match cli.cmd {
        Cmd::Extract { format: _, paths } | Cmd::Compare { format: _, paths } => {
            let lx = Lexicon::builtin();
            let (docs, errs) = load_all(&paths, &LoadOptions::default(), lx);
            let mut claims = Vec::new();
            for d in &docs {
                claims.extend(claimdiff::claims::extract(d, lx));
            }
            let findings = if compare { claimdiff::compare::compare(&claims, lx) } else { vec![] };
            let report = Report {
                schema_version: SCHEMA_VERSION,
                documents: docs.iter().map(DocInfo::of).collect(),
                claims,
                findings,
                errors: errs.iter().map(|e| InputError { path: e.path.display().to_string(), message: e.kind.to_string() }).collect(),
            };
            #[allow(clippy::print_stdout)]
            {
                println!("{}", report.to_json());
            }
        }
    }
}

//! Builds the static site: `plaintes-site --config config/organisation.toml --out site/dist`.

use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;
use plaintes_core::Organisation;

/// Writes the public pages and their assets from the organisation settings.
#[derive(Debug, Parser)]
#[command(name = "plaintes-site", version, about)]
struct Args {
    /// The organisation settings.
    #[arg(long, default_value = "config/organisation.toml")]
    config: PathBuf,
    /// The folder to write the site into (created if missing).
    #[arg(long, default_value = "site/dist")]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let organisation = Organisation::load(&args.config)
        .with_context(|| format!("cannot load {}", args.config.display()))?;
    plaintes_site::build(&organisation, &args.out)?;
    println!("site written to {}", args.out.display());
    Ok(())
}

//! Compiles in the catalogues of `config/langues/<code>/` (`*.ftl` and the
//! longer `*.txt` texts), for the
//! programs that carry their settings with them (the Lambdas): a new
//! language folder is picked up without a line of code.

use std::fs;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/langues");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    if let Ok(languages) = fs::read_dir(&root) {
        for language in languages.flatten() {
            let folder = language.path();
            if !folder.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", folder.display());
            let code = language.file_name().to_string_lossy().into_owned();
            let Ok(files) = fs::read_dir(&folder) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                if path
                    .extension()
                    .is_some_and(|ext| ext == "ftl" || ext == "txt")
                {
                    println!("cargo:rerun-if-changed={}", path.display());
                    let name = file.file_name().to_string_lossy().into_owned();
                    let absolute = fs::canonicalize(&path).expect("a catalogue path");
                    entries.push(format!(
                        "({code:?}, {name:?}, include_str!({:?}))",
                        absolute.display().to_string()
                    ));
                }
            }
        }
    }
    entries.sort();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_catalogues.rs");
    fs::write(out, format!("&[{}]", entries.join(",\n"))).expect("write the catalogue list");
}

//! Step 8, export: the graph in the formats other tools read.
//!
//! One file per format. Every exporter renders into memory first; the caller
//! writes the bytes with [`write_atomically`], so a failed run never leaves a
//! half-written file and never replaces a good one.
//!
//! - [`json`]: node-link JSON, the graph's own format (NetworkX);
//! - [`dot`]: Graphviz diagrams (legend, tooltips, layout by size), which
//!   [`graphviz`] renders to SVG, PNG or PDF and [`html`] turns into an
//!   offline interactive page;
//! - [`graphml`] (NetworkX, Gephi, yEd), [`gexf`] (Gephi, with time),
//!   [`neo4j`] (import CSV and Cypher), [`cytoscape`] (Cytoscape.js) and
//!   [`events`] (a CAMEO-coded event table);
//! - [`filter`]: the part of a graph to draw or export, shared by all;
//! - [`columns`] and [`xml`]: the flattening and escaping the tabular and
//!   XML formats share.

pub mod columns;
pub mod cytoscape;
pub mod dot;
pub mod events;
pub mod filter;
pub mod gexf;
pub mod graphml;
pub mod graphviz;
pub mod html;
pub mod json;
pub mod neo4j;
pub mod xml;

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Write `bytes` to `path` through a temporary file in the same directory
/// and a rename, or to standard output when `path` is `-`.
///
/// Only regular files are replaced: `/dev/null`, a named pipe or a terminal
/// is written to as it is (a rename would put a plain file in its place), and
/// a symbolic link is followed, so the link stays and its target changes.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    if path.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(bytes).map_err(err)?;
        return stdout.flush().map_err(err);
    }
    if let Ok(meta) = std::fs::metadata(path) {
        if !meta.is_file() && !meta.is_dir() {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(err)?;
            file.write_all(bytes).map_err(err)?;
            return file.flush().map_err(err);
        }
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            let target = std::fs::canonicalize(path).map_err(err)?;
            return write_atomically(&target, bytes);
        }
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.json");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let missing = dir.path().join("no/such/dir/g.json");
        let err = write_atomically(&missing, b"x").unwrap_err().to_string();
        assert!(err.starts_with("cannot write"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_written_to_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        write_atomically(Path::new("/dev/null"), b"discarded").unwrap();
        let meta = std::fs::metadata("/dev/null").unwrap();
        assert!(meta.file_type().is_char_device(), "/dev/null was replaced");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.json");
        std::fs::write(&target, b"old").unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
    }
}

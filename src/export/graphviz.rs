//! Running Graphviz on a DOT diagram: SVG, PNG or PDF bytes.
//!
//! Graphviz is a program, not a library we link, so this is the one place
//! that runs it. The layout engine is chosen by the DOT itself (its `layout`
//! attribute, see [`super::dot`]), so `dot -T<format>` renders every layout.
//! When Graphviz is missing, the error says how to install it; when it
//! fails, the error carries what it printed.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The program run: Graphviz's `dot`, found on `PATH`.
pub const PROGRAM: &str = "dot";

/// What to tell a user without Graphviz.
pub const INSTALL_HINT: &str = "Graphviz is not installed (the `dot` program is not on PATH). \
Install it: `apt-get install graphviz` (Debian, Ubuntu), `dnf install graphviz` (Fedora), \
`brew install graphviz` (macOS), `winget install graphviz` (Windows); \
or write the DOT with `newsgraph dot` and render it elsewhere";

/// An output format Graphviz renders to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Scalable vector graphics: keeps tooltips and element ids.
    Svg,
    /// Raster image.
    Png,
    /// Vector document for print.
    Pdf,
}

impl Format {
    /// Every format, in a fixed order.
    pub const ALL: [Format; 3] = [Self::Svg, Self::Png, Self::Pdf];

    /// Graphviz's name for the format (and the file extension).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf => "pdf",
        }
    }

    /// The format a file name's extension asks for (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.as_str() == ext)
    }
}

/// What Graphviz made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The SVG, PNG or PDF bytes.
    pub bytes: Vec<u8>,
    /// What Graphviz printed on standard error (warnings), trimmed.
    pub warnings: String,
}

/// Render `dot` to `format` with Graphviz.
pub fn render(dot: &[u8], format: Format) -> Result<Rendered> {
    let mut child = Command::new(PROGRAM)
        .arg(format!("-T{}", format.as_str()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| Error::Graphviz {
            message: if err.kind() == std::io::ErrorKind::NotFound {
                INSTALL_HINT.to_string()
            } else {
                format!("cannot run Graphviz `{PROGRAM}`: {err}")
            },
        })?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // Write on another thread: Graphviz may fill its output pipe before it
    // has read all of a large diagram.
    let (written, output) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || stdin.write_all(dot));
        let output = child.wait_with_output();
        (
            writer.join().expect("the writer thread does not panic"),
            output,
        )
    });
    let output = output.map_err(|err| Error::Graphviz {
        message: format!("Graphviz `{PROGRAM}` failed to run: {err}"),
    })?;
    let warnings = String::from_utf8_lossy(&output.stderr).trim().to_string();
    if !output.status.success() || output.stdout.is_empty() {
        return Err(Error::Graphviz {
            message: format!(
                "Graphviz `{PROGRAM} -T{}` failed ({}): {}",
                format.as_str(),
                output.status,
                if warnings.is_empty() {
                    "no output".to_string()
                } else {
                    warnings
                }
            ),
        });
    }
    // A write error with a successful exit means Graphviz stopped reading
    // early; with its output complete, there is nothing to report.
    let _ = written;
    Ok(Rendered {
        bytes: output.stdout,
        warnings,
    })
}

/// The installed Graphviz version line (`dot -V`), if Graphviz is installed.
pub fn version() -> Option<String> {
    let output = Command::new(PROGRAM).arg("-V").output().ok()?;
    let text = String::from_utf8_lossy(&output.stderr);
    output.status.success().then(|| text.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_from_extension() {
        let cases = [
            ("a.svg", Some(Format::Svg)),
            ("dir/A.PNG", Some(Format::Png)),
            ("x.pdf", Some(Format::Pdf)),
            ("x.dot", None),
            ("noext", None),
        ];
        for (path, want) in cases {
            assert_eq!(Format::from_path(Path::new(path)), want, "{path}");
        }
    }

    #[test]
    fn renders_or_says_how_to_install() {
        match render(b"digraph { a -> b }", Format::Svg) {
            Ok(out) => assert!(String::from_utf8_lossy(&out.bytes).contains("<svg")),
            Err(err) => assert!(err.to_string().contains("apt-get install graphviz")),
        }
        if version().is_some() {
            let err = render(b"digraph { a -> ", Format::Svg).unwrap_err();
            assert!(err.to_string().contains("syntax error"), "{err}");
        }
    }
}

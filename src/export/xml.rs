//! XML text for the GraphML and GEXF exporters, which write their elements
//! with quick-xml.
//!
//! quick-xml escapes `& < > " '` but leaves two things to us, and both lose
//! data in real readers: a line break or tab inside an attribute value is
//! turned into a space by every conforming parser (attribute-value
//! normalization), so it must be written as a character reference; and the
//! control characters XML 1.0 forbids (`U+0000`-`U+001F` except tab, line
//! feed and carriage return, plus `U+FFFE`, `U+FFFF`) make the whole file
//! unreadable even when escaped, so they are dropped.

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::name::QName;
use std::borrow::Cow;

/// `text` escaped for XML content or a double-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // `&#39;`, not `&apos;`: also valid in Graphviz's HTML-like
            // labels, whose entities are HTML 4's.
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

/// An attribute whose value is escaped by [`escape`].
pub fn attr<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: QName(key),
        value: Cow::Owned(escape(value)),
    }
}

/// Element text escaped by [`escape`].
pub fn text(value: &str) -> BytesText<'static> {
    BytesText::from_escaped(escape(value))
}

/// Expect for writes into a `Vec<u8>`, which cannot fail.
pub const IN_MEMORY: &str = "writing XML into memory cannot fail";

/// The writer the exporters write with: into memory, indented by two.
pub type XmlWriter = Writer<Vec<u8>>;

/// A UTF-8 XML document: the declaration, what `body` writes, a final
/// line break.
pub fn document(body: impl FnOnce(&mut XmlWriter) -> std::io::Result<()>) -> Vec<u8> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .expect(IN_MEMORY);
    body(&mut writer).expect(IN_MEMORY);
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_parsers_would_lose() {
        let cases = [
            ("Iran", "Iran"),
            ("<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"),
            ("say \"hi\" 'x'", "say &quot;hi&quot; &#39;x&#39;"),
            ("two\nlines\ttab\r", "two&#10;lines&#9;tab&#13;"),
            ("bell\u{7}nul\u{0}", "bellnul"),
            ("\u{FFFF}北京", "北京"),
        ];
        for (raw, escaped) in cases {
            assert_eq!(escape(raw), escaped, "{raw:?}");
        }
    }
}

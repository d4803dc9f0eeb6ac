//! Sentence splitting of arbitrary text: never a panic; sentences are in
//! order, do not overlap, lie on char boundaries, and their byte and char
//! offsets agree with the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::sentence;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut previous_end = (0, 0);
    for s in sentence::split(&text) {
        let span = s.span;
        assert!(span.byte_start < span.byte_end, "{span:?}");
        assert!(
            (span.byte_start, span.char_start) >= previous_end,
            "{span:?}"
        );
        assert_eq!(&text[span.byte_start..span.byte_end], s.text);
        assert_eq!(text[..span.byte_start].chars().count(), span.char_start);
        assert_eq!(s.text.chars().count(), span.char_end - span.char_start);
        assert_eq!(s.text.trim(), s.text, "sentences are trimmed");
        previous_end = (span.byte_end, span.char_end);
    }
});

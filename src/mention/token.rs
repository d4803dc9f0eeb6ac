//! Tokens: the words and punctuation of a sentence, with document offsets.
//!
//! Hyphens and possessive `'s` are tokens of their own, so that "Russia-backed"
//! is `Russia` `-` `backed` and "Iran's" is `Iran` `'s`; dotted acronyms stay
//! whole ("U.S.") and so do inner apostrophes ("O'Connor", "d'Ivoire").

/// One token: a byte range of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte offset in the document.
    pub start: usize,
    /// End byte offset in the document.
    pub end: usize,
}

/// `word` in lower case, borrowed when it already is (most words are, and
/// the rules compare every token): no allocation on the common path.
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenize `text`, which starts at byte `base` of the document.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    // Most news text is ASCII: then characters are bytes, and the scan needs
    // no table of character offsets.
    if text.is_ascii() {
        let bytes = text.as_bytes();
        scan(
            bytes.len(),
            |i| bytes.get(i).map(|&b| b as char),
            |i| i,
            base,
        )
    } else {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        scan(
            chars.len(),
            |i| chars.get(i).map(|&(_, c)| c),
            |i| chars.get(i).map_or(text.len(), |&(b, _)| b),
            base,
        )
    }
}

/// The tokenizer over `len` characters: `at(i)` is the `i`th character and
/// `offset(i)` its byte offset in the sentence (`offset(len)` is its length).
fn scan(
    len: usize,
    at: impl Fn(usize) -> Option<char>,
    offset: impl Fn(usize) -> usize,
    base: usize,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < len {
        let Some(c) = at(i) else { break };
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            // Dotted acronym: letter '.' letter '.' ...
            if c.is_alphabetic()
                && at(i + 1) == Some('.')
                && at(i + 2).is_some_and(char::is_alphabetic)
                && at(i + 3) == Some('.')
            {
                let mut j = i;
                while at(j).is_some_and(char::is_alphabetic) && at(j + 1) == Some('.') {
                    j += 2;
                }
                tokens.push(Token {
                    start: base + offset(start),
                    end: base + offset(j),
                });
                i = j;
                continue;
            }
            let mut j = i;
            loop {
                while at(j).is_some_and(char::is_alphanumeric) {
                    j += 1;
                }
                // Inner apostrophe followed by letters, but not a possessive 's.
                if at(j).is_some_and(is_apostrophe) && at(j + 1).is_some_and(char::is_alphabetic) {
                    let possessive = matches!(at(j + 1), Some('s' | 'S'))
                        && !at(j + 2).is_some_and(char::is_alphanumeric);
                    if !possessive {
                        j += 1;
                        continue;
                    }
                }
                // Decimal numbers: 3.5, 1,000.
                if matches!(at(j), Some('.' | ','))
                    && at(j - 1).is_some_and(|c| c.is_ascii_digit())
                    && at(j + 1).is_some_and(|c| c.is_ascii_digit())
                {
                    j += 1;
                    continue;
                }
                break;
            }
            tokens.push(Token {
                start: base + offset(start),
                end: base + offset(j),
            });
            i = j;
            continue;
        }
        // Possessive 's as one token.
        if is_apostrophe(c)
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(char::is_alphanumeric)
            && i > 0
            && at(i - 1).is_some_and(char::is_alphanumeric)
        {
            tokens.push(Token {
                start: base + offset(i),
                end: base + offset(i + 2),
            });
            i += 2;
            continue;
        }
        tokens.push(Token {
            start: base + offset(i),
            end: base + offset(i + 1),
        });
        i += 1;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_tokens() {
        let text = "Iran's U.S.-backed rival, O'Connor’s d'Ivoire 3.5 (RTC) Russia-backed";
        let got: Vec<&str> = tokenize(text, 0)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            got,
            [
                "Iran", "'s", "U.S.", "-", "backed", "rival", ",", "O'Connor", "’s", "d'Ivoire",
                "3.5", "(", "RTC", ")", "Russia", "-", "backed"
            ]
        );
    }

    #[test]
    fn offsets_are_shifted_by_base() {
        let tokens = tokenize("a b", 10);
        assert_eq!(tokens[1], Token { start: 12, end: 13 });
    }
}

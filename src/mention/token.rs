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

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenize `text`, which starts at byte `base` of the document.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    while i < chars.len() {
        let c = chars[i].1;
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
            && chars[i - 1].1.is_alphanumeric()
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

//! The string literals of Rust source, for the tests that read the
//! program's words (`architecture.rs`, `catalogue.rs`): a small lexer,
//! enough for this code base, that reads them as the compiler does and
//! says where each stands: the call it is given to, a `match` pattern, an
//! attribute. Comments, char literals and `#[cfg(test)]` items are passed
//! over.

/// A string literal of the program, where it stands, and the call it is an
/// argument of (`format!`, `expect`, `t!`), if any.
pub struct Literal {
    pub text: String,
    pub line: usize,
    pub callee: Option<String>,
    /// Matched against (`"…" =>` in a `match`), not shown.
    pub pattern: bool,
    /// In an attribute: `#[arg(help = t!("cli-home"))]` asks for a message,
    /// and other words there are code's (`#[serde(rename = "…")]`).
    pub in_attribute: bool,
}

/// A small lexer of Rust, enough for this code base: it finds the string
/// literals outside comments, attributes and `#[cfg(test)]` items.
struct Lexer {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Lexer {
    fn peek(&self, ahead: usize) -> char {
        self.chars.get(self.at + ahead).copied().unwrap_or('\0')
    }

    /// Move on one character, counting lines.
    fn bump(&mut self) {
        if self.peek(0) == '\n' {
            self.line += 1;
        }
        self.at += 1;
    }

    fn starts_with(&self, text: &str) -> bool {
        text.chars().enumerate().all(|(i, c)| self.peek(i) == c)
    }

    /// Past a `//` or `/* */` comment, if one starts here.
    fn skip_comment(&mut self) -> bool {
        if self.starts_with("//") {
            while self.at < self.chars.len() && self.peek(0) != '\n' {
                self.bump();
            }
            return true;
        }
        if !self.starts_with("/*") {
            return false;
        }
        let mut open = 0;
        while self.at < self.chars.len() {
            if self.starts_with("/*") {
                open += 1;
                self.at += 2;
            } else if self.starts_with("*/") {
                open -= 1;
                self.at += 2;
                if open == 0 {
                    break;
                }
            } else {
                self.bump();
            }
        }
        true
    }

    /// A string literal starting here (`"…"`, `r#"…"#`, `b"…"`) as the
    /// compiler reads it, read past, with whether it was bytes; `None`,
    /// and nothing read, if none.
    fn string(&mut self, after_name: bool) -> Option<(String, bool)> {
        let bytes = self.peek(0) == 'b' && !after_name;
        let from = if bytes { self.at + 1 } else { self.at };
        let (text, next, lines) = if let Some(hashes) = raw_start(&self.chars, from).filter(|_| !after_name) {
            raw(&self.chars, hashes)
        } else if self.chars.get(from) == Some(&'"') && (bytes || self.peek(0) == '"') {
            quoted(&self.chars, from + 1)
        } else {
            return None;
        };
        (self.at, self.line) = (next, self.line + lines);
        Some((text, bytes))
    }

    /// Past a character literal (`'a'`, `'\n'`) or a lifetime's quote.
    fn skip_quote(&mut self) {
        if self.peek(1) == '\\' {
            self.at += 2;
            while self.peek(0) != '\'' {
                self.at += 1;
            }
            self.at += 1;
        } else if self.peek(2) == '\'' {
            self.at += 3;
        } else {
            self.at += 1;
        }
    }
}

/// What the lexer is inside: the calls open, the braces, an attribute, an
/// item for tests.
#[derive(Default)]
struct Nesting {
    /// For each open `(`, the name called: `format!`, `expect`, `t!`.
    calls: Vec<Option<String>>,
    braces: usize,
    brackets: usize,
    /// The depth of brackets an attribute `#[…]` opened at.
    attribute: Option<usize>,
    /// The depth of braces a `#[cfg(test)]` item's block opened at.
    test_item: Option<usize>,
    /// A `#[cfg(test)]` was read, and its item's block has not begun.
    test_pending: bool,
}

impl Nesting {
    fn skipping(&self) -> bool {
        // A `#[cfg(test)]` item with no block (`const SMALL: &str = "…";`)
        // is skipped from its attribute to its `;`.
        self.attribute.is_some() || self.test_item.is_some() || self.test_pending
    }

    /// Take in a punctuation character; `name` is the name just before it.
    fn punctuation(&mut self, c: char, lexer: &Lexer, name: &str) {
        match c {
            '#' if lexer.peek(1) == '[' || lexer.starts_with("#![") => {
                if lexer.starts_with("#[cfg(test)]") {
                    self.test_pending = true;
                }
                self.attribute.get_or_insert(self.brackets);
            }
            '[' => self.brackets += 1,
            ']' => {
                self.brackets = self.brackets.saturating_sub(1);
                if self.attribute == Some(self.brackets) {
                    self.attribute = None;
                }
            }
            '(' => self.calls.push(Some(name.to_owned()).filter(|name| !name.is_empty())),
            ')' => {
                self.calls.pop();
            }
            '{' => {
                if self.test_pending && self.attribute.is_none() && self.test_item.is_none() {
                    self.test_item = Some(self.braces);
                    self.test_pending = false;
                }
                self.braces += 1;
            }
            '}' => {
                self.braces = self.braces.saturating_sub(1);
                if self.test_item == Some(self.braces) {
                    self.test_item = None;
                }
            }
            // `#[cfg(test)] mod tests;`: an item with no block.
            ';' if self.attribute.is_none() => self.test_pending = false,
            _ => {}
        }
    }
}

/// The string literals of a Rust file, outside comments, attributes and
/// `#[cfg(test)]` items.
pub fn literals(source: &str) -> Vec<Literal> {
    let mut lexer = Lexer { chars: source.chars().collect(), at: 0, line: 1 };
    let mut nesting = Nesting::default();
    let mut found = Vec::new();
    let mut name = String::new();
    let mut in_name = false;
    while lexer.at < lexer.chars.len() {
        if lexer.skip_comment() {
            continue;
        }
        let line = lexer.line;
        if let Some((text, bytes)) = lexer.string(in_name) {
            let in_attribute =
                nesting.attribute.is_some() && nesting.test_item.is_none() && !nesting.test_pending;
            if !bytes && (!nesting.skipping() || in_attribute) {
                let rest: String = lexer.chars[lexer.at..].iter().take(40).collect();
                let pattern = rest.trim_start().starts_with("=>") || rest.trim_start().starts_with('|');
                let callee = nesting.calls.last().cloned().flatten();
                found.push(Literal { text, line, callee, pattern, in_attribute });
            }
            name.clear();
            continue;
        }
        let c = lexer.peek(0);
        if c == '\'' {
            lexer.skip_quote();
            continue;
        }
        if c.is_alphanumeric() || c == '_' || (c == '!' && in_name) {
            // `return t!(`: a name begins after a space.
            if !in_name {
                name.clear();
            }
            name.push(c);
            in_name = true;
            lexer.bump();
            continue;
        }
        in_name = false;
        nesting.punctuation(c, &lexer, &name);
        if !c.is_whitespace() {
            name.clear();
        }
        lexer.bump();
    }
    found
}

/// Where the `#`s of a raw string (`r"…"`, `r#"…"#`, `br"…"`) that begins
/// at `i` are, if one does: not a raw identifier (`r#match`).
fn raw_start(chars: &[char], i: usize) -> Option<usize> {
    let from = match (chars[i], chars.get(i + 1)) {
        ('r', _) => i + 1,
        ('b', Some('r')) => i + 2,
        _ => return None,
    };
    let hashes = chars[from..].iter().take_while(|&&c| c == '#').count();
    (chars.get(from + hashes) == Some(&'"')).then_some(from)
}

/// A raw string whose `#`s begin at `from`: its text as written, the index
/// after it, and the newlines in it.
fn raw(chars: &[char], from: usize) -> (String, usize, usize) {
    let hashes = chars[from..].iter().take_while(|&&c| c == '#').count();
    let (mut j, mut text) = (from + hashes + 1, String::new());
    while !(chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#'))) {
        text.push(chars[j]);
        j += 1;
    }
    let lines = text.matches('\n').count();
    (text, j + 1 + hashes, lines)
}

/// A string whose text begins at `from`, after its quote: its text as the
/// compiler reads it, the index after its closing quote, and the newlines
/// it spans.
fn quoted(chars: &[char], from: usize) -> (String, usize, usize) {
    let (mut text, mut j, mut lines) = (String::new(), from, 0);
    while chars[j] != '"' {
        if chars[j] != '\\' {
            lines += usize::from(chars[j] == '\n');
            text.push(chars[j]);
            j += 1;
            continue;
        }
        let escaped = chars[j + 1];
        j += 2;
        match escaped {
            // A line continuation: the newline and the spaces after it are not in the string.
            '\n' => {
                lines += 1;
                while chars[j].is_whitespace() {
                    lines += usize::from(chars[j] == '\n');
                    j += 1;
                }
            }
            'n' => text.push('\n'),
            't' => text.push('\t'),
            'r' => text.push('\r'),
            '0' => text.push('\0'),
            'u' => {
                let end = j + chars[j..].iter().position(|&c| c == '}').unwrap();
                let hex: String = chars[j + 1..end].iter().collect();
                text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                j = end + 1;
            }
            'x' => {
                let hex: String = chars[j..j + 2].iter().collect();
                text.extend(u8::from_str_radix(&hex, 16).ok().map(char::from));
                j += 2;
            }
            other => text.push(other),
        }
    }
    (text, j + 1, lines)
}

#[test]
fn the_literal_reader_reads_as_the_compiler_does() {
    let source = r##"
        // "A comment is not read."
        /* "Nor is /* a nested */ block." */
        let quote = '"'; let brace = '{'; let escaped = '\''; fn f<'a>(x: &'a str) {}
        let text = "Kept, dated {today}. \
                    `plan urge` shows it.";
        let raw = r#"Raw "quoted" text."#; let r#match = 1;
        let key = "AGE-SECRET-KEY-1"; let id = "four-steps"; let format = "{}: {}";
        #[cfg(test)]
        mod tests {
            fn t() { let _ = "Not read: a test's words."; }
        }
        let after = "Read again after the tests.";
    "##;
    let found = literals(source);
    let texts: Vec<&str> = found.iter().map(|literal| literal.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Kept, dated {today}. `plan urge` shows it.",
            "Raw \"quoted\" text.",
            "AGE-SECRET-KEY-1",
            "four-steps",
            "{}: {}",
            "Read again after the tests."
        ]
    );
    assert_eq!(found[0].line, 5, "the line a literal starts on");
    assert_eq!(found[5].line, 13);
    let called = literals(
        r#"let a = t!("status-today"); return t!("count-days", n = 1); match x { "k" => 1 } #[arg(help = t!("cli-home"))] let b = b"bytes";"#,
    );
    let seen: Vec<(&str, Option<&str>, bool, bool)> =
        called.iter().map(|l| (l.text.as_str(), l.callee.as_deref(), l.pattern, l.in_attribute)).collect();
    assert_eq!(
        seen,
        [
            ("status-today", Some("t!"), false, false),
            ("count-days", Some("t!"), false, false),
            ("k", None, true, false),
            ("cli-home", Some("t!"), false, true),
        ]
    );
}

//! What is wrong with a playbook file, said with its place: the file, the
//! line and column, and the line itself with the spot marked.

use std::fmt;
use std::ops::Range;

use crate::i18n::t;

/// One thing wrong in a playbook file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Option<Range<usize>>,
    pub message: String,
}

/// How many problems of one file are shown; past that, they are counted.
const MAX_SHOWN: usize = 20;
/// How much of a long source line a snippet shows on each side of the mark.
const SNIPPET_REACH: usize = 60;

/// Every problem found in one playbook file, ready to print.
#[derive(Debug)]
pub struct Problems {
    pub name: String,
    pub text: String,
    pub problems: Vec<Problem>,
}

impl std::error::Error for Problems {}

impl fmt::Display for Problems {
    /// The first line follows the caller's `error: `; every further problem
    /// starts a line of its own with `error: `, so each names its place.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let error = t!("playbook-error");
        for (i, problem) in self.problems.iter().take(MAX_SHOWN).enumerate() {
            if i > 0 {
                write!(f, "\n{error} ")?;
            }
            match &problem.span {
                Some(span) => {
                    let (line, column) = line_column(&self.text, span.start);
                    write!(f, "{}:{line}:{column}: {}", self.name, problem.message)?;
                    write_snippet(f, &self.text, span, line, column)?;
                }
                None => write!(f, "{}: {}", self.name, problem.message)?,
            }
        }
        if let Some(more) = self.problems.len().checked_sub(MAX_SHOWN).filter(|&more| more > 0) {
            write!(f, "\n{error} {}: {}", self.name, t!("playbook-more-problems", more = more))?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn write_snippet(
    f: &mut fmt::Formatter<'_>,
    text: &str,
    span: &Range<usize>,
    line: usize,
    column: usize,
) -> fmt::Result {
    let Some(source_line) = text.lines().nth(line - 1) else { return Ok(()) };
    let chars: Vec<char> = source_line.chars().collect();
    // A very long line is shown as a window around the mark.
    let first = (column - 1).saturating_sub(SNIPPET_REACH);
    let last = (column - 1 + SNIPPET_REACH).min(chars.len());
    let mut shown: String = chars[first..last].iter().collect();
    let mut offset = column - 1 - first;
    if first > 0 {
        shown.insert(0, '…');
        offset += 1;
    }
    if last < chars.len() {
        shown.push('…');
    }
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    let marked = text[start..end].lines().next().unwrap_or("").chars().count().max(1);
    let marked = marked.min(last.saturating_sub(column - 1).max(1));
    let width = line.to_string().len();
    write!(
        f,
        "\n{:width$} |\n{line} | {shown}\n{:width$} | {}{}",
        "",
        "",
        " ".repeat(offset),
        "^".repeat(marked)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::{SMALL, parse};

    #[test]
    fn rendered_problems_name_file_line_and_column() {
        let text = SMALL.replace("phase = \"self-focus\"", "phase = \"sulking\"");
        let problems = Problems { name: "mine.toml".into(), problems: parse(&text).unwrap_err(), text };
        let shown = problems.to_string();
        assert!(shown.starts_with("mine.toml:16:9: unknown phase `sulking`"), "{shown}");
        assert!(shown.contains("16 | phase = \"sulking\"\n   |         ^^^^^^^^^"), "{shown}");
    }

    #[test]
    fn many_problems_on_one_long_line_stay_short() {
        let text = format!("steps = [{}{{}}]\n", "{},".repeat(15_000));
        let problems = parse(&text).unwrap_err();
        assert!(problems.len() > 15_000);
        let shown = Problems { name: "wide.toml".into(), text, problems }.to_string();
        assert!(shown.len() < 20_000, "{} bytes", shown.len());
        assert!(shown.ends_with("more problems"), "{}", &shown[shown.len() - 80..]);
    }

    #[test]
    fn long_lines_are_shown_as_a_window() {
        let text = format!("id = \"x\"\ntitle = \"{}\"\nnope = 1\n", "long ".repeat(100));
        let problems =
            Problems { name: "w.toml".into(), problems: parse(&text).unwrap_err(), text: text.clone() };
        let shown = problems.to_string();
        assert!(shown.contains("3 | nope = 1\n  | ^^^^"), "{shown}");
        let wide = format!("id = \"x\"\ntitle = \"X\"\nsteps = [{}\"oops\"]\n", "{id=\"a\"}, ".repeat(30));
        let shown =
            Problems { name: "w.toml".into(), problems: parse(&wide).unwrap_err(), text: wide.clone() }
                .to_string();
        assert!(shown.lines().all(|line| line.chars().count() < 160), "{shown}");
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncé d", 7), (2, 4));
        assert_eq!(line_column("", 5), (1, 1));
    }
}

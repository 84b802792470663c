//! Fuzz the playbook parser: `plan::playbook::parse` must never panic, the
//! problems it reports must render (line, column and snippet from byte
//! spans) without panicking, and whatever it accepts must be what serde's
//! own TOML reading of the same text gives.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::playbook::{self, Playbook, Problems};

fuzz_target!(|data: &[u8]| {
    // Playbooks are read as UTF-8 text; other bytes never reach the parser.
    let Ok(text) = std::str::from_utf8(data) else { return };
    match playbook::parse(text) {
        Ok(parsed) => {
            // Round trip: only compare when serde also accepts the text.
            if let Ok(via_serde) = toml::from_str::<Playbook>(text) {
                assert_eq!(parsed, via_serde, "parse and toml::from_str disagree on {text:?}");
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "parse failed with no problem to show");
            for problem in &problems {
                if let Some(span) = &problem.span {
                    assert!(span.start <= span.end, "backwards span {span:?}");
                }
            }
            let shown = Problems { name: "fuzz.toml".into(), text: text.to_owned(), problems }.to_string();
            assert!(!shown.is_empty());
        }
    }
});

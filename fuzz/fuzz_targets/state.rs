//! Fuzz the state loader: `plan::store::parse_state` must never panic on any
//! bytes, must explain every refusal, and whatever it accepts (migrated from
//! an older schema or not) must survive being written back out and read
//! again unchanged, as a state of the current schema.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::state;

fuzz_target!(|data: &[u8]| {
    match plan::store::parse_state(data) {
        Ok(loaded) => {
            assert_eq!(loaded.format, state::FORMAT);
            assert_eq!(loaded.schema, state::SCHEMA);
            let written = serde_json::to_vec(&loaded).expect("a loaded state serialises");
            let again = plan::store::parse_state(&written)
                .unwrap_or_else(|err| panic!("a state it wrote does not load again: {err:?}"));
            assert_eq!(again.migrated_from, None, "a state it wrote needed migrating");
            // `migrated_from` is not stored; everything else must be.
            assert_eq!(
                state::State { migrated_from: None, ..loaded },
                again,
                "a state changed on a write and read"
            );
        }
        // Every refusal is typed; `error.rs` gives each its words.
        Err(problem) => assert!(!problem.to_string().is_empty(), "a refusal with no reason"),
    }
});

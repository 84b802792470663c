//! Every command-line type, and its words: help and usage errors come from
//! the catalogue (`locales/*/cli.ftl`), in the chosen language. The `///`
//! comments say the same in English, for the code's reader. clap's own
//! words (headings, `-h`, a usage error) are put in the language by
//! [`localize`].

use std::ffi::{OsStr, OsString};
use std::io::Write as _;
use std::marker::PhantomData;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand};

use crate::date::DateArg;
use crate::i18n::{self, Lang, t};
use crate::state::{Contact, Outcome, UrgeOutcome};

mod localize;
use localize::{exit, shows_help, usage_error};

/// A private, offline planner for getting through a breakup: a no-contact
/// counter, a daily check-in, and a playbook of steps to follow.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about = t!("cli-about"), propagate_version = true, max_term_width = 100)]
pub struct Cli {
    // Written as clap writes its own `[env: …]` notes.
    #[allow(clippy::doc_markdown)]
    /// The folder that holds your plan [env: PLAN_HOME] [default: the platform data folder, e.g. ~/.local/share/plan]
    #[arg(help = t!("cli-home"), long, global = true, value_name = "DIR")]
    pub home: Option<PathBuf>,

    /// How long to wait for another run of plan that is changing the plan
    #[arg(
        help = t!("cli-lock-timeout"),
        long,
        global = true,
        env = "PLAN_LOCK_TIMEOUT",
        value_name = "SECONDS",
        default_value_t = 10.0,
        value_parser = parse_seconds,
        hide_short_help = true
    )]
    pub lock_timeout: f64,

    /// How long a hook (`hooks/on-checkin` and the rest) may run before it is stopped
    #[arg(
        help = t!("cli-hook-timeout"),
        long,
        global = true,
        env = "PLAN_HOOK_TIMEOUT",
        value_name = "SECONDS",
        default_value_t = 5.0,
        value_parser = parse_seconds,
        hide_short_help = true
    )]
    pub hook_timeout: f64,

    /// When to colour the output: on a terminal (auto, honouring `NO_COLOR` and `CLICOLOR_FORCE`), always or never
    #[arg(
        help = t!("cli-color"),
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value = "auto"
    )]
    pub color: ColorWhen,

    // Written as clap writes its own `[env: …]` notes.
    #[allow(clippy::doc_markdown)]
    /// The language to speak: es, de, en-US, or a list (es:de) [env: PLAN_LANG] [default: from the locale]
    #[arg(help = t!("cli-lang"), long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// The width to lay text out in when the output is not a terminal
    #[arg(long, global = true, env = "COLUMNS", value_name = "N", hide = true)]
    pub columns: Option<usize>,

    /// With none, `plan` shows the status, or a welcome before there is a plan.
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The command line `args` (the program's name first) with the
    /// environment `var`: read by clap, but for the forms a shell prompt
    /// runs every time, `plan`, `plan status` and `plan status --short` or
    /// `--json`, with `--home DIR` or without, which are read without building clap's tree of every
    /// command (a fifth of the run; BENCHMARKS.md). Anything else, or a
    /// setting in the environment clap would refuse, goes to clap, which
    /// says what is wrong exactly as it always does.
    pub fn read(args: Vec<OsString>, var: impl Fn(&str) -> Option<OsString>) -> Cli {
        crate::i18n::choose(crate::i18n::negotiate(Cli::lang_flag(&args).as_deref(), &var));
        Cli::prompt_form(&args, var).unwrap_or_else(|| Cli::parse_shown(args))
    }

    /// The language `--lang` asks for, read before clap, so that clap's
    /// help and errors are in it too.
    fn lang_flag(args: &[OsString]) -> Option<String> {
        let mut words = args.iter().skip(1).map(|arg| arg.to_str());
        let mut flag = None;
        while let Some(word) = words.next() {
            match word {
                // After `--`, everything is an argument.
                Some("--") => break,
                Some("--lang") => flag = words.next().flatten().map(str::to_owned),
                Some(word) => flag = word.strip_prefix("--lang=").map(str::to_owned).or(flag),
                None => {}
            }
        }
        flag
    }

    /// The command line, as clap reads it. A usage error echoes the
    /// arguments it is about with their control characters made visible,
    /// as all other output is: clap is asked again with the arguments as
    /// they are shown, and says the same thing about them.
    fn parse_shown(args: Vec<OsString>) -> Cli {
        let err = match Cli::try_parse(&args, <Cli as clap::CommandFactory>::command()) {
            Ok(cli) => return cli,
            // A help: clap's own words in it in the language too, from the
            // tree that has them (built only for a help, as it takes time).
            Err(err) if shows_help(&err) && i18n::lang() != Lang::ENGLISH => {
                Cli::try_parse(&args, Cli::localized()).err().unwrap_or(err).exit()
            }
            // `--help` and `--version`: nothing of the arguments in them.
            Err(err) if !err.use_stderr() => err.exit(),
            Err(err) => err,
        };
        let shown: Vec<OsString> = args
            .into_iter()
            .map(|arg| crate::text::visible(&arg.to_string_lossy()).into_owned().into())
            .collect();
        match Cli::try_parse(shown, <Cli as clap::CommandFactory>::command()) {
            Err(again) if again.kind() == err.kind() => exit(&again),
            // Made visible, they read otherwise: the same words, without colour.
            _ if i18n::lang() == Lang::ENGLISH => {
                let plain = err.render().to_string();
                let plain = plain.strip_prefix("error: ").unwrap_or(&plain);
                clap::Error::raw(err.kind(), crate::text::visible(plain)).exit()
            }
            _ => {
                let plain = anstream::adapter::strip_str(&usage_error(&err)).to_string();
                let _ = write!(anstream::stderr(), "{}", crate::text::visible(&plain));
                std::process::exit(err.exit_code())
            }
        }
    }

    /// clap's definition of the command line, in the chosen language: the
    /// help of every command, argument and value comes from the catalogue
    /// as the derive builds it; here are the words clap adds itself (`-h`,
    /// `-V`, `help`, the headings, the notes of defaults and values). `plan
    /// man` and `plan completions` are made from it too.
    pub fn localized() -> clap::Command {
        let command = <Cli as clap::CommandFactory>::command();
        // In English, clap's own words are the catalogue's: nothing to do.
        if i18n::lang() == Lang::ENGLISH {
            return command;
        }
        localize::localized(command)
    }

    /// The command line `args`, as `command` reads it.
    fn try_parse(
        args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
        mut command: clap::Command,
    ) -> Result<Cli, clap::Error> {
        let mut matches = command.try_get_matches_from_mut(args)?;
        <Cli as clap::FromArgMatches>::from_arg_matches_mut(&mut matches)
            .map_err(|err| err.format(&mut command))
    }

    /// The prompt's forms, as clap would read them, or `None` for any other.
    fn prompt_form(args: &[OsString], var: impl Fn(&str) -> Option<OsString>) -> Option<Cli> {
        // `--home DIR` and `--lang LANG` (or `--home=DIR`) may stand
        // anywhere, as clap takes them.
        let mut home = None;
        let mut lang = None;
        let mut words: Vec<&str> = Vec::new();
        let mut rest = args.iter().skip(1);
        while let Some(arg) = rest.next() {
            let text = arg.to_str();
            if text == Some("--home") {
                home = Some(PathBuf::from(rest.next()?));
            } else if let Some(dir) = text.and_then(|text| text.strip_prefix("--home=")) {
                home = Some(PathBuf::from(dir));
            } else if text == Some("--lang") {
                lang = Some(rest.next()?.to_str()?.to_owned());
            } else if let Some(tag) = text.and_then(|text| text.strip_prefix("--lang=")) {
                lang = Some(tag.to_owned());
            } else {
                words.push(text?);
            }
        }
        let dashed = |text: &str| text.is_empty() || text.starts_with('-');
        if home.as_ref().is_some_and(|dir| dir.as_os_str().is_empty() || dir.to_str().is_some_and(dashed))
            || lang.as_deref().is_some_and(dashed)
        {
            return None;
        }
        let command = match words.as_slice() {
            [] => None,
            ["status"] => Some(StatusArgs { json: false, short: false }),
            ["status", "--short"] => Some(StatusArgs { json: false, short: true }),
            ["status", "--json"] => Some(StatusArgs { json: true, short: false }),
            _ => return None,
        };
        // As clap reads them: unset or empty is the default.
        let setting = |name: &str| var(name).filter(|value| !value.is_empty());
        let seconds = |name: &str, default: f64| match setting(name) {
            None => Some(default),
            Some(value) => parse_seconds(value.to_str()?).ok(),
        };
        let columns = match setting("COLUMNS") {
            None => None,
            Some(value) => Some(value.to_str()?.parse::<usize>().ok()?),
        };
        Some(Cli {
            home,
            lock_timeout: seconds("PLAN_LOCK_TIMEOUT", 10.0)?,
            hook_timeout: seconds("PLAN_HOOK_TIMEOUT", 5.0)?,
            color: ColorWhen::Auto,
            lang,
            columns,
            command: command.map(Command::Status),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Begin a plan: try again, let go, or not sure yet
    #[command(about = t!("cli-start"))]
    Start(StartArgs),
    /// Where you stand today: the no-contact counter, your step, today's check-in
    #[command(about = t!("cli-status"))]
    Status(StatusArgs),
    /// The step you are on, in full: tasks, tips, what to avoid, and its gate
    #[command(about = t!("cli-next"))]
    Next(NextArgs),
    /// Record how today went (running it again the same day amends the entry)
    #[command(about = t!("cli-checkin"))]
    Checkin(CheckinArgs),
    /// Record contact that broke no contact; the counter starts again from that day
    #[command(about = t!("cli-slip"))]
    Slip(SlipArgs),
    /// Record a kind of contact: some break no contact, others are only noted
    #[command(about = t!("cli-contact"))]
    Contact(ContactArgs),
    /// Complete the current step, tick task N of it, or complete the step `STEP_ID`
    #[command(about = t!("cli-done"))]
    Done(DoneArgs),
    /// Take back a step marked done by mistake, or with N the tick of its task N
    #[command(about = t!("cli-undo"))]
    Undo(UndoArgs),
    /// Record your own reason for this plan, in your words, or show it
    #[command(about = t!("cli-why"))]
    Why(WhyArgs),
    /// For the moment you are about to reach out to them: stop here first
    #[command(about = t!("cli-urge"))]
    Urge(UrgeArgs),
    /// Plans for the urge, made in a calm hour: `plan if "WHEN" "THEN"` keeps one; alone, it lists them
    #[command(about = t!("cli-if"))]
    If(IfArgs),
    /// A reminder to check in, silent once today has one: run it from a timer (`plan remind install`)
    #[command(about = t!("cli-remind"))]
    Remind(RemindArgs),
    /// The readiness check: questions to answer honestly before trying again
    #[command(about = t!("cli-assess"))]
    Assess(AssessArgs),
    /// Follow another playbook from its first step, keeping everything recorded
    #[command(about = t!("cli-switch"))]
    Switch(SwitchArgs),
    /// Correct the day no contact began, keeping everything recorded
    #[command(about = t!("cli-since"))]
    Since(SinceArgs),
    /// Close the plan with how it ended, keeping everything recorded
    #[command(about = t!("cli-end"))]
    End(EndArgs),
    /// Every step of the plan and its state: done, current, locked or ahead
    #[command(about = t!("cli-steps"))]
    Steps(JsonArg),
    /// Your plan in numbers: runs of no contact, check-ins, moods and urges, steps
    #[command(about = t!("cli-stats"))]
    Stats(JsonArg),
    /// Your check-ins, newest first
    #[command(about = t!("cli-log"))]
    Log(LogArgs),
    /// A month at a glance: no-contact days, slips, moods, milestones and gates
    #[command(about = t!("cli-calendar"))]
    Calendar(CalendarArgs),
    /// Your plan as one page to open in a browser or print: runs, moods, milestones, steps
    #[command(about = t!("cli-report"))]
    Report(ReportArgs),
    /// The playbooks you can start: the bundled ones and your own
    #[command(about = t!("cli-playbooks"))]
    Playbooks(JsonArg),
    /// Read, check, export and describe playbooks
    #[command(about = t!("cli-playbook"), subcommand)]
    Playbook(PlaybookCommand),
    /// Check the plan folder for problems and say how to fix each
    #[command(about = t!("cli-doctor"))]
    Doctor(DoctorArgs),
    /// Plans that a later `plan start` replaced, each kept whole; `show N` shows one
    #[command(about = t!("cli-archive"))]
    Archive(ArchiveArgs),
    /// This device's id and name, and every device that writes to the plan
    #[command(about = t!("cli-device"))]
    Device(DeviceArgs),
    /// Encrypt the plan at rest: every file in the plan folder becomes an age file
    #[command(about = t!("cli-encrypt"))]
    Encrypt,
    /// Move the plan's encryption key to another device
    #[command(about = t!("cli-key"), subcommand)]
    Key(KeyCommand),
    /// Print the manual page, in roff (e.g. `plan man > ~/.local/share/man/man1/plan.1`)
    #[command(about = t!("cli-man"))]
    Man,
    /// Print a shell completion script (e.g. `plan completions bash > ~/.local/share/bash-completion/completions/plan`)
    #[command(about = t!("cli-completions"))]
    Completions(CompletionsArgs),
    /// Take your plan with you: as JSON (a backup), CSV, a journal or a calendar
    #[command(about = t!("cli-export"))]
    Export(ExportArgs),
    /// Bring back a plan from the JSON `plan export` wrote
    #[command(about = t!("cli-import"))]
    Import(ImportArgs),
    /// A friend who knows: a small digest of your plan, encrypted to them alone, through the folder you sync
    #[command(about = t!("cli-partner"), subcommand)]
    Partner(PartnerCommand),
    /// Tell your partners you need someone now (at a terminal, asks for a short message)
    #[command(about = t!("cli-sos"))]
    Sos(SosArgs),
}

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// Add a partner, or change one: their digest is encrypted to RECIPIENT alone
    #[command(about = t!("cli-partner-add"))]
    Add {
        /// Their name, as their folder in partners/ is called: letters, digits, - and _
        #[arg(help = t!("cli-partner-add-name"))]
        name: String,
        /// Their age recipient (age1…, from `plan partner key`) or SSH public key (ssh-ed25519 AAAA…)
        #[arg(
            help = t!("cli-partner-add-recipient"),
            required = true,
            num_args = 1..,
            value_name = "RECIPIENT"
        )]
        recipient: Vec<String>,
        /// Put your latest mood in their digest too
        #[arg(help = t!("cli-partner-add-moods"), long)]
        moods: bool,
    },
    /// Your partners, and what their digest holds
    #[command(about = t!("cli-partner-list"))]
    List(JsonArg),
    /// Stop writing a partner's digest; this device's copy is removed
    #[command(about = t!("cli-partner-remove"))]
    Remove {
        /// Their name, as `plan partner list` shows it
        #[arg(help = t!("cli-partner-remove-name"))]
        name: String,
    },
    /// For the friend: make a key (no plan needed) and print the line to send back
    #[command(about = t!("cli-partner-key"))]
    Key {
        /// Keep the key in FILE instead of plan's config folder
        #[arg(help = t!("cli-partner-key-output"), long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// For the friend: open a digest, or the newest in a folder (partners/NAME/), and show it
    #[command(about = t!("cli-partner-view"))]
    View {
        /// A digest (.age), or the folder that holds them
        #[arg(help = t!("cli-partner-view-path"), value_name = "FILE|DIR")]
        path: PathBuf,
        /// The key to open it with [default: the one `plan partner key` made]; an SSH private key works too
        #[arg(help = t!("cli-partner-view-identity"), long, short, value_name = "KEY")]
        identity: Option<PathBuf>,
        /// Print JSON instead of text
        #[arg(help = t!("cli-json"), long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct SosArgs {
    /// A short message for them
    #[arg(help = t!("cli-sos-message"), value_name = "MESSAGE", conflicts_with = "clear")]
    pub message: Option<String>,
    /// It has passed: record that the SOS is resolved, so your partners see it
    #[arg(help = t!("cli-sos-clear"), long)]
    pub clear: bool,
}

#[derive(Debug, Args)]
pub struct JsonArg {
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct NextArgs {
    /// Show this step instead of the first current one: its id or number, as `plan steps` shows them
    #[arg(help = t!("cli-next-step"), value_name = "STEP")]
    pub step: Option<String>,
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// A bundled playbook id, one in your plan folder's plans/, or a path to a TOML file [default: at a terminal, you choose a path; else four-steps, or move-on after a plan that ended moving on or paused]
    #[arg(
        help = t!("cli-start-playbook"),
        long,
        value_name = "ID|PATH",
        value_parser = PlaybookArg,
        hide_possible_values = true
    )]
    pub playbook: Option<String>,
    /// The day of last contact; the no-contact counter starts there [default: today, or the last contact of a plan that ended moving on or paused]
    #[arg(help = t!("cli-start-since"), long, value_name = "DATE", value_parser = DateArg::parse)]
    pub since: Option<DateArg>,
    /// Replace an existing plan; the old one is archived in the plan folder, nothing is deleted
    #[arg(help = t!("cli-force"), long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long, conflicts_with = "short")]
    pub json: bool,
    /// One line, for a shell prompt
    #[arg(help = t!("cli-status-short"), long)]
    pub short: bool,
}

#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// How you feel, from 1 (awful) to 10 (great)
    #[arg(
        help = t!("cli-checkin-mood"),
        long,
        value_name = "1-10",
        value_parser = mood,
        allow_negative_numbers = true
    )]
    pub mood: Option<u8>,
    /// How strong the urge to contact them is, from 0 (none) to 10 (overwhelming)
    #[arg(
        help = t!("cli-checkin-urge"),
        long,
        value_name = "0-10",
        value_parser = urge,
        allow_negative_numbers = true
    )]
    pub urge: Option<u8>,
    /// Any contact that day [default for a new day: none]
    #[arg(
        help = t!("cli-checkin-contact"),
        long,
        value_parser = Values::<Contact>::new(contact_help),
        value_name = "KIND"
    )]
    pub contact: Option<Contact>,
    /// Anything you want to remember about the day; it replaces the day's note, if it has one
    /// (`--note ""` removes it)
    #[arg(help = t!("cli-checkin-note"), long, value_name = "TEXT")]
    pub note: Option<String>,
    /// A note kept beside the day's notes, replacing none
    #[arg(help = t!("cli-checkin-add-note"), long, value_name = "TEXT", conflicts_with = "note")]
    pub add_note: Option<String>,
    /// The day this check-in is for [default: today]
    #[arg(help = t!("cli-checkin-date"), long, value_name = "DATE", value_parser = DateArg::parse)]
    pub date: Option<DateArg>,
}

#[derive(Debug, Args)]
pub struct SlipArgs {
    /// The day it happened [default: today]
    #[arg(help = t!("cli-day"), long, value_name = "DATE", value_parser = DateArg::parse)]
    pub date: Option<DateArg>,
    /// What happened, for your own record (kept beside any note the day has)
    #[arg(help = t!("cli-what-happened"), long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// A task number of the current step, or a step id [default: the current step]
    #[arg(help = t!("cli-done-target"), value_name = "N|STEP_ID")]
    pub target: Option<String>,
    /// The step whose task N to tick (its id, or its number in `plan steps`)
    #[arg(help = t!("cli-done-step"), long, value_name = "STEP")]
    pub step: Option<String>,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The step to open again, or whose task to untick: its id, or its number in `plan steps`
    #[arg(help = t!("cli-undo-step"), value_name = "STEP")]
    pub step: String,
    /// The number of the task to untick [default: the step itself]
    #[arg(help = t!("cli-undo-task"), value_name = "N", value_parser = task, allow_negative_numbers = true)]
    pub task: Option<u32>,
}

#[derive(Debug, Args)]
pub struct ContactArgs {
    /// What kind of contact it was
    #[arg(
        help = t!("cli-contact-kind"),
        value_parser = Values::<Contact>::new(contact_help),
        value_name = "KIND"
    )]
    pub kind: Contact,
    /// The day it happened [default: today]
    #[arg(help = t!("cli-day"), long, value_name = "DATE", value_parser = DateArg::parse)]
    pub date: Option<DateArg>,
    /// What happened, for your own record (kept beside any note the day has)
    #[arg(help = t!("cli-what-happened"), long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct WhyArgs {
    /// Your reason, in your own words; it replaces the one before, which is kept
    #[arg(help = t!("cli-why-text"), value_name = "TEXT")]
    pub text: Option<String>,
    /// Every reason you have recorded, oldest first
    #[arg(help = t!("cli-why-history"), long, conflicts_with = "text")]
    pub history: bool,
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UrgeArgs {
    /// Close the urge: it passed (`held`), or you reached out (`slipped`, recorded as a slip)
    #[arg(
        help = t!("cli-urge-resolve"),
        long,
        value_parser = Values::<UrgeOutcome>::new(resolve_help),
        value_name = "HOW"
    )]
    pub resolve: Option<UrgeOutcome>,
    /// The messages you wrote here instead of sending them
    #[arg(help = t!("cli-urge-drafts"), long, conflicts_with = "resolve")]
    pub drafts: bool,
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct IfArgs {
    /// When this happens, in your words ("I want to text them at night")
    #[arg(help = t!("cli-if-when"), value_name = "WHEN", requires = "then")]
    pub when: Option<String>,
    /// What you will do then, in your words ("I call Sam")
    #[arg(help = t!("cli-if-then"), value_name = "THEN")]
    pub then: Option<String>,
    /// Take away plan N, as `plan if` numbers them
    #[arg(
        help = t!("cli-if-remove"),
        long,
        value_name = "N",
        value_parser = if_then,
        allow_negative_numbers = true,
        conflicts_with = "when"
    )]
    pub remove: Option<u32>,
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    #[command(subcommand)]
    pub command: Option<RemindCommand>,
}

#[derive(Debug, Subcommand)]
pub enum RemindCommand {
    /// Run `plan remind` every day: a systemd user timer where systemd runs for you, else the crontab line to add
    #[command(about = t!("cli-remind-install"))]
    Install {
        /// The time of day, as HH:MM (24-hour, local time)
        #[arg(
            help = t!("cli-remind-install-at"),
            long,
            value_name = "HH:MM",
            default_value = "20:00",
            value_parser = crate::views::remind::parse_time
        )]
        at: chrono::NaiveTime,
        /// Print what would be written and run, and change nothing
        #[arg(help = t!("cli-remind-install-dry-run"), long)]
        dry_run: bool,
    },
    /// Remove the timer `plan remind install` wrote, and only that
    #[command(about = t!("cli-remind-uninstall"))]
    Uninstall,
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// An answer, as ID=CHOICE (repeat it; `plan assess --list` shows the ids and choices)
    #[arg(
        help = t!("cli-assess-answer"),
        long = "answer",
        value_name = "ID=CHOICE",
        value_parser = crate::assess::parse_answer
    )]
    pub answers: Vec<(String, crate::assess::Answer)>,
    /// The questions, with their ids and choices
    #[arg(help = t!("cli-assess-list"), long, conflicts_with = "answers")]
    pub list: bool,
    /// Keep only the result, not your answers (otherwise they are kept in the plan folder, which syncs and exports)
    #[arg(help = t!("cli-assess-only-result"), long, conflicts_with = "list")]
    pub only_result: bool,
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SwitchArgs {
    /// A bundled playbook id, one in your plan folder's plans/, or a path to a TOML file
    #[arg(
        help = t!("cli-playbook-arg"),
        value_name = "ID|PATH",
        value_parser = PlaybookArg,
        hide_possible_values = true
    )]
    pub playbook: String,
}

#[derive(Debug, Args)]
pub struct SinceArgs {
    /// The day of your last contact: the no-contact counter starts there
    #[arg(help = t!("cli-since-date"), value_name = "DATE", value_parser = DateArg::parse)]
    pub date: DateArg,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// How it ended
    #[arg(
        help = t!("cli-end-outcome"),
        long,
        value_parser = Values::<Outcome>::new(outcome_help),
        value_name = "OUTCOME"
    )]
    pub outcome: Outcome,
    /// Anything you want to remember about it
    #[arg(help = t!("cli-end-note"), long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
    /// Only the last N days, today included
    #[arg(
        help = t!("cli-log-days"),
        long,
        value_name = "N",
        value_parser = days,
        allow_negative_numbers = true
    )]
    pub days: Option<u32>,
    /// The check-ins of archived plan N (`plan archive` numbers them)
    #[arg(
        help = t!("cli-log-archived"),
        long,
        value_name = "N",
        value_parser = archived,
        allow_negative_numbers = true,
        conflicts_with = "days"
    )]
    pub archived: Option<u32>,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// The month to show, as YYYY-MM [default: this month]
    #[arg(
        help = t!("cli-calendar-month"),
        long,
        value_name = "YYYY-MM",
        value_parser = crate::views::calendar::parse_month
    )]
    pub month: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Write the page to FILE (private to you) instead of printing it
    #[arg(help = t!("cli-report-output"), long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum PlaybookCommand {
    /// Print a playbook: its steps, gates and tasks
    #[command(about = t!("cli-playbook-show"))]
    Show {
        /// A playbook id or a path to a TOML file
        #[arg(
            help = t!("cli-playbook-show-playbook"),
            value_name = "ID|PATH",
            value_parser = PlaybookArg,
            hide_possible_values = true
        )]
        playbook: String,
        /// Print JSON instead of text
        #[arg(help = t!("cli-json"), long)]
        json: bool,
    },
    /// Validate a playbook file and report every problem in it
    #[command(about = t!("cli-playbook-check"))]
    Check {
        /// The TOML file to check
        #[arg(help = t!("cli-playbook-check-path"))]
        path: PathBuf,
    },
    /// Print a bundled playbook as TOML, to start one of your own from
    #[command(about = t!("cli-playbook-export"))]
    Export {
        /// A bundled playbook id
        #[arg(help = t!("cli-playbook-export-id"), value_parser = PlaybookArg, hide_possible_values = true)]
        id: String,
    },
    /// Print the JSON Schema of the playbook format, for editors
    #[command(about = t!("cli-playbook-schema"))]
    Schema,
}

#[derive(Debug, Args)]
pub struct ArchiveArgs {
    #[command(subcommand)]
    pub command: Option<ArchiveCommand>,
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Everything archived plan N holds: your why, urges, drafts, readiness checks, steps and notes
    #[command(about = t!("cli-archive-show"))]
    Show {
        /// The plan's number, as `plan archive` shows it
        #[arg(
            help = t!("cli-archive-show-number"),
            value_name = "N",
            value_parser = archived,
            allow_negative_numbers = true
        )]
        number: u32,
        /// Print JSON instead of text
        #[arg(help = t!("cli-json"), long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct DeviceArgs {
    #[command(subcommand)]
    pub command: Option<DeviceCommand>,
    /// Print JSON instead of text
    #[arg(help = t!("cli-json"), long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Name this device, as the plan's other devices will see it
    #[command(about = t!("cli-device-name"))]
    Name {
        /// A name such as "laptop"
        #[arg(help = t!("cli-device-name-name"))]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Print the key, to carry to another device privately (it opens every note)
    #[command(about = t!("cli-key-export"))]
    Export,
    /// Keep the key in FILE as this device's, so it can open the plan
    #[command(about = t!("cli-key-import"))]
    Import {
        /// A file holding the key (`plan key export` wrote it)
        #[arg(help = t!("cli-key-import-file"))]
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Put the last good backup back in place, keeping the damaged state aside
    #[arg(help = t!("cli-doctor-restore"), long)]
    pub restore: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(help = t!("cli-completions-shell"), value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write
    #[arg(
        help = t!("cli-export-format"),
        long,
        value_parser = Values::<crate::views::export::Format>::new(format_help),
        value_name = "FORMAT",
        default_value = "json"
    )]
    pub format: crate::views::export::Format,
    /// Write to FILE instead of standard output (`-`): whole, readable only by you, replacing any file there
    #[arg(help = t!("cli-export-output"), long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Export archived plan N instead (`plan archive` numbers them): as json, csv or markdown
    #[arg(
        help = t!("cli-export-archived"),
        long,
        value_name = "N",
        value_parser = archived,
        allow_negative_numbers = true
    )]
    pub archived: Option<u32>,
    /// With `--format ics`: a daily event at HH:MM to check in, and alarms at that time on milestones
    #[arg(
        help = t!("cli-export-remind"),
        long,
        value_name = "HH:MM",
        value_parser = crate::views::remind::parse_time
    )]
    pub remind: Option<chrono::NaiveTime>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A JSON export (`plan export --format json --output FILE` wrote it)
    #[arg(help = t!("cli-import-file"))]
    pub file: PathBuf,
    /// Replace an existing plan; the old one is archived in the plan folder, nothing is deleted
    #[arg(help = t!("cli-force"), long)]
    pub force: bool,
}

/// A playbook id or path: any text is taken (the command resolves it), and
/// the bundled ids are offered to shell completion.
#[derive(Clone)]
struct PlaybookArg;

impl clap::builder::TypedValueParser for PlaybookArg {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(crate::playbook::BUNDLED.iter().map(|(id, _)| clap::builder::PossibleValue::new(*id))))
    }
}

/// The values of a `ValueEnum`, parsed as clap parses them, each with its
/// help in the chosen language (`help` gives it by the value's name).
struct Values<E> {
    help: fn(&str) -> Option<String>,
    kind: PhantomData<fn() -> E>,
}

impl<E> Values<E> {
    fn new(help: fn(&str) -> Option<String>) -> Self {
        Values { help, kind: PhantomData }
    }
}

impl<E> Clone for Values<E> {
    fn clone(&self) -> Self {
        Values::new(self.help)
    }
}

impl<E: clap::ValueEnum + Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Values<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<E, clap::Error> {
        clap::builder::EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(E::value_variants().iter().filter_map(clap::ValueEnum::to_possible_value).map(
            |value| {
                let help = (self.help)(value.get_name());
                match help {
                    Some(help) => value.help(help),
                    None => value,
                }
            },
        )))
    }
}

fn contact_help(name: &str) -> Option<String> {
    Some(match name {
        "none" => t!("cli-contact-none"),
        "allowed" => t!("cli-contact-allowed"),
        "initiated" => t!("cli-contact-initiated"),
        "replied" => t!("cli-contact-replied"),
        "they-contacted" => t!("cli-contact-they-contacted"),
        "social-media" => t!("cli-contact-social-media"),
        "logistics" => t!("cli-contact-logistics"),
        "accidental" => t!("cli-contact-accidental"),
        "planned" => t!("cli-contact-planned"),
        _ => return None,
    })
}

fn outcome_help(name: &str) -> Option<String> {
    Some(match name {
        "reunited" => t!("cli-outcome-reunited"),
        "moved-on" => t!("cli-outcome-moved-on"),
        "paused" => t!("cli-outcome-paused"),
        _ => return None,
    })
}

fn resolve_help(name: &str) -> Option<String> {
    Some(match name {
        "held" => t!("cli-resolve-held"),
        "slipped" => t!("cli-resolve-slipped"),
        _ => return None,
    })
}

fn format_help(name: &str) -> Option<String> {
    Some(match name {
        "json" => t!("cli-format-json"),
        "csv" => t!("cli-format-csv"),
        "markdown" => t!("cli-format-markdown"),
        "ics" => t!("cli-format-ics"),
        _ => return None,
    })
}

/// A whole number in `range`, or `what` in plain words.
fn number<T: TryFrom<u64>>(
    text: &str,
    range: std::ops::RangeInclusive<u64>,
    what: impl FnOnce() -> String,
) -> Result<T, String> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| range.contains(n))
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(what)
}

fn mood(text: &str) -> Result<u8, String> {
    number(text, 1..=10, || t!("cli-bad-mood"))
}

fn urge(text: &str) -> Result<u8, String> {
    number(text, 0..=10, || t!("cli-bad-urge"))
}

fn task(text: &str) -> Result<u32, String> {
    number(text, 1..=u64::from(u32::MAX), || t!("cli-bad-task"))
}

fn if_then(text: &str) -> Result<u32, String> {
    number(text, 1..=u64::from(u32::MAX), || t!("cli-bad-if"))
}

fn days(text: &str) -> Result<u32, String> {
    number(text, 1..=u64::from(u32::MAX), || t!("cli-bad-days"))
}

fn archived(text: &str) -> Result<u32, String> {
    number(text, 1..=u64::from(u32::MAX), || t!("cli-bad-archived"))
}

/// A number of seconds, 0 to a day.
fn parse_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(seconds) if (0.0..=86_400.0).contains(&seconds) => Ok(seconds),
        _ => Err(t!("cli-bad-seconds", text = text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prompt's forms read as clap reads them, with every setting of
    /// the environment, and nothing else read that way.
    #[test]
    fn the_prompts_forms_read_as_clap_reads_them() {
        use clap::CommandFactory;
        let forms: [&[&str]; 8] = [
            &[],
            &["status"],
            &["status", "--short"],
            &["status", "--json"],
            &["--home", "/p", "status"],
            &["status", "--home", "/p", "--short"],
            &["--home=/p", "status", "--json"],
            &["--home", "/p"],
        ];
        let settings: [&[(&str, &str)]; 4] = [
            &[],
            &[("COLUMNS", "60"), ("PLAN_LOCK_TIMEOUT", "2.5"), ("PLAN_HOOK_TIMEOUT", "0")],
            &[("COLUMNS", ""), ("PLAN_LOCK_TIMEOUT", "")],
            &[("PLAN_HOOK_TIMEOUT", "1")],
        ];
        for form in forms {
            for env in settings {
                let args: Vec<OsString> =
                    std::iter::once("plan").chain(form.iter().copied()).map(OsString::from).collect();
                let var = |name: &str| env.iter().find(|(n, _)| *n == name).map(|(_, v)| OsString::from(v));
                let fast = Cli::prompt_form(&args, var).unwrap_or_else(|| panic!("{form:?} is read fast"));
                let mut by_clap = Cli::command();
                for (name, value) in env {
                    // clap reads these through `env = …`; give them as it would find them.
                    if !value.is_empty() {
                        let id = match *name {
                            "COLUMNS" => "columns",
                            "PLAN_LOCK_TIMEOUT" => "lock_timeout",
                            _ => "hook_timeout",
                        };
                        by_clap = by_clap.mut_arg(id, |arg| arg.default_value(*value));
                    }
                }
                let matches = by_clap.try_get_matches_from(&args).unwrap();
                let slow = <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap();
                assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{form:?} with {env:?}");
            }
        }
        let other = |words: &[&str]| {
            let args: Vec<OsString> =
                std::iter::once("plan").chain(words.iter().copied()).map(OsString::from).collect();
            Cli::prompt_form(&args, |_| None).is_none()
        };
        assert!(other(&["status", "--short", "--json"]) && other(&["next"]) && other(&["--home"]));
        assert!(other(&["--home", "--json", "status"]) && other(&["--home", "", "status"]));
        assert!(
            Cli::prompt_form(&["plan".into()], |_| Some("abc".into())).is_none(),
            "clap says what is wrong"
        );
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}

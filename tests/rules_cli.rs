//! `edgepbx rules next` against the real binary: files, standard input, bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn edgepbx(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run edgepbx");
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        // edgepbx may reject its arguments and exit before reading its input.
        match input.write_all(text.as_bytes()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            other => other.unwrap(),
        }
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn rule_file(dir: &tempfile::TempDir, name: &str, json: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, json).unwrap();
    path.to_str().unwrap().to_owned()
}

/// stdout of a successful run.
fn next_ok(args: &[&str], stdin: Option<&str>) -> String {
    let out = edgepbx(args, stdin);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// (exit code, stderr) of a failed run; stdout must be empty.
fn next_err(args: &[&str], stdin: Option<&str>) -> (i32, String) {
    let out = edgepbx(args, stdin);
    assert!(
        out.stdout.is_empty(),
        "{args:?} printed {:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn next_dates_of_office_hours_and_holidays() {
    let dir = tempfile::tempdir().unwrap();
    // SmartPBX office hours, Monday to Friday; from Saturday 2025-12-20 the next is Monday.
    let weekdays = rule_file(
        &dir,
        "open.json",
        r#"{"name": "MainOpenHours", "cycle": "weekly", "interval": 1, "start_date": 62586115200,
            "wdays": ["monday", "tuesday", "wensday", "thursday", "friday"],
            "time_window_start": 32400, "time_window_stop": 61200}"#,
    );
    assert_eq!(
        next_ok(&["rules", "next", "--after", "2025-12-20", &weekdays], None),
        "2025-12-22\n"
    );
    // Weekly rules count the --after day itself (KAZOO).
    assert_eq!(
        next_ok(&["rules", "next", "--after", "2025-12-22", &weekdays], None),
        "2025-12-22\n"
    );
    // Yearly Feb 29: Mar 1 in a common year.
    let leap = rule_file(
        &dir,
        "leap.json",
        r#"{"name": "leap", "cycle": "yearly", "month": 2, "days": [29]}"#,
    );
    assert_eq!(
        next_ok(&["rules", "next", "--after", "2025-02-01", &leap], None),
        "2025-03-01\n"
    );
    assert_eq!(
        next_ok(&["rules", "next", "--after", "2028-02-01", &leap], None),
        "2028-02-29\n"
    );
    // Last Monday of May.
    let memorial = rule_file(
        &dir,
        "memorial.json",
        r#"{"name": "Memorial Day", "cycle": "yearly", "month": 5, "ordinal": "last", "wdays": ["monday"]}"#,
    );
    assert_eq!(
        next_ok(&["rules", "next", "--after", "2026-01-01", &memorial], None),
        "2026-05-25\n"
    );
}

#[test]
fn the_zone_decides_the_start_date() {
    // A one-off date saved at local midnight in Berlin: 2025-04-21 00:00 CEST = 04-20 22:00Z.
    let rule = r#"{"name": "Easter Monday", "cycle": "date", "start_date": 63912405600}"#;
    let args = |tz| ["rules", "next", "--after", "2025-01-01", "--tz", tz, "-"];
    assert_eq!(next_ok(&args("Europe/Berlin"), Some(rule)), "2025-04-21\n");
    assert_eq!(next_ok(&args("UTC"), Some(rule)), "2025-04-20\n");
    // Default zone: America/Los_Angeles, like KAZOO.
    assert_eq!(
        next_ok(&["rules", "next", "--after", "2025-01-01", "-"], Some(rule)),
        "2025-04-20\n"
    );
}

#[test]
fn every_other_week_from_stdin() {
    let rule = r#"{"name": "payroll", "cycle": "weekly", "interval": 2, "wdays": ["friday"],
                   "start_date": 63902764800}"#; // 2024-12-30 08:00 UTC, a Monday
    let next = |after| {
        next_ok(
            &["rules", "next", "--after", after, "--tz", "UTC", "-"],
            Some(rule),
        )
    };
    assert_eq!(next("2025-01-01"), "2025-01-03\n");
    assert_eq!(next("2025-01-04"), "2025-01-17\n");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let ok = r#"{"cycle": "daily"}"#;
    let cases: Vec<(Vec<String>, Option<&str>, &str)> = vec![
        (
            vec!["--after".into(), "2025-13-01".into(), "-".into()],
            Some(ok),
            "--after",
        ),
        (
            vec!["--after".into(), "01/02/2025".into(), "-".into()],
            Some(ok),
            "--after",
        ),
        (
            vec![
                "--after".into(),
                "2025-01-01".into(),
                "--tz".into(),
                "Mars/Base".into(),
                "-".into(),
            ],
            Some(ok),
            "Mars/Base",
        ),
        (
            vec!["--after".into(), "2025-01-01".into(), "-".into()],
            Some("{not json"),
            "not valid JSON",
        ),
        (
            vec!["--after".into(), "2025-01-01".into(), "-".into()],
            Some(r#"{"cycle": "hourly"}"#),
            "`cycle`",
        ),
        (
            vec!["--after".into(), "2025-01-01".into(), "-".into()],
            Some(r#"{"cycle": "weekly", "wdays": ["funday"]}"#),
            "`wdays[0]`",
        ),
        (
            vec!["--after".into(), "2025-01-01".into(), "-".into()],
            Some(r#"{"cycle": "monthly"}"#),
            "`wdays`",
        ),
        (
            vec!["--after".into(), "2025-01-01".into(), "-".into()],
            Some(r#"{"cycle": "daily", "interval": 0}"#),
            "`interval`",
        ),
        (
            vec!["--after".into(), "2025-01-01".into(), "-".into()],
            Some("[]"),
            "JSON object",
        ),
        (
            vec![
                "--after".into(),
                "2025-01-01".into(),
                dir.path().join("missing.json").to_str().unwrap().into(),
            ],
            None,
            "missing.json",
        ),
    ];
    for (extra, stdin, needle) in cases {
        let mut args = vec!["rules".to_owned(), "next".to_owned()];
        args.extend(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stderr) = next_err(&args, stdin);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains(needle),
            "{args:?}: {stderr:?} should mention {needle}"
        );
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "{args:?}: one line, got {stderr:?}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    // A missing --after is a usage error (clap), also exit 2.
    assert_eq!(next_err(&["rules", "next", "-"], Some(ok)).0, 2);
}

#[test]
fn a_rule_that_never_applies_again_exits_1() {
    // The fifth Wednesday of February, every 4 years from 2011: never a leap year, never.
    let rule = r#"{"cycle": "yearly", "month": 2, "ordinal": "fifth", "wdays": ["wednesday"],
                   "interval": 4, "start_date": 63461059200}"#; // 2011-01-01
    let (code, stderr) = next_err(
        &["rules", "next", "--after", "2011-06-01", "--tz", "UTC", "-"],
        Some(rule),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("does not apply"), "{stderr}");
}

use super::*;

const EXAMPLE: &str = include_str!("../../boards/example.toml");

/// The example with one line replaced (the line must exist).
fn example_with(from: &str, to: &str) -> String {
    assert!(EXAMPLE.contains(from), "example has no {from:?}");
    EXAMPLE.replacen(from, to, 1)
}

fn invalid(text: &str) -> (String, &'static str, String) {
    match parse(text) {
        Err(BoardFileError::Invalid {
            place,
            field,
            reason,
        }) => (place, field, reason),
        other => panic!("expected an invalid-field error, got {other:?}"),
    }
}

#[test]
fn the_example_board_parses_with_defaults_filled_in() {
    let board = parse(EXAMPLE).unwrap();
    assert_eq!(board.country, Country::De);
    assert_eq!(
        board.pcm,
        PcmSpec {
            card: 0,
            device: 0,
            format: PcmFormat::Linear,
            slots: 4
        }
    );
    assert_eq!(
        board.factory_reset,
        Some(ResetButton {
            line: GpioLine {
                chip: "/dev/gpiochip0".into(),
                line: 21
            },
            hold_secs: 10,
            active_low: true,
        })
    );
    assert_eq!(
        board.port_kinds(),
        vec![PortKind::Fxs, PortKind::Fxs, PortKind::Fxo]
    );
    let fxs1 = &board.ports[0];
    assert_eq!(
        (fxs1.spi_hz, fxs1.loop_current_ma, fxs1.country),
        (1_000_000, 20, Country::De)
    );
    assert_eq!(board.ports[1].loop_current_ma, 26);
    let fxo = &board.ports[2];
    assert_eq!((fxo.spi_hz, fxo.irq.clone()), (2_000_000, None));
    let settings = fxo.fxo_settings(board.pcm.format).unwrap();
    assert_eq!(
        settings.pcm,
        PcmSlot {
            format: PcmFormat::Linear,
            slot: 2
        }
    );
    assert!(fxo.fxs_settings(board.pcm.format).is_none());
    let fxs = fxs1.fxs_settings(board.pcm.format).unwrap();
    assert_eq!(fxs.variant, SlicVariant::Si3215);
}

#[test]
fn a_port_country_overrides_the_board_default() {
    let board = parse(&example_with(
        "pcm_slot = 2",
        "pcm_slot = 2\ncountry = \"fr\"",
    ))
    .unwrap();
    assert_eq!(board.ports[2].country, Country::Fr);
}

#[test]
fn only_a_country_the_file_names_is_fixed_for_a_port() {
    // The example names DE for the board: every port keeps it.
    let board = parse(EXAMPLE).unwrap();
    assert!(board.country_explicit);
    assert!(
        board
            .ports
            .iter()
            .all(|p| p.fixed_country() == Some(Country::De))
    );
    // Without it, ports follow their accounts (the chips get the US default meanwhile),
    // except one that names its own.
    let text = example_with("country = \"DE\"", "").replacen(
        "pcm_slot = 2",
        "pcm_slot = 2\ncountry = \"uk\"",
        1,
    );
    let board = parse(&text).unwrap();
    assert!(!board.country_explicit);
    assert_eq!(board.country, Country::Us);
    assert_eq!(board.ports[0].fixed_country(), None);
    assert_eq!(board.ports[0].country, Country::Us);
    assert_eq!(board.ports[2].fixed_country(), Some(Country::Uk));
}

#[test]
fn broken_toml_and_misspelt_fields_are_syntax_errors_with_the_key() {
    let err = parse("country = \"DE\"\n[pcm\n").unwrap_err();
    assert!(matches!(err, BoardFileError::Syntax(_)), "{err:?}");
    let err = parse(&example_with("pcm_slot = 1", "pcm_slott = 1"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("pcm_slott"), "{err}");
}

#[test]
fn unknown_chip_and_country_name_the_port_and_field() {
    let (place, field, reason) = invalid(&example_with("chip = \"si3050\"", "chip = \"si3056\""));
    assert_eq!((place.as_str(), field), ("port fxo1", "chip"));
    assert!(reason.contains("\"si3056\""), "{reason}");
    let (place, field, _) = invalid(&example_with("country = \"DE\"", "country = \"ZZ\""));
    assert_eq!((place.as_str(), field), ("board", "country"));
    let (place, field, _) = invalid(&example_with(
        "pcm_slot = 2",
        "pcm_slot = 2\ncountry = \"x\"",
    ));
    assert_eq!((place.as_str(), field), ("port fxo1", "country"));
}

#[test]
fn slots_must_exist_fit_the_chips_and_not_be_shared() {
    let (place, field, reason) = invalid(&example_with("pcm_slot = 2", "pcm_slot = 4"));
    assert_eq!((place.as_str(), field), ("port fxo1", "pcm_slot"));
    assert!(reason.contains("bus of 4 slots"), "{reason}");
    let (place, field, reason) = invalid(&example_with("pcm_slot = 1", "pcm_slot = 0"));
    assert_eq!((place.as_str(), field), ("port fxs2", "pcm_slot"));
    assert_eq!(reason, "slot 0 is already used by port fxs1");
    let (_, field, _) = invalid(&example_with("slots = 4", "slots = 0"));
    assert_eq!(field, "slots");
    let (_, field, _) = invalid(&example_with("slots = 4", "slots = 33"));
    assert_eq!(field, "slots");
}

#[test]
fn devices_and_reset_lines_belong_to_one_port() {
    let (place, field, reason) = invalid(&example_with(
        "spi = \"/dev/spidev0.1\"",
        "spi = \"/dev/spidev0.0\"",
    ));
    assert_eq!((place.as_str(), field), ("port fxs2", "spi"));
    assert!(reason.ends_with("already used by port fxs1"), "{reason}");
    let (_, field, reason) = invalid(&example_with("line = 12", "line = 5"));
    assert_eq!(field, "reset");
    assert!(reason.contains("/dev/gpiochip0 line 5"), "{reason}");
    let (place, field, _) = invalid(&example_with("name = \"fxs2\"", "name = \"fxs1\""));
    assert_eq!((place.as_str(), field), ("port fxs1", "name"));
}

#[test]
fn interrupt_lines_may_be_shared_but_not_be_a_reset_or_the_button() {
    // fxs1 and fxs2 already share line 6 in the example.
    assert!(parse(EXAMPLE).is_ok());
    let (place, field, reason) = invalid(&example_with("line = 6 }", "line = 13 }"));
    assert_eq!((place.as_str(), field), ("port fxs1", "irq"));
    assert_eq!(reason, "is the reset line of port fxo1");
    let (_, field, reason) = invalid(&example_with("line = 21", "line = 5"));
    assert_eq!(
        (field, reason.as_str()),
        ("reset", "is the factory-reset button")
    );
}

#[test]
fn paths_must_be_the_right_kind_of_device() {
    let (_, field, _) = invalid(&example_with(
        "spi = \"/dev/spidev0.2\"",
        "spi = \"/dev/ttyS0\"",
    ));
    assert_eq!(field, "spi");
    let (_, field, _) = invalid(&example_with(
        "irq = { chip = \"/dev/gpiochip0\"",
        "irq = { chip = \"gpio0\"",
    ));
    assert_eq!(field, "irq");
    let (_, field, _) = invalid(&example_with("device = \"hw:0,0\"", "device = \"default\""));
    assert_eq!(field, "device");
    let (_, field, _) = invalid(&example_with("spi_hz = 2000000", "spi_hz = 50000000"));
    assert_eq!(field, "spi_hz");
}

#[test]
fn loop_current_is_for_fxs_ports_within_the_chips_range() {
    let (place, field, _) = invalid(&example_with(
        "spi_hz = 2000000",
        "spi_hz = 2000000\nloop_current_ma = 20",
    ));
    assert_eq!((place.as_str(), field), ("port fxo1", "loop_current_ma"));
    let (_, field, reason) = invalid(&example_with(
        "loop_current_ma = 26",
        "loop_current_ma = 45",
    ));
    assert_eq!(
        (field, reason.as_str()),
        ("loop_current_ma", "45 mA is outside 20..=41")
    );
}

#[test]
fn names_are_short_plain_words_and_a_board_has_ports() {
    let (_, field, _) = invalid(&example_with("name = \"fxo1\"", "name = \"fxo 1\""));
    assert_eq!(field, "name");
    let text = EXAMPLE.split("[[port]]").next().unwrap();
    let (place, field, _) = invalid(text);
    assert_eq!((place.as_str(), field), ("board", "port"));
}

#[test]
fn a_missing_file_names_the_path() {
    let err = load(Path::new("/nonexistent/board.toml"))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("board file /nonexistent/board.toml: cannot read"),
        "{err}"
    );
}

#[test]
fn the_reset_button_hold_time_is_between_one_second_and_a_minute() {
    let with = |extra: &str| example_with("line = 21\n", &format!("line = 21\n{extra}\n"));
    let board = parse(&with("hold_secs = 5\nactive_low = false")).unwrap();
    let button = board.factory_reset.unwrap();
    assert_eq!((button.hold_secs, button.active_low), (5, false));
    for bad in ["hold_secs = 0", "hold_secs = 61"] {
        let (place, field, reason) = invalid(&with(bad));
        assert_eq!(
            (place.as_str(), field),
            ("board", "factory_reset.hold_secs"),
            "{bad}"
        );
        assert!(reason.contains("1..=60"), "{reason}");
    }
    assert!(matches!(
        parse(&with("hold = 5")),
        Err(BoardFileError::Syntax(e)) if e.contains("hold")
    ));
}

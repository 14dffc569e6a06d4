//! The health check after a boot from a freshly written slot: the slot is marked good only when
//! SIP, HTTP and the store are all up before the deadline; otherwise the box gives up so that
//! U-Boot's tries run out and the previous slot boots. Time (milliseconds) is an input.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Sip,
    Http,
    Store,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Sip, Part::Http, Part::Store];

    pub fn name(self) -> &'static str {
        match self {
            Part::Sip => "sip",
            Part::Http => "http",
            Part::Store => "store",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Ask again (probe the parts still down) no later than this time.
    Waiting {
        until: u64,
    },
    Healthy,
    /// The deadline passed with these parts still down.
    Failed {
        down: Vec<Part>,
    },
}

#[derive(Debug, Clone)]
pub struct HealthCheck {
    deadline: u64,
    up: [bool; 3],
}

impl HealthCheck {
    pub fn new(now: u64, timeout_ms: u64) -> HealthCheck {
        HealthCheck {
            deadline: now.saturating_add(timeout_ms),
            up: [false; 3],
        }
    }

    /// The parts not yet seen up, which the caller should probe.
    pub fn down(&self) -> Vec<Part> {
        Part::ALL
            .into_iter()
            .filter(|&p| !self.up[p as usize])
            .collect()
    }

    pub fn report_up(&mut self, part: Part) {
        self.up[part as usize] = true;
    }

    pub fn verdict(&self, now: u64) -> Verdict {
        let down = self.down();
        if down.is_empty() {
            Verdict::Healthy
        } else if now >= self.deadline {
            Verdict::Failed { down }
        } else {
            Verdict::Waiting {
                until: self.deadline,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn healthy_when_all_parts_are_up_in_time() {
        let mut check = HealthCheck::new(1000, 30_000);
        check.report_up(Part::Store);
        check.report_up(Part::Http);
        assert_eq!(check.verdict(20_000), Verdict::Waiting { until: 31_000 });
        assert_eq!(check.down(), vec![Part::Sip]);
        check.report_up(Part::Sip);
        assert_eq!(check.verdict(30_999), Verdict::Healthy);
    }

    #[test]
    fn fails_at_the_deadline_naming_what_is_down() {
        let mut check = HealthCheck::new(0, 5_000);
        check.report_up(Part::Store);
        assert_eq!(
            check.verdict(5_000),
            Verdict::Failed {
                down: vec![Part::Sip, Part::Http]
            }
        );
        // Up after the deadline still counts: the parts were checked again and are healthy.
        check.report_up(Part::Sip);
        check.report_up(Part::Http);
        assert_eq!(check.verdict(6_000), Verdict::Healthy);
    }
}

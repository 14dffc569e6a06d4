//! Tags, branches and Call-IDs from a seeded generator (the runtime seeds it from the OS;
//! tests seed it with a constant so runs repeat exactly).

pub struct IdGen {
    state: u64,
}

impl IdGen {
    pub fn new(seed: u64) -> IdGen {
        IdGen { state: seed }
    }

    /// splitmix64: fast, and good enough for identifiers that must not collide.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn tag(&mut self) -> String {
        format!("{:016x}", self.next_u64())
    }

    pub fn branch(&mut self) -> String {
        format!("z9hG4bK-epx-{:016x}", self.next_u64())
    }

    pub fn call_id(&mut self) -> String {
        format!(
            "{:016x}{:08x}@edgepbx",
            self.next_u64(),
            self.next_u64() as u32
        )
    }
}

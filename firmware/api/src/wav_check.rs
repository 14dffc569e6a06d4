//! What a prompt file must be to play as the built-in prompts do: a WAV of 8 kHz mono
//! 16-bit PCM or µ-law, reading the header only (the runtime decodes it when played).

/// The length in ms of a playable prompt WAV, or why it is not one.
pub fn prompt_ms(bytes: &[u8]) -> Result<u64, &'static str> {
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err("not a WAV file");
    }
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at =
        |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let mut at = 12;
    let mut bytes_per_sample = None;
    while at + 8 <= bytes.len() {
        let size = u32_at(at + 4) as usize;
        let body = at + 8;
        match &bytes[at..at + 4] {
            b"fmt " => {
                if size < 16 || body + 16 > bytes.len() {
                    return Err("a WAV format chunk that is cut short");
                }
                let (format, channels, rate, bits) = (
                    u16_at(body),
                    u16_at(body + 2),
                    u32_at(body + 4),
                    u16_at(body + 14),
                );
                if channels != 1 || rate != 8000 {
                    return Err("not 8 kHz mono");
                }
                bytes_per_sample = match (format, bits) {
                    (1, 16) => Some(2),
                    (7, 8) => Some(1),
                    _ => return Err("neither 16-bit PCM nor µ-law"),
                };
            }
            b"data" => {
                let per = bytes_per_sample.ok_or("audio data before the format chunk")?;
                let len = size.min(bytes.len() - body);
                if len < per {
                    return Err("no audio");
                }
                return Ok((len / per) as u64 / 8);
            }
            _ => {}
        }
        at = body.saturating_add(size + (size & 1));
    }
    Err("no audio data chunk")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wav(format: u16, rate: u32, bits: u16, data: &[u8]) -> Vec<u8> {
        let mut w = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        w.extend(16u32.to_le_bytes());
        w.extend(format.to_le_bytes());
        w.extend(1u16.to_le_bytes());
        w.extend(rate.to_le_bytes());
        w.extend((rate * u32::from(bits) / 8).to_le_bytes());
        w.extend((bits / 8).to_le_bytes());
        w.extend(bits.to_le_bytes());
        w.extend(b"data");
        w.extend((data.len() as u32).to_le_bytes());
        w.extend(data);
        w
    }

    #[test]
    fn only_8_khz_mono_pcm_or_ulaw_with_audio_passes() {
        assert_eq!(prompt_ms(&wav(1, 8000, 16, &[0; 16_000])), Ok(1000));
        assert_eq!(prompt_ms(&wav(7, 8000, 8, &[0xFF; 4000])), Ok(500));
        assert!(prompt_ms(&wav(1, 16_000, 16, &[0; 100])).is_err());
        assert!(prompt_ms(&wav(3, 8000, 32, &[0; 100])).is_err());
        assert!(prompt_ms(&wav(1, 8000, 16, &[])).is_err());
        assert!(prompt_ms(b"ID3 not a wav").is_err());
        let mut cut = wav(1, 8000, 16, &[0; 10]);
        cut.truncate(30);
        assert!(prompt_ms(&cut).is_err());
    }
}

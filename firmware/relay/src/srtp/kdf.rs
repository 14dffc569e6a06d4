//! AES counter mode (RFC 3711 §4.1.1) and the session key derivation built on it (§4.3.1,
//! key derivation rate 0 as SDES negotiates by default).

use aes::Aes128;
use aes::cipher::{BlockEncrypt, generic_array::GenericArray};

/// XORs `data` with the keystream AES(iv), AES(iv + 1), ... (the counter is the IV's low
/// 16 bits plus the block number, as a 128-bit integer).
pub(super) fn keystream_xor(cipher: &Aes128, iv: [u8; 16], data: &mut [u8]) {
    let base = u128::from_be_bytes(iv);
    for (n, chunk) in data.chunks_mut(16).enumerate() {
        let mut block = GenericArray::from(base.wrapping_add(n as u128).to_be_bytes());
        cipher.encrypt_block(&mut block);
        for (d, k) in chunk.iter_mut().zip(block.iter()) {
            *d ^= k;
        }
    }
}

/// Session key number `label` (0 RTP cipher, 1 RTP auth, 2 RTP salt, 3..5 the same for RTCP):
/// the keystream of the master key at IV = (master salt XOR label << 48) << 16.
pub(super) fn derive(master_key: &[u8; 16], master_salt: &[u8; 14], label: u8, out: &mut [u8]) {
    use aes::cipher::KeyInit;
    let cipher = Aes128::new(GenericArray::from_slice(master_key));
    let mut iv = [0u8; 16];
    iv[..14].copy_from_slice(master_salt);
    iv[7] ^= label;
    out.fill(0);
    keystream_xor(&cipher, iv, out);
}

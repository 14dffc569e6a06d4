//! Quantiser, scale-factor and filter tables of ITU-T G.722 (SB-ADPCM), as given in the
//! Recommendation's tables (decision levels, inverse quantiser outputs, log-scale factors).

/// Transmit/receive QMF coefficients h0, h2, ..., h22 (the odd ones are these, reversed).
pub const QMF: [i32; 12] = [3, -11, 12, 32, -210, 951, 3876, -805, 362, -156, 53, -11];

/// Lower-band 6-bit quantiser decision levels (scaled by 2^12 relative to the scale factor).
pub const Q6: [i32; 32] = [
    0, 35, 72, 110, 150, 190, 233, 276, 323, 370, 422, 473, 530, 587, 650, 714, 786, 858, 940,
    1023, 1121, 1219, 1339, 1458, 1612, 1765, 1980, 2195, 2557, 2919, 0, 0,
];

/// Lower-band code for a negative difference in interval i.
pub const ILN: [i32; 32] = [
    0, 63, 62, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11,
    10, 9, 8, 7, 6, 5, 4, 0,
];

/// Lower-band code for a positive difference in interval i.
pub const ILP: [i32; 32] = [
    0, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39,
    38, 37, 36, 35, 34, 33, 32, 0,
];

/// Lower-band log-scale-factor multipliers.
pub const WL: [i32; 8] = [-60, -30, 58, 172, 334, 538, 1198, 3042];

/// 4-bit lower-band code -> WL index.
pub const RL42: [i32; 16] = [0, 7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2, 1, 0];

/// Inverse log-scale table (2^(i/32) scaled).
pub const ILB: [i32; 32] = [
    2048, 2093, 2139, 2186, 2233, 2282, 2332, 2383, 2435, 2489, 2543, 2599, 2656, 2714, 2774, 2834,
    2896, 2960, 3025, 3091, 3158, 3228, 3298, 3371, 3444, 3520, 3597, 3676, 3756, 3838, 3922, 4008,
];

/// Lower-band 4-bit inverse quantiser outputs (used by the predictor in every mode).
pub const QM4: [i32; 16] = [
    0, -20456, -12896, -8968, -6288, -4240, -2584, -1200, 20456, 12896, 8968, 6288, 4240, 2584,
    1200, 0,
];

/// Lower-band 6-bit inverse quantiser outputs (64 kbit/s reconstruction).
pub const QM6: [i32; 64] = [
    -136, -136, -136, -136, -24808, -21904, -19008, -16704, -14984, -13512, -12280, -11192, -10232,
    -9360, -8576, -7856, -7192, -6576, -6000, -5456, -4944, -4464, -4008, -3576, -3168, -2776,
    -2400, -2032, -1688, -1360, -1040, -728, 24808, 21904, 19008, 16704, 14984, 13512, 12280,
    11192, 10232, 9360, 8576, 7856, 7192, 6576, 6000, 5456, 4944, 4464, 4008, 3576, 3168, 2776,
    2400, 2032, 1688, 1360, 1040, 728, 432, 136, -432, -136,
];

/// Higher-band 2-bit inverse quantiser outputs.
pub const QM2: [i32; 4] = [-7408, -1616, 7408, 1616];

/// Higher-band codes for negative / positive differences (index = magnitude interval).
pub const IHN: [i32; 3] = [0, 1, 0];
pub const IHP: [i32; 3] = [0, 3, 2];

/// Higher-band log-scale-factor multipliers and code -> index map.
pub const WH: [i32; 3] = [0, -214, 798];
pub const RH2: [i32; 4] = [2, 1, 2, 1];

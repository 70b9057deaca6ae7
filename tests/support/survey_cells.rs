//! The cells of generated survey files (benches/responses.rs,
//! tests/memory/stream_memory.rs): subjects of the hotel model and SERVQUAL
//! dimensions, channels and sites, an empty cell for "not given".

/// Phases of the hotel model and quality dimensions.
pub const SUBJECTS: [&str; 10] = [
    "stay/reservation",
    "stay/check-in",
    "stay/room",
    "stay/check-out",
    "empathy",
    "reliability",
    "responsiveness",
    "assurance",
    "tangibles",
    "visit/restaurant",
];
/// Channels, the last not given.
pub const CHANNELS: [&str; 5] = ["face-to-face", "telephone", "email", "chat", ""];
/// Sites, the last not given.
pub const SITES: [&str; 3] = ["krakow", "gdansk", ""];

//! The ids of the built-in packs: what a model or a rule may name without
//! adding a pack of its own.

/// The ids of the built-in packs, in the order
/// [`Pack::builtins`](super::Pack::builtins) lists them.
pub(crate) const BUILTIN: &[&str] = &[
    "general",
    "hotel",
    "shop",
    "contact-centre",
    "restaurant",
    "bank",
    "workshop",
    "e-shop",
    "clinic",
    "fitness",
    "telecom",
    "airline",
    "public-office",
];

//! How a number is written for people: how many decimals, which minus
//! sign, which decimal separator. A leaf of the wording: targets (in their
//! English `Display`), plans and charts write their decimals through it,
//! and each language's table gives its separator
//! ([`Locale::number`](crate::standard::Locale)).

/// How a number is written for people: how many decimals, and which minus
/// sign. The locale gives the decimal separator ([`Locale::number`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Number {
    decimals: usize,
    /// Trailing zeros after the separator (and a separator left alone) dropped.
    trimmed: bool,
    /// A true minus sign (`−`), and no minus on a value that shows as zero.
    typeset: bool,
}

impl Number {
    /// Exactly `decimals` decimals, rounded: `1.50`, `-0.25`.
    pub(crate) const fn fixed(decimals: usize) -> Self {
        Self { decimals, trimmed: false, typeset: false }
    }

    /// At most `decimals` decimals, rounded, without trailing zeros: `2.5`, `3`.
    pub(crate) const fn up_to(decimals: usize) -> Self {
        Self { decimals, trimmed: true, typeset: false }
    }

    /// The same, with a true minus sign (`−1.25`), and a value that rounds
    /// to zero written without one (`0.00`, never `−0.00`): for charts.
    #[cfg_attr(not(feature = "charts"), allow(dead_code, reason = "used by the charts"))]
    pub(crate) const fn typeset(self) -> Self {
        Self { typeset: true, ..self }
    }
}

/// `value` written as `format` says, with `separator` between the whole
/// part and the decimals (`1.5`, `1,5`).
pub(crate) fn write(value: f64, format: Number, separator: char) -> String {
    let decimals = format.decimals;
    let mut text = format!("{value:.decimals$}");
    if format.typeset && text.trim_start_matches(['-', '0', '.']).is_empty() {
        text = format!("{:.decimals$}", 0.0);
    }
    if format.trimmed && text.contains('.') {
        text.truncate(text.trim_end_matches('0').trim_end_matches('.').len());
    }
    if format.typeset {
        text = text.replace('-', "\u{2212}");
    }
    if separator != '.' {
        text = text.replace('.', separator.encode_utf8(&mut [0; 4]));
    }
    text
}

//! Distances in targets: "acknowledge the guest from three metres away".

use std::{fmt, str::FromStr};

use crate::{error::Entity, error::Error};

/// A distance, held in whole millimetres, from 1 mm to [`Distance::MAX`].
///
/// Documents write it in metres (`"3m"`, `"2.5m"`) or feet (`"10ft"`, read
/// as 3.048 m); it is always written back in metres, which both locales
/// show. It is read only as its schema describes it: digits (leading zeros
/// are digits too: `03m` is 3 m), at most three decimals after a point,
/// at most one space before the unit, and no sign or other white space.
///
/// # Examples
///
/// ```
/// use service_standards::standard::Distance;
///
/// let d: Distance = "10ft".parse()?;
/// assert_eq!(d.millimetres(), 3048);
/// assert_eq!(d.to_string(), "3.048m");
/// assert_eq!(Distance::metres(3).to_string(), "3m");
/// assert!("-2m".parse::<Distance>().is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Distance {
    millimetres: u32,
}

impl Distance {
    /// The longest distance a standard may name: one kilometre.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert_eq!(Distance::MAX, Distance::metres(1000));
    /// assert!(!Distance::metres(1001).is_in_range());
    /// ```
    pub const MAX: Self = Self { millimetres: 1_000_000 };

    /// A distance of `millimetres` millimetres.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert_eq!(Distance::from_millimetres(2500).to_string(), "2.5m");
    /// ```
    #[must_use]
    pub const fn from_millimetres(millimetres: u32) -> Self {
        Self { millimetres }
    }

    /// A distance of `metres` whole metres (saturating: a value too large is
    /// out of range, never wrapped).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert_eq!(Distance::metres(3).millimetres(), 3000);
    /// ```
    #[must_use]
    pub const fn metres(metres: u32) -> Self {
        Self { millimetres: metres.saturating_mul(1000) }
    }

    /// A distance of `feet` feet (1 ft = 304.8 mm).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert_eq!(Distance::feet(10).millimetres(), 3048);
    /// ```
    #[must_use]
    pub const fn feet(feet: u32) -> Self {
        Self { millimetres: feet.saturating_mul(3048) / 10 }
    }

    /// The distance in millimetres.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert_eq!(Distance::metres(1).millimetres(), 1000);
    /// ```
    #[must_use]
    pub const fn millimetres(self) -> u32 {
        self.millimetres
    }

    /// Whether the distance is above zero and at most [`MAX`](Self::MAX).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert!(Distance::metres(3).is_in_range());
    /// assert!(!Distance::from_millimetres(0).is_in_range());
    /// ```
    #[must_use]
    pub const fn is_in_range(self) -> bool {
        self.millimetres > 0 && self.millimetres <= Self::MAX.millimetres
    }

    /// Whole metres and the millimetres after them.
    pub(crate) const fn parts(self) -> (u32, u32) {
        (self.millimetres / 1000, self.millimetres % 1000)
    }
}

/// `3m`, `2.5m`, `3.048m`: metres, with as many decimals as needed.
impl fmt::Display for Distance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, rest) = self.parts();
        if rest == 0 {
            write!(f, "{whole}m")
        } else {
            let decimals = format!("{rest:03}");
            write!(f, "{whole}.{}m", decimals.trim_end_matches('0'))
        }
    }
}

impl FromStr for Distance {
    type Err = Error;

    /// Reads `3m`, `2.5m`, `0.75 m` or `10ft` (up to three decimals).
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::malformed(Entity::Distance, s.to_owned(), EXPECTED);
        let (number, unit) = if let Some(n) = s.strip_suffix("ft") {
            (n, Unit::Feet)
        } else if let Some(n) = s.strip_suffix('m') {
            (n, Unit::Metres)
        } else {
            return Err(invalid());
        };
        // At most one space before the unit.
        let number = number.strip_suffix(' ').unwrap_or(number);
        let thousandths = thousandths(number).ok_or_else(invalid)?;
        let millimetres = match unit {
            Unit::Metres => thousandths,
            // thousandths of a foot × 0.3048 mm
            Unit::Feet => thousandths.checked_mul(3048).map(|n| (n + 5000) / 10_000).ok_or_else(invalid)?,
        };
        let distance = Self { millimetres: u32::try_from(millimetres).map_err(|_| invalid())? };
        if distance.is_in_range() { Ok(distance) } else { Err(invalid()) }
    }
}

/// What a distance looks like, for messages.
pub(crate) const EXPECTED: &str = "metres or feet above zero, e.g. 3m, 2.5m or 10ft";

enum Unit {
    Metres,
    Feet,
}

/// A decimal number with at most three decimals (at least one after a
/// point), in thousandths.
fn thousandths(number: &str) -> Option<u64> {
    let (whole, fraction) = match number.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (number, ""),
    };
    if whole.is_empty()
        || fraction.len() > 3
        || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    if whole.len() > 9 {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let fraction: u64 = if fraction.is_empty() { 0 } else { format!("{fraction:0<3}").parse().ok()? };
    Some(whole * 1000 + fraction)
}

crate::text_serde::serde_as_str!(Distance, "a distance such as \"3m\" or \"10ft\"");

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Distance {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Distance".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "a distance in metres or feet: 3m, 2.5m, 10ft",
            "type": "string",
            "pattern": "^[0-9]+(\\.[0-9]{1,3})? ?(m|ft)$",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_metres_and_feet() {
        assert_eq!("3m".parse::<Distance>().unwrap(), Distance::metres(3));
        assert_eq!("2.5 m".parse::<Distance>().unwrap().millimetres(), 2500);
        assert_eq!("0.001m".parse::<Distance>().unwrap().millimetres(), 1);
        assert_eq!("10ft".parse::<Distance>().unwrap().millimetres(), 3048);
        assert_eq!("1ft".parse::<Distance>().unwrap().millimetres(), 305);
        assert_eq!("1000m".parse::<Distance>().unwrap(), Distance::MAX);
        assert_eq!("03m".parse::<Distance>().unwrap(), Distance::metres(3));
        for bad in [
            "",
            "m",
            "3",
            "-3m",
            "0m",
            "1001m",
            "3.0001m",
            "3,5m",
            "3km",
            "99999999999m",
            ".5m",
            "+3m",
            " 3m",
            "3m ",
            "3  m",
            "3.m",
        ] {
            assert!(bad.parse::<Distance>().is_err(), "{bad}");
        }
    }

    #[test]
    fn writes_what_it_reads() {
        for mm in [1, 10, 305, 2500, 3048, 1_000_000] {
            let d = Distance::from_millimetres(mm);
            assert_eq!(d.to_string().parse::<Distance>().unwrap(), d, "{mm}");
        }
    }
}

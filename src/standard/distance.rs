//! Distances in targets: "acknowledge the guest from three metres away".

use std::{fmt, str::FromStr};

use crate::{error::Entity, error::Error};

/// A distance, in metres or feet, as it was given: from 1 mm to
/// [`Distance::MAX`], to the thousandth of its unit.
///
/// Documents write it in metres (`"3m"`, `"2.5m"`) or feet (`"10ft"`). It
/// keeps the unit it was given in: it is written back in that unit, and
/// shown to people in that unit in every locale ("from 10 feet away", "z
/// odległości 10 stóp"). Converting would show a precision nobody measured
/// ("3.048 metres") or, rounded, change the target; the author's number is
/// the standard. Comparisons of length ([`millimetres`](Self::millimetres),
/// a target's strictness, a measurement against a target) hold across units;
/// equality does not (`10ft` and `3.048m` read differently, so they are not
/// the same value). It is read only as its schema describes it: digits
/// (leading zeros are digits too: `03m` is 3 m), at most three decimals
/// after a point, at most one space before the unit, and no sign or other
/// white space.
///
/// # Examples
///
/// ```
/// use service_standards::{Locale, Target, standard::Distance};
///
/// let d: Distance = "10ft".parse()?;
/// assert_eq!(d.millimetres(), 3048);
/// assert_eq!(d.to_string(), "10ft");
/// assert_eq!(Target::FromDistance(d).to_string(), "from 10 feet away");
/// assert_eq!(Locale::Polish.target(Target::FromDistance(d)), "z odległości 10 stóp");
/// assert_eq!(Distance::metres(3).to_string(), "3m");
/// assert!(Distance::metres(3) < d);
/// assert!("-2m".parse::<Distance>().is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Distance {
    /// The number given, in thousandths of `unit`.
    thousandths: u32,
    unit: LengthUnit,
}

/// The unit a [`Distance`] was given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum LengthUnit {
    Metres,
    Feet,
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
    pub const MAX: Self = Self { thousandths: 1_000_000, unit: LengthUnit::Metres };

    /// A distance of `millimetres` millimetres (given in metres).
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
        Self { thousandths: millimetres, unit: LengthUnit::Metres }
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
        Self { thousandths: metres.saturating_mul(1000), unit: LengthUnit::Metres }
    }

    /// A distance of `feet` whole feet (1 ft = 304.8 mm), kept in feet
    /// (saturating, like [`metres`](Self::metres)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert_eq!(Distance::feet(10).millimetres(), 3048);
    /// assert_eq!(Distance::feet(10).to_string(), "10ft");
    /// ```
    #[must_use]
    pub const fn feet(feet: u32) -> Self {
        Self { thousandths: feet.saturating_mul(1000), unit: LengthUnit::Feet }
    }

    /// The distance in millimetres (a distance in feet rounded to the
    /// nearest millimetre).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Distance;
    ///
    /// assert_eq!(Distance::metres(1).millimetres(), 1000);
    /// assert_eq!("1ft".parse::<Distance>()?.millimetres(), 305);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn millimetres(self) -> u32 {
        match self.unit {
            LengthUnit::Metres => self.thousandths,
            // Thousandths of a foot × 0.3048 mm, rounded: at most
            // u32::MAX × 0.3048, so the cast back loses nothing.
            LengthUnit::Feet => ((self.thousandths as u64 * 3048 + 5000) / 10_000) as u32,
        }
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
        let millimetres = self.millimetres();
        millimetres > 0 && millimetres <= Self::MAX.thousandths
    }

    /// The number as given, in thousandths of its unit, and the unit.
    pub(crate) const fn given(self) -> (u32, LengthUnit) {
        (self.thousandths, self.unit)
    }
}

/// Distances are ordered by length; equal lengths in different units (or
/// written differently) by unit, then number, so that the order agrees with
/// equality.
impl Ord for Distance {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.millimetres()
            .cmp(&other.millimetres())
            .then_with(|| self.unit.cmp(&other.unit))
            .then_with(|| self.thousandths.cmp(&other.thousandths))
    }
}

impl PartialOrd for Distance {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// `3m`, `2.5m`, `3.048m`, `10ft`: the number as given, with as many
/// decimals as needed, and its unit.
impl fmt::Display for Distance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, rest) = (self.thousandths / 1000, self.thousandths % 1000);
        if rest == 0 {
            write!(f, "{whole}")?;
        } else {
            let decimals = format!("{rest:03}");
            write!(f, "{whole}.{}", decimals.trim_end_matches('0'))?;
        }
        f.write_str(match self.unit {
            LengthUnit::Metres => "m",
            LengthUnit::Feet => "ft",
        })
    }
}

impl FromStr for Distance {
    type Err = Error;

    /// Reads `3m`, `2.5m`, `0.75 m` or `10ft` (up to three decimals).
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::malformed(Entity::Distance, s.to_owned(), EXPECTED);
        let (number, unit) = if let Some(n) = s.strip_suffix("ft") {
            (n, LengthUnit::Feet)
        } else if let Some(n) = s.strip_suffix('m') {
            (n, LengthUnit::Metres)
        } else {
            return Err(invalid());
        };
        // At most one space before the unit.
        let number = number.strip_suffix(' ').unwrap_or(number);
        let thousandths = thousandths(number).ok_or_else(invalid)?;
        let distance = Self { thousandths: u32::try_from(thousandths).map_err(|_| invalid())?, unit };
        if distance.is_in_range() { Ok(distance) } else { Err(invalid()) }
    }
}

/// What a distance looks like, for messages.
pub(crate) const EXPECTED: &str = "metres or feet above zero, e.g. 3m, 2.5m or 10ft";

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
        for feet in ["1ft", "2.5ft", "10ft", "0.004ft", "3280.84ft"] {
            let d: Distance = feet.parse().unwrap();
            assert_eq!(d.to_string(), feet);
            assert_eq!(d.to_string().parse::<Distance>().unwrap(), d, "{feet}");
        }
    }

    #[test]
    fn feet_stay_feet_and_compare_by_length() {
        let ten_feet = Distance::feet(10);
        assert_eq!(ten_feet.given(), (10_000, LengthUnit::Feet));
        assert_eq!(ten_feet.millimetres(), Distance::from_millimetres(3048).millimetres());
        assert_ne!(ten_feet, Distance::from_millimetres(3048));
        assert!(Distance::metres(3) < ten_feet && ten_feet < Distance::metres(4));
        assert_eq!(Distance::feet(1).millimetres(), "1ft".parse::<Distance>().unwrap().millimetres());
        assert!(!Distance::feet(u32::MAX).is_in_range());
        assert!(!"0.001ft".parse::<Distance>().is_ok_and(Distance::is_in_range));
    }
}

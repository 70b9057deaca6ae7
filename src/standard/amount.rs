//! Amounts of money in targets: "settle complaints on the spot up to 100 EUR".

use std::{fmt, str::FromStr};

use crate::{error::Entity, error::Error};

/// A whole amount of money in a currency named by its ISO 4217 code, such
/// as an empowerment limit. Written `"100 EUR"`, and read only in that
/// form: digits (leading zeros are digits too), one space, three capital
/// letters, and no sign, exponent or other white space.
///
/// # Examples
///
/// ```
/// use service_standards::standard::Amount;
///
/// let limit: Amount = "250 PLN".parse()?;
/// assert_eq!(limit.value(), 250);
/// assert_eq!(limit.currency(), "PLN");
/// assert_eq!(limit.to_string(), "250 PLN");
/// assert!("250 zł".parse::<Amount>().is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount {
    value: u32,
    currency: [u8; 3],
}

impl Amount {
    /// The largest amount a standard may name: 1,000,000,000.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Amount;
    ///
    /// assert_eq!(Amount::MAX_VALUE, 1_000_000_000);
    /// ```
    pub const MAX_VALUE: u32 = 1_000_000_000;

    /// `value` in `currency` (three upper-case letters, such as `EUR`).
    ///
    /// # Errors
    ///
    /// an error about [`Entity::Amount`](crate::error::Entity::Amount) when the currency is not
    /// three letters `A`–`Z`, or the value is zero or above [`MAX_VALUE`](Self::MAX_VALUE).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Amount;
    ///
    /// assert_eq!(Amount::new(100, "EUR")?.to_string(), "100 EUR");
    /// assert!(Amount::new(0, "EUR").is_err());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn new(value: u32, currency: &str) -> Result<Self, Error> {
        let invalid = || Error::malformed(Entity::Amount, format!("{value} {currency}"), EXPECTED);
        let code: [u8; 3] = currency.as_bytes().try_into().map_err(|_| invalid())?;
        if code.iter().all(u8::is_ascii_uppercase) && value > 0 && value <= Self::MAX_VALUE {
            Ok(Self { value, currency: code })
        } else {
            Err(invalid())
        }
    }

    /// The amount, in whole units of the currency.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("100 EUR".parse::<service_standards::standard::Amount>()?.value(), 100);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn value(&self) -> u32 {
        self.value
    }

    /// The currency's ISO 4217 code.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("100 EUR".parse::<service_standards::standard::Amount>()?.currency(), "EUR");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn currency(&self) -> &str {
        std::str::from_utf8(&self.currency).unwrap_or_default()
    }
}

/// What an amount looks like, for messages.
pub(crate) const EXPECTED: &str = "a whole amount and a currency code, e.g. 100 EUR";

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value, self.currency())
    }
}

impl FromStr for Amount {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::malformed(Entity::Amount, s.to_owned(), EXPECTED);
        let (value, currency) = s.split_once(' ').ok_or_else(invalid)?;
        if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let value: u32 = value.parse().map_err(|_| invalid())?;
        Self::new(value, currency).map_err(|_| invalid())
    }
}

crate::text_serde::serde_as_str!(Amount, "an amount such as \"100 EUR\"");

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "a whole amount and an ISO 4217 currency code: 100 EUR",
            "type": "string",
            "pattern": "^[0-9]+ [A-Z]{3}$",
        })
    }
}

//! One way to write a builder's setters.
//!
//! A dozen lines of `macro_rules!` rather than a builder-derive crate: such
//! a crate writes the public builders and their `build()` its own way,
//! while here `build()` is written beside each type to report every
//! violation with its path (DESIGN.md), and only the setters, which never
//! fail, are this plain.

/// Writes a builder's setters. Each takes the builder by value, does what
/// its body says to one field of it, and returns it (`#[must_use]`, as every
/// setter is). A body is written as if `self.` began it: the field, then
/// what happens to it.
///
/// ```text
/// impl StepBuilder {
///     setters! {
///         /// Sets what kind of moment this is (required).
///         fn moment(moment: MomentKind) { moment = Some(moment) }
///         /// Adds channels of its own.
///         fn channels(channels: impl IntoIterator<Item = Channel>) { channels.extend(channels) }
///     }
/// }
/// ```
macro_rules! setters {
    ($(
        $(#[$attr:meta])*
        fn $name:ident($($arg:ident: $ty:ty),*) { $field:ident $($change:tt)* }
    )*) => {$(
        $(#[$attr])*
        #[must_use]
        pub fn $name(mut self, $($arg: $ty),*) -> Self {
            self.$field $($change)*;
            self
        }
    )*};
}
pub(crate) use setters;

mod locale;
mod set;
mod set_diff_properties;
mod targets;
mod words;

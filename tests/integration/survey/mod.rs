mod import_csv;
mod key_drivers;
mod mapping;
mod presets;
mod responses;
mod statistics;

mod import_csv;
mod key_drivers;
mod responses;
mod statistics;

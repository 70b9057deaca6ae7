mod import_csv;
mod mapping;
mod presets;
mod responses;

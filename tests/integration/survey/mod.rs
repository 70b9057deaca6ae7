mod import_csv;
mod mapping;
mod responses;

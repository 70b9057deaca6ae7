mod import_csv;
mod responses;

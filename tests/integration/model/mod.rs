mod api;
mod fixtures_load;
mod readable_text;
mod validation;

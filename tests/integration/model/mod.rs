mod api;
mod facts;
mod fixtures_load;
mod readable_text;
mod validation;

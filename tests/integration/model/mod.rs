mod api;
mod facts;
mod readable_text;
mod validation;

mod api;
mod readable_text;
mod validation;

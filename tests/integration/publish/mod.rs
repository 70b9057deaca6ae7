mod blueprint_escaping;
mod hotel;

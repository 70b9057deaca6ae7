mod plan;
mod practice;
mod practice_large;

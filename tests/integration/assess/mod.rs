mod plan;
mod plan_action;
mod practice;
mod practice_large;

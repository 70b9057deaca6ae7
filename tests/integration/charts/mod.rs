//! The SVG charts: how they are drawn (marks, escaping, extremes) and how
//! they read (periods in time order, names, titles, axes, order of rows).

mod drawing;
mod periods;
mod reading;

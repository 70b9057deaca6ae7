//! Horizontal bar charts: [`BarChart`], its rows and how it places bars.

use plotters::coord::combinators::BindKeyPoints;
use plotters::element::{EmptyElement, PathElement, Rectangle, Text};
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::{Color, RGBColor, WHITE};

use crate::standard::Locale;

use super::LINE_CHARS;
use super::axis::{SCALE, Ticks, Unit, finite_range, nearest, scaled};
use super::draw::{
    CHAR_WIDTH, GREY, GRID, Header, INK, LINE_HEIGHT, MARGIN_BOTTOM, TEXT_SIZE, TITLE_INK, WIDTH, chart_on,
    no_data, note_style, style, svg, widest,
};
use super::words::ChartText;
use super::wrap::wrap;

/// The rows of a bar chart in tenths of a pixel.
pub(super) const ROW_UNITS: i32 = 10;

/// How a bar chart colours and places its bars.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// A bar per series, side by side, in the series' colours.
    Grouped,
    /// One bar, in the first series' colour below zero, the second's above.
    BySign,
    /// One bar of the series' values end to end.
    Stacked,
}

pub(super) struct Legend {
    pub(super) name: String,
    pub(super) colour: RGBColor,
}

impl Legend {
    pub(super) fn new(name: &str, colour: RGBColor) -> Self {
        Self { name: name.to_owned(), colour }
    }
}

/// A row of a bar chart: its label, a value per series (and optionally its
/// interval), or a note instead of bars; text after the bar.
pub(super) struct Row {
    pub(super) label: String,
    pub(super) values: Vec<Option<f64>>,
    pub(super) intervals: Vec<Option<(f64, f64)>>,
    pub(super) note: Option<String>,
    pub(super) end: Option<String>,
}

impl Row {
    pub(super) fn new(label: String, values: Vec<Option<f64>>) -> Self {
        Self { label, values, intervals: Vec::new(), note: None, end: None }
    }
}

/// Horizontal bars: one row per group, one bar per series in it (or one
/// bar of them all, stacked).
pub(super) struct BarChart {
    pub(super) title: String,
    pub(super) subtitle: Option<String>,
    pub(super) categories: &'static str,
    pub(super) value_axis: &'static str,
    pub(super) series: Vec<Legend>,
    pub(super) rows: Vec<Row>,
    /// The value range the axis covers at least; otherwise from the values
    /// (always with zero).
    pub(super) domain: Option<(f64, f64)>,
    pub(super) unit: Unit,
    pub(super) mode: Mode,
}

impl BarChart {
    pub(super) fn render(self, locale: Locale) -> String {
        let any =
            self.rows.iter().any(|r| r.note.is_some() || r.values.iter().flatten().any(|v| v.is_finite()));
        let subtitle = self.subtitle.as_deref();
        if !any {
            return no_data(&self.title, subtitle, locale);
        }
        self.draw(locale).unwrap_or_else(|| no_data(&self.title, subtitle, locale))
    }

    #[allow(clippy::too_many_lines, reason = "one drawing, step by step")]
    pub(super) fn draw(&self, locale: Locale) -> Option<String> {
        let ends = self.rows.iter().flat_map(|r| {
            let intervals = r.intervals.iter().flatten().flat_map(|(lo, hi)| [*lo, *hi]);
            r.values.iter().flatten().copied().chain(intervals)
        });
        let (low, high) = match self.domain {
            Some(domain) if self.mode == Mode::Stacked => domain,
            Some((low, high)) => {
                let (min, max) = finite_range(ends);
                (low.min(min), high.max(max))
            }
            None => {
                let (min, max) = finite_range(ends);
                let (min, max) = (min.min(0.0), max.max(0.0));
                // Room left of the longest shortfall for its value (a
                // surplus' value has the right margin).
                let pad = (max * 0.12 - min * 0.12).max(f64::EPSILON);
                (if min < 0.0 { (min - pad).max(f64::MIN) } else { 0.0 }, max)
            }
        };
        let ticks = Ticks::new(low, high);
        let bars = if self.mode == Mode::Grouped { self.series.len().max(1) } else { 1 };
        let bars = i32::try_from(bars).unwrap_or(1);
        let labels: Vec<Vec<String>> = self.rows.iter().map(|r| wrap(&r.label, LINE_CHARS)).collect();
        // Each row's height in pixels: its bars or its label's lines.
        let heights: Vec<i32> = labels
            .iter()
            .map(|lines| (16 * bars + 10).max(LINE_HEIGHT * i32::try_from(lines.len()).unwrap_or(1) + 8))
            .collect();
        let plot: i32 = heights.iter().fold(0_i32, |sum, h| sum.saturating_add(*h));
        let total = plot.saturating_mul(ROW_UNITS);
        let widest_label = widest(labels.iter().flatten());
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let left = (widest_label as f64 * CHAR_WIDTH + 56.0).clamp(110.0, 330.0) as u32;
        let right: u32 = if self.rows.iter().any(|r| r.end.is_some()) { 84 } else { 64 };
        let (bottom, top) = (52_u32, 6_u32);
        let legend: Vec<(String, RGBColor)> =
            self.series.iter().map(|l| (l.name.clone(), l.colour)).collect();
        #[allow(clippy::cast_possible_wrap, reason = "at most 330")]
        let header = Header::new(&self.title, self.subtitle.as_deref(), left as i32 + 12, &legend);
        let height = header.height + top + u32::try_from(plot).ok()? + bottom + MARGIN_BOTTOM;
        let shown = |value: f64| ticks.format_value(value, self.unit, locale);
        // A bar's width of two and a half pixels, in the axis' units: the
        // least a value drawn has (two or three pixels, as plotters rounds).
        let plot_width = f64::from(WIDTH - left - right - 12).max(1.0);
        let thin = scaled(2.5 / plot_width);

        svg(WIDTH, height, |root| {
            header.draw(root)?;
            let (_, body) = root.split_vertically(header.height);
            let value_ticks = ticks.keys(self.unit, locale);
            let mut chart = chart_on(&body, [top, right, bottom, left]).build_cartesian_2d(
                (0..SCALE).with_key_points(value_ticks.iter().map(|(at, _)| *at).collect()),
                (0..total.max(1)).with_key_points(Vec::new()),
            )?;
            let value_label = |at: &i32| nearest(&value_ticks, *at);
            chart
                .configure_mesh()
                .disable_y_mesh()
                .bold_line_style(GRID)
                .axis_style(INK)
                .x_label_formatter(&value_label)
                .y_label_formatter(&|_| String::new())
                .x_desc(self.value_axis)
                .y_desc(self.categories)
                .label_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .axis_desc_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .draw()?;
            let area = chart.plotting_area();
            let at = |value: f64| scaled(ticks.share(value.clamp(ticks.low, ticks.high)));
            let zero = at(0.0);
            if ticks.low < 0.0 {
                area.draw(&PathElement::new(vec![(zero, 0), (zero, total)], INK))?;
            }
            let mut row_top = total;
            for ((row, lines), row_height) in self.rows.iter().zip(&labels).zip(&heights) {
                let units = |px: i32| px.saturating_mul(ROW_UNITS);
                let centre = row_top - units(*row_height) / 2;
                // The label, right-aligned left of the axis, centred on the row.
                let (axis_x, centre_y) = chart.backend_coord(&(0, centre));
                let count = i32::try_from(lines.len()).unwrap_or(1);
                let mut y = centre_y - LINE_HEIGHT * (count - 1) / 2;
                for line in lines {
                    let text = style(TEXT_SIZE, &INK, HPos::Right, VPos::Center);
                    root.draw(&Text::new(line.clone(), (axis_x - 8, y), text))?;
                    y += LINE_HEIGHT;
                }
                // A note goes into the plot: left of a zero line near its right end.
                let (note_dx, note_h) =
                    if zero > SCALE * 3 / 5 { (-5, HPos::Right) } else { (5, HPos::Left) };
                if let Some(note) = &row.note {
                    let note = Text::new(note.clone(), (note_dx, 0), note_style(note_h, VPos::Center));
                    area.draw(&(EmptyElement::at((zero, centre)) + note))?;
                    row_top -= units(*row_height);
                    continue;
                }
                // The bars: centred in the row, 16 px apart, 14 px thick.
                let inset = (row_height - (16 * bars - 2)) / 2;
                let bar =
                    |j: i32| (row_top - units(inset + 16 * j), row_top - units(inset + 16 * (j + 1) - 2));
                if self.mode == Mode::Stacked {
                    let (y0, y1) = bar(0);
                    let middle = y0 + (y1 - y0) / 2;
                    let mut start = 0.0;
                    for (value, legend) in row.values.iter().zip(&self.series) {
                        let Some(value) = value.filter(|v| v.is_finite() && *v > 0.0) else { continue };
                        let (from, to) = (at(start), at(start + value));
                        area.draw(&Rectangle::new([(from, y0), (to, y1)], legend.colour.filled()))?;
                        if value >= 8.0 {
                            let ink = if legend.colour == GREY { &INK } else { &WHITE };
                            let label = Text::new(
                                shown(value),
                                (0, 0),
                                style(TEXT_SIZE, ink, HPos::Center, VPos::Center),
                            );
                            area.draw(&(EmptyElement::at((from + (to - from) / 2, middle)) + label))?;
                        }
                        start += value;
                    }
                    if let Some(end) = &row.end {
                        let label =
                            Text::new(end.clone(), (6, 0), style(TEXT_SIZE, &INK, HPos::Left, VPos::Center));
                        area.draw(&(EmptyElement::at((at(start), middle)) + label))?;
                    }
                    row_top -= units(*row_height);
                    continue;
                }
                for (j, (value, legend)) in row.values.iter().zip(&self.series).enumerate() {
                    let (y0, y1) = bar(i32::try_from(j).unwrap_or(0));
                    // Both within 0..=i32::MAX: neither the difference nor the result overflows.
                    let middle = y0 + (y1 - y0) / 2;
                    let Some(value) = value.filter(|v| v.is_finite()) else {
                        let note = Text::new(
                            locale.text(ChartText::NotScored),
                            (note_dx, 0),
                            note_style(note_h, VPos::Center),
                        );
                        area.draw(&(EmptyElement::at((zero, middle)) + note))?;
                        continue;
                    };
                    let colour = match (self.mode, value < 0.0) {
                        (Mode::BySign, true) => self.series.first().map_or(legend.colour, |l| l.colour),
                        (Mode::BySign, false) => self.series.get(1).map_or(legend.colour, |l| l.colour),
                        _ => legend.colour,
                    };
                    let mut end = at(value);
                    if end.abs_diff(zero) < thin.unsigned_abs() {
                        end = if value < 0.0 { zero - thin } else { zero + thin };
                    }
                    area.draw(&Rectangle::new([(zero, y0), (end, y1)], colour.filled()))?;
                    // The interval: a whisker across the bar's middle.
                    let interval = row
                        .intervals
                        .get(j)
                        .copied()
                        .flatten()
                        .filter(|(lo, hi)| lo.is_finite() && hi.is_finite());
                    let mut reach = end;
                    if let Some((lo, hi)) = interval {
                        let ((low_x, y), (high_x, _)) =
                            (chart.backend_coord(&(at(lo), middle)), chart.backend_coord(&(at(hi), middle)));
                        let whisker = vec![
                            (low_x, y - 4),
                            (low_x, y + 4),
                            (low_x, y),
                            (high_x, y),
                            (high_x, y - 4),
                            (high_x, y + 4),
                        ];
                        root.draw(&PathElement::new(whisker, TITLE_INK.stroke_width(1)))?;
                        reach = if value < 0.0 { end.min(at(lo)) } else { end.max(at(hi)) };
                    }
                    let (dx, h) = if value < 0.0 { (-5, HPos::Right) } else { (5, HPos::Left) };
                    let label = Text::new(shown(value), (dx, 0), style(TEXT_SIZE, &INK, h, VPos::Center));
                    area.draw(&(EmptyElement::at((reach, middle)) + label))?;
                }
                row_top -= units(*row_height);
            }
            Ok(())
        })
    }
}

//! Lines over periods: [`LineChart`], the chart of a measure over time.

use plotters::coord::combinators::BindKeyPoints;
use plotters::element::{Circle, EmptyElement, PathElement, Text};
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::{Color, RGBColor, TextStyle};

use crate::standard::Locale;
use crate::survey::Scale;

use super::LINE_CHARS;
use super::axis::{SCALE, Ticks, Unit, finite_range, nearest, scaled};
use super::draw::{
    CHAR_WIDTH, FAINT, GRID, Header, INK, LINE_HEIGHT, MARGIN_BOTTOM, PERIOD_CHARS, TEXT_SIZE, WIDTH,
    chart_on, no_data, note_style, style, svg, widest,
};
use super::periods::time_order;
use super::words::ChartText;
use super::wrap::{safe, wrap};
use super::{Point, Series};

/// The lines of a chart over time, in order (distinguishable in colour
/// blindness: the Okabe–Ito palette).
pub(super) const PALETTE: [RGBColor; 7] = [
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0xe6, 0x9f, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
    RGBColor(0x56, 0xb4, 0xe9),
    RGBColor(0xd5, 0x5e, 0x00),
    RGBColor(0x00, 0x00, 0x00),
];
/// The most periods a single line has its values written beside.
pub(super) const MAX_VALUES_WRITTEN: usize = 12;

/// Lines over periods, one per series.
pub(super) struct LineChart<'a> {
    pub(super) measure: &'a str,
    pub(super) series: &'a [Series],
    pub(super) scale: Option<Scale>,
}

impl LineChart<'_> {
    /// The chart; "no data" if no period has a value or too few answers,
    /// `None` if plotters reported an error.
    #[allow(clippy::too_many_lines, reason = "one drawing, step by step")]
    pub(super) fn draw(&self, title: &str, subtitle: Option<&str>, locale: Locale) -> Option<String> {
        let drawn = |p: &&Point| p.value.is_finite() && !p.too_few;
        let placed = |p: &&Point| drawn(p) || p.too_few;
        let periods =
            time_order(self.series.iter().map(|s| s.points.iter().filter(placed).map(|p| p.label.as_str())));
        if periods.is_empty() {
            return Some(no_data(title, subtitle, locale));
        }
        let place: rustc_hash::FxHashMap<&str, usize> =
            periods.iter().enumerate().map(|(i, label)| (*label, i)).collect();
        let finite_interval = |p: &Point| p.interval.filter(|(lo, hi)| lo.is_finite() && hi.is_finite());
        let values = self.series.iter().flat_map(|s| s.points.iter().filter(drawn)).flat_map(|p| {
            let (lo, hi) = finite_interval(p).unwrap_or((p.value, p.value));
            [p.value, lo, hi]
        });
        let (min, max) = finite_range(values);
        let range = self
            .series
            .iter()
            .filter_map(|s| s.range)
            .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
            .or_else(|| self.scale.map(|s| (s.min(), s.max())));
        let ticks = match range {
            Some((low, high)) => Ticks::new(low.min(min), high.max(max)),
            None => {
                let pad = if max > min { max * 0.08 - min * 0.08 } else { min.abs().max(1.0) * 0.1 };
                Ticks::new((min - pad).max(f64::MIN), (max + pad).min(f64::MAX))
            }
        };
        let labels: Vec<Vec<String>> = periods.iter().map(|p| wrap(p, PERIOD_CHARS)).collect();
        let (left, right, top, plot) = (84_u32, 40_u32, 6_u32, 280_u32);
        // The notes of too few answers, below each period's label, in the
        // colour of their series (faint for a single line), as wide as a period.
        let single = self.series.len() == 1;
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a width in characters"
        )]
        let slot = ((f64::from(WIDTH - left - right - 12) / periods.len() as f64) / CHAR_WIDTH)
            .floor()
            .max(8.0) as usize;
        let mut notes: Vec<Vec<(Vec<String>, RGBColor)>> = vec![Vec::new(); periods.len()];
        for (k, series) in self.series.iter().enumerate() {
            let colour = if single { FAINT } else { PALETTE.get(k % PALETTE.len()).copied().unwrap_or(INK) };
            for point in series.points.iter().filter(|p| p.too_few) {
                let text =
                    format!("{} ({})", locale.text(ChartText::TooFewAnswers), point.answers.unwrap_or(0));
                if let Some(at) = place.get(point.label.as_str()).and_then(|i| notes.get_mut(*i)) {
                    at.push((wrap(&text, slot.min(LINE_CHARS)), colour));
                }
            }
        }
        let lines = labels
            .iter()
            .zip(&notes)
            .map(|(label, notes)| label.len() + notes.iter().map(|(n, _)| n.len()).sum::<usize>())
            .max()
            .unwrap_or(1);
        let bottom = 40 + u32::try_from(lines).unwrap_or(1).min(1000) * 15;
        // Every period's label where they fit, else every n-th.
        #[allow(clippy::cast_precision_loss, reason = "at most 16 characters")]
        let room = widest(labels.iter().flatten()) as f64 * CHAR_WIDTH + 16.0;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a positive width")]
        let fit = (f64::from(WIDTH - left - right - 24) / room).max(1.0) as usize;
        let every = periods.len().div_ceil(fit).max(1);
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let x = |i: usize| scaled(i as f64 + 0.5);
        let shown_periods: Vec<usize> = (0..periods.len()).step_by(every).collect();
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let count = scaled(periods.len() as f64);
        let index = |label: &str| place.get(label).copied();
        let legend: Vec<(String, RGBColor)> = self
            .series
            .iter()
            .enumerate()
            .map(|(k, s)| (s.name.clone(), PALETTE.get(k % PALETTE.len()).copied().unwrap_or(INK)))
            .collect();
        #[allow(clippy::cast_possible_wrap, reason = "84")]
        let header = Header::new(title, subtitle, left as i32 + 12, &legend);
        let height = header.height + top + plot + bottom + MARGIN_BOTTOM;
        // The measure names the value axis when it fits there; the title always has it.
        let measure =
            if self.measure.chars().count() <= LINE_CHARS { safe(self.measure) } else { String::new() };

        svg(WIDTH, height, |root| {
            header.draw(root)?;
            let (_, body) = root.split_vertically(header.height);
            let value_ticks = ticks.keys(Unit::Plain, locale);
            let mut chart = chart_on(&body, [top, right, bottom, left]).build_cartesian_2d(
                (0..count).with_key_points(shown_periods.iter().map(|i| x(*i)).collect()),
                (0..SCALE).with_key_points(value_ticks.iter().map(|(at, _)| *at).collect()),
            )?;
            let value_label = |at: &i32| nearest(&value_ticks, *at);
            chart
                .configure_mesh()
                .disable_x_mesh()
                .bold_line_style(GRID)
                .axis_style(INK)
                .x_label_formatter(&|_| String::new())
                .y_label_formatter(&value_label)
                .x_desc(locale.text(ChartText::Period))
                .y_desc(measure)
                .label_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .axis_desc_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .draw()?;
            // The periods' labels, below the axis, a line each, and the
            // notes of too few answers below them.
            for (i, notes) in notes.iter().enumerate() {
                let (px, py) = chart.backend_coord(&(x(i), 0));
                let mut y = py + 10;
                let label =
                    if shown_periods.contains(&i) || !notes.is_empty() { labels.get(i) } else { None };
                for line in label.map_or(&[][..], Vec::as_slice) {
                    let text = style(TEXT_SIZE, &INK, HPos::Center, VPos::Top);
                    root.draw(&Text::new(line.clone(), (px, y), text))?;
                    y += LINE_HEIGHT;
                }
                for (note, colour) in notes {
                    let text =
                        TextStyle { color: colour.to_backend_color(), ..note_style(HPos::Center, VPos::Top) };
                    for line in note {
                        root.draw(&Text::new(line.clone(), (px, y), text.clone()))?;
                        y += LINE_HEIGHT;
                    }
                }
            }
            let at = |i: usize, value: f64| (x(i), scaled(ticks.share(value.clamp(ticks.low, ticks.high))));
            for (series, (_, colour)) in self.series.iter().zip(&legend) {
                let mut points: Vec<(usize, &Point)> = series
                    .points
                    .iter()
                    .filter(placed)
                    .filter_map(|p| index(&p.label).map(|i| (i, p)))
                    .collect();
                points.sort_by_key(|(i, _)| *i);
                // A line through each run of values between too few answers.
                for run in points.split(|(_, p)| p.too_few) {
                    if run.len() > 1 {
                        let line: Vec<(i32, i32)> = run.iter().map(|(i, p)| at(*i, p.value)).collect();
                        chart.plotting_area().draw(&PathElement::new(line, colour.stroke_width(3)))?;
                    }
                }
                for (k, (i, point)) in points.iter().enumerate() {
                    if point.too_few {
                        continue;
                    }
                    if let Some((lo, hi)) = finite_interval(point) {
                        // In pixels, for caps of a fixed width.
                        let ((px, low), (_, high)) =
                            (chart.backend_coord(&at(*i, lo)), chart.backend_coord(&at(*i, hi)));
                        let whisker = vec![
                            (px - 5, low),
                            (px + 5, low),
                            (px, low),
                            (px, high),
                            (px - 5, high),
                            (px + 5, high),
                        ];
                        root.draw(&PathElement::new(whisker, colour.stroke_width(1)))?;
                    }
                    chart.plotting_area().draw(&Circle::new(at(*i, point.value), 4, colour.filled()))?;
                    if single && periods.len() <= MAX_VALUES_WRITTEN {
                        // Right of the point, away from the line to the next.
                        let rising = points
                            .get(k + 1)
                            .is_some_and(|(_, next)| !next.too_few && next.value > point.value);
                        let (dy, v) = if rising { (5, VPos::Top) } else { (-5, VPos::Bottom) };
                        let value = ticks.format_value(point.value, Unit::Plain, locale);
                        let label = Text::new(value, (7, dy), style(TEXT_SIZE, &INK, HPos::Left, v));
                        chart.plotting_area().draw(&(EmptyElement::at(at(*i, point.value)) + label))?;
                    }
                }
            }
            Ok(())
        })
    }
}

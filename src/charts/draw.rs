//! Drawing with plotters: the document, its sizes and colours, text
//! styles, the header (title, subtitle, legend) and the "no data" chart.

use plotters::backend::SVGBackend;
use plotters::chart::ChartBuilder;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use plotters::element::{Polygon, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontFamily, FontStyle, IntoFont, RGBColor, TextStyle, WHITE};

use crate::standard::Locale;

use super::words::ChartText;
use super::wrap::wrap;

/// The whole document, in pixels from its top left corner.
pub(super) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
/// What plotters' drawing calls return: an error if the backend's writing
/// failed (which a `String` never does) or plotters could not lay the chart
/// out; the chart functions then draw "no data".
pub(super) type Drawn = Result<(), Box<dyn std::error::Error>>;

pub(super) const WIDTH: u32 = 760;
/// Room below the value axis' name.
pub(super) const MARGIN_BOTTOM: u32 = 8;
pub(super) const BLUE: RGBColor = RGBColor(0x2b, 0x6c, 0xb0);
pub(super) const GREY: RGBColor = RGBColor(0xa0, 0xae, 0xc0);
pub(super) const RED: RGBColor = RGBColor(0xc5, 0x30, 0x30);
pub(super) const GREEN: RGBColor = RGBColor(0x2f, 0x85, 0x5a);
/// Text, axes and the zero line.
pub(super) const INK: RGBColor = RGBColor(0x2d, 0x37, 0x48);
/// The title, and the whiskers of the gaps' intervals.
pub(super) const TITLE_INK: RGBColor = RGBColor(0x1a, 0x20, 0x2c);
/// Notes ("not scored", "too few answers", "no data").
pub(super) const FAINT: RGBColor = RGBColor(0x71, 0x80, 0x96);
pub(super) const GRID: RGBColor = RGBColor(0xe2, 0xe8, 0xf0);
/// Plotters writes a font size divided by 1.24: these give 12 px labels,
/// a 16 px "no data" and an 18 px title.
pub(super) const TEXT_SIZE: f64 = 15.0;
pub(super) const NO_DATA_SIZE: f64 = 20.0;
pub(super) const TITLE_SIZE: f64 = 22.0;
/// An estimate of the width of a character of a label (12 px), to leave
/// room for the longest.
pub(super) const CHAR_WIDTH: f64 = 7.0;
/// The height of a line of a label (12 px text).
pub(super) const LINE_HEIGHT: i32 = 15;
/// The most characters of a line of the title (18 px bold) and of the
/// line below it.
pub(super) const TITLE_CHARS: usize = 62;
pub(super) const SUBTITLE_CHARS: usize = 100;
/// The most characters of a line of a legend's entry and of a period.
pub(super) const LEGEND_CHARS: usize = 40;
pub(super) const PERIOD_CHARS: usize = 16;
/// The document when even the "no data" chart could not be drawn.
pub(super) const EMPTY: &str =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"200\" viewBox=\"0 0 760 200\"></svg>\n";

/// A text style: sans-serif of `size`, in `colour`, placed from `anchor`.
pub(super) fn style(size: f64, colour: &'static RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle::from((FontFamily::SansSerif, size).into_font()).color(colour).pos(Pos::new(h, v))
}

/// A note's style: faint italics.
pub(super) fn note_style(h: HPos, v: VPos) -> TextStyle<'static> {
    let note = style(TEXT_SIZE, &FAINT, h, v);
    TextStyle { font: note.font.style(FontStyle::Italic), ..note }
}

/// Draws a document of `width` × `height` pixels with `draw`; `None` if
/// plotters reported an error.
pub(super) fn svg(width: u32, height: u32, draw: impl FnOnce(&Area<'_>) -> Drawn) -> Option<String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        draw(&root).ok()?;
        root.present().ok()?;
    }
    Some(out)
}

/// A width in characters as pixels.
pub(super) fn text_width(chars: usize) -> i32 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss, reason = "short lines")]
    let width = (chars as f64 * CHAR_WIDTH).round() as i32;
    width
}

/// The widest of `lines`, in characters.
pub(super) fn widest<'a>(lines: impl IntoIterator<Item = &'a String>) -> usize {
    lines.into_iter().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// The title, the line below it and the legend, laid out: what is drawn
/// above the plot.
pub(super) struct Header {
    pub(super) title: Vec<String>,
    pub(super) subtitle: Vec<String>,
    /// Each entry's key (its top left corner), name and colour.
    pub(super) legend: Vec<((i32, i32), Vec<String>, RGBColor)>,
    pub(super) height: u32,
}

impl Header {
    /// The header of `title` and `subtitle`, the legend from `left`: its
    /// entries in rows as wide as the document.
    pub(super) fn new(title: &str, subtitle: Option<&str>, left: i32, legend: &[(String, RGBColor)]) -> Self {
        let title = wrap(title, TITLE_CHARS);
        let subtitle = subtitle.map(|s| wrap(s, SUBTITLE_CHARS)).unwrap_or_default();
        let lines = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
        let mut y = 14 + 24 * lines(title.len()) + 18 * lines(subtitle.len()) + 6;
        let mut entries = Vec::with_capacity(legend.len());
        let (mut x, mut row_height) = (left, 0);
        #[allow(clippy::cast_possible_wrap, reason = "760")]
        let right = WIDTH as i32 - 12;
        for (name, colour) in legend {
            let name = wrap(name, LEGEND_CHARS);
            let width = text_width(widest(&name)) + 44;
            if x > left && x + width > right {
                (x, y) = (left, y + row_height);
                row_height = 0;
            }
            row_height = row_height.max(LINE_HEIGHT * lines(name.len()) + 6);
            entries.push(((x, y), name, *colour));
            x += width;
        }
        let height = y + row_height + 6;
        Self { title, subtitle, legend: entries, height: u32::try_from(height).unwrap_or(0) }
    }

    pub(super) fn draw(&self, root: &Area<'_>) -> Drawn {
        let title_style =
            TextStyle::from((FontFamily::SansSerif, TITLE_SIZE).into_font().style(FontStyle::Bold))
                .color(&TITLE_INK)
                .pos(Pos::new(HPos::Left, VPos::Top));
        let mut y = 14;
        for line in &self.title {
            root.draw(&Text::new(line.clone(), (20, y), title_style.clone()))?;
            y += 24;
        }
        for line in &self.subtitle {
            root.draw(&Text::new(line.clone(), (20, y), style(TEXT_SIZE, &INK, HPos::Left, VPos::Top)))?;
            y += 18;
        }
        for ((x, y), name, colour) in &self.legend {
            let key = vec![(*x, *y), (x + 12, *y), (x + 12, y + 12), (*x, y + 12)];
            root.draw(&Polygon::new(key, colour.filled()))?;
            let mut line_y = y + 6;
            for line in name {
                let text = style(TEXT_SIZE, &INK, HPos::Left, VPos::Center);
                root.draw(&Text::new(line.clone(), (x + 18, line_y), text))?;
                line_y += LINE_HEIGHT;
            }
        }
        Ok(())
    }
}

/// A chart with only its title, the line below it and "no data".
pub(super) fn no_data(title: &str, subtitle: Option<&str>, locale: Locale) -> String {
    let header = Header::new(title, subtitle, 20, &[]);
    let height = header.height + 100;
    let drawn = svg(WIDTH, height, |root| {
        header.draw(root)?;
        let note = style(NO_DATA_SIZE, &FAINT, HPos::Center, VPos::Center);
        #[allow(clippy::cast_possible_wrap, reason = "760 and a few hundred")]
        root.draw(&Text::new(
            locale.text(ChartText::NoData),
            (WIDTH as i32 / 2, header.height as i32 + 50),
            note,
        ))?;
        Ok(())
    });
    drawn.unwrap_or_else(|| EMPTY.to_owned())
}

/// The chart's builder on `body` (the document below the header), with
/// the margins and the room for the axes' labels in pixels: top, right,
/// bottom (the value or period labels), left (the category or value labels).
pub(super) fn chart_on<'a, 'b>(
    body: &'a Area<'b>,
    [top, right, bottom, left]: [u32; 4],
) -> ChartBuilder<'a, 'b, SVGBackend<'b>> {
    let mut builder = ChartBuilder::on(body);
    builder
        .margin_top(top)
        .margin_right(right)
        .margin_left(12)
        .margin_bottom(MARGIN_BOTTOM)
        .x_label_area_size(bottom)
        .y_label_area_size(left);
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plotters_escapes_the_markup_characters() {
        let drawn = svg(100, 100, |root| {
            root.draw(&Text::new("<b>&\"'", (10, 10), style(TEXT_SIZE, &INK, HPos::Left, VPos::Top)))?;
            Ok(())
        });
        let drawn = drawn.unwrap_or_default();
        assert!(drawn.contains("&lt;b&gt;&amp;&quot;&apos;"), "{drawn}");
        assert!(!drawn.contains("<b>"));
    }
}

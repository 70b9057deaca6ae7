//! Periods run in time order on every chart over time, whatever order the
//! series come in.

use service_standards::charts::{self, Point, Series};
use service_standards::prelude::*;

use super::drawing::{number, parse, texts};

/// Two series whose months partly overlap, the later one first: the axis
/// runs January to June and neither line runs backwards. Before, the
/// periods were placed in the order first met (`03 04 05 06 01 02`) and the
/// second line ran from the right of the chart back to its left.
#[test]
fn periods_of_overlapping_series_run_in_time_order() {
    let months = |from: i8, to: i8, base: f64| {
        (from..=to).map(move |m| Point::new(format!("2026-{m:02}"), base + f64::from(m))).collect::<Vec<_>>()
    };
    let spring = Series::new("spa", months(3, 6, 10.0));
    let winter = Series::new("hotel", months(1, 4, 30.0));
    let svg = charts::measure_over_time("NPS", &[spring, winter], Locale::English);
    let shown: Vec<String> = texts(&svg).into_iter().filter(|t| t.starts_with("2026-")).collect();
    assert_eq!(shown, ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    // Each line's points from left to right, in the order of its months.
    let doc = parse(&svg);
    let xs = |colour: &str| -> Vec<f64> {
        doc.descendants()
            .filter(|n| n.has_tag_name("circle") && n.attribute("fill") == Some(colour))
            .map(|n| number(n, "cx"))
            .collect()
    };
    let (spa, hotel) = (xs("#0072B2"), xs("#E69F00"));
    assert_eq!((spa.len(), hotel.len()), (4, 4));
    assert!(spa.windows(2).all(|w| w[0] < w[1]), "{spa:?}");
    assert!(hotel.windows(2).all(|w| w[0] < w[1]), "{hotel:?}");
    // March of both series at one place, left of the spa's June.
    assert_eq!(spa[0], hotel[2]);
    assert!(hotel[0] < spa[0]);
}

/// A single line writes its values beside its points up to 12 periods; a
/// longer one would crowd them (24 months drew 24 overlapping values).
#[test]
fn a_single_line_writes_its_values_up_to_twelve_periods() {
    let months = |n: i32| {
        Series::new(
            "hotel",
            (0..n)
                .map(|i| Point::new(format!("{}-{:02}", 2025 + i / 12, i % 12 + 1), 3.25 + f64::from(i % 2))),
        )
    };
    let written = |n| {
        texts(&charts::measure_over_time("CES", &[months(n)], Locale::English))
            .into_iter()
            .filter(|t| t == "3.25" || t == "4.25")
            .count()
    };
    assert_eq!(written(12), 12);
    assert_eq!(written(13), 0);
}

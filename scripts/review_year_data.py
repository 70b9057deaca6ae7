#!/usr/bin/env python3
"""Writes the data of the `review_year` example: a year (2026) of survey
responses and of monthly audits for the hotel of the examples, at two sites.

Run from the crate's root: `python3 scripts/review_year_data.py`. The data is
generated once and committed; the seed below makes every run write the same
files (Python's `random.Random` with a given seed gives the same numbers on
every platform and version since 3.2).

The story the data tells: guests rate check-in below what they expect all
year, and worse from the third quarter at Gdańsk, where the desk lost staff;
reservation, the room and check-out meet expectations. Audits of check-in
standards fail more often at Gdańsk from July.
"""

import csv
import random
import re

SEED = 2026
SITES = ["krakow", "gdansk"]
PHASES = {
    # phase: (channel, expectation mean, perception mean)
    "stay/reservation": ("telephone", 5.6, 5.5),
    "stay/check-in": ("face-to-face", 6.2, 5.3),
    "stay/room": ("face-to-face", 6.0, 5.8),
    "stay/check-out": ("face-to-face", 5.7, 5.6),
}
DIMENSIONS = ["tangibles", "reliability", "responsiveness", "assurance", "empathy"]
RESPONDENTS_PER_SITE_AND_MONTH = 12


def clamp(x, low, high):
    return max(low, min(high, x))


def score(rng, mean, sd=0.9, low=1, high=7):
    return int(round(clamp(rng.gauss(mean, sd), low, high)))


def responses(rng):
    rows = []
    n = 0
    for month in range(1, 13):
        for site in SITES:
            for _ in range(RESPONDENTS_PER_SITE_AND_MONTH):
                n += 1
                respondent = f"r{n:05d}"
                date = f"2026-{month:02d}-{rng.randint(1, 28):02d}"
                for phase, (channel, expect, perceive) in PHASES.items():
                    if phase == "stay/check-in" and site == "gdansk" and month >= 7:
                        perceive -= 0.9
                    rows.append([respondent, date, site, channel, phase, "servqual",
                                 score(rng, expect, 0.6), score(rng, perceive), "", ""])
                    rows.append([respondent, date, site, channel, phase, "csat",
                                 "", "", score(rng, perceive - 1.2, 0.8, 1, 5), ""])
                for d in DIMENSIONS:
                    perceive = 5.4 if d != "responsiveness" else 4.9
                    if d == "responsiveness" and site == "gdansk" and month >= 7:
                        perceive -= 0.6
                    rows.append([respondent, date, site, "", d, "servqual",
                                 score(rng, 6.0, 0.6), score(rng, perceive), "",
                                 "3" if d == "responsiveness" else "2"])
                nps_mean = 8.2 if not (site == "gdansk" and month >= 7) else 6.9
                rows.append([respondent, date, site, "", "stay/check-out", "nps",
                             "", "", score(rng, nps_mean, 1.6, 0, 10), ""])
                rows.append([respondent, date, site, "telephone", "stay/reservation", "ces",
                             "", "", score(rng, 2.6, 1.0, 1, 7), ""])
    header = ["respondent", "date", "site", "channel", "subject", "measure",
              "expectation", "perception", "score", "importance"]
    return header, rows


def audits(rng):
    # The standards of check-in and check-out at expected level, read from
    # the reviewed listing of what the hotel derives.
    ids = []
    with open("tests/snapshots/derived/hotel.expected.snap", encoding="utf-8") as f:
        for line in f:
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 5 and re.match(r"stay/(check-in|check-out)/", parts[0]):
                ids.append(f"{parts[2]}@{parts[0]}")
    rows = []
    for month in range(1, 13):
        for site in SITES:
            date = f"2026-{month:02d}-15"
            for standard in ids:
                fail = 0.08
                if site == "gdansk" and month >= 7 and "/check-in/" in standard:
                    fail = 0.35
                verdict = "fail" if rng.random() < fail else "pass"
                rows.append([date, site, standard, verdict])
    return ["date", "site", "standard", "verdict"], rows


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("examples/data/responses.csv", *responses(rng))
    write("examples/data/audits.csv", *audits(rng))

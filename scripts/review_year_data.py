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

It also writes `examples/data/qualtrics_2026.csv`, the same year as a
Qualtrics "numeric values" CSV export lays it out (field ids, question
texts and ImportId JSON as three header records; start dates in UTC; a
`Site` embedded-data field; previews, tests and unfinished responses the
mapping filters out), which the example reads through the Qualtrics preset,
and `examples/data/audit_gdansk_2026-12.csv`, the December audit at Gdańsk
(check-in's standards failed often since the desk lost staff; check-out's
and the room's met). The survey tells the same story by satisfaction
(CSAT 1-5 per phase) and recommendation (NPS 0-10), with check-in the
phase that moves recommendation most and check-out a little below target
although its standards are met. Each file has its own seed, so adding it
changed neither of the first two.
"""

import csv
import datetime
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


QUALTRICS_SEED = 2027
SITE_NAMES = {"krakow": "Kraków", "gdansk": "Gdańsk"}
# phase field, label, mean satisfaction (1-5), weight in recommendation
QUESTIONS = [
    ("Q2_1", "Reservation", 4.4, 0.3),
    ("Q2_2", "Check-in", 4.3, 1.1),
    ("Q2_3", "Your room", 4.4, 0.5),
    ("Q2_4", "Check-out", 3.95, 0.3),
]
COMMENTS = [
    "Lovely room, quiet at night.",
    "Nobody at the desk for 20 minutes when we arrived.",
    "Check-in took forever; only one receptionist on a Friday evening.",
    "Pokój czysty, śniadanie świetne. Dziękujemy!",
    "Recepcja: długa kolejka, nikt nie przeprosił za czekanie.",
    "The bill had a minibar charge we never used",
    "=HYPERLINK(\"http://example.com\",\"see my photos\")",
    "Great stay.\nWould come back | 10/10",
    "<b>Excellent</b> breakfast",
]


def qualtrics(rng):
    fields = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
              "Finished", "RecordedDate", "ResponseId", "DistributionChannel", "UserLanguage",
              "Site", "Q1"] + [q[0] for q in QUESTIONS] + ["Q3"]
    texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress",
             "Duration (in seconds)", "Finished", "Recorded Date", "Response ID",
             "Distribution Channel", "User Language", "Site",
             "How likely is it that you would recommend Hotel Aurora to a friend or colleague?"] + [
        f"How satisfied were you with each of the following? - {q[1]}" for q in QUESTIONS] + [
        "Is there anything we could do better?"]
    import_ids = ['{"ImportId":"startDate","timeZone":"UTC"}', '{"ImportId":"endDate","timeZone":"UTC"}',
                  '{"ImportId":"status"}', '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}',
                  '{"ImportId":"duration"}', '{"ImportId":"finished"}',
                  '{"ImportId":"recordedDate","timeZone":"UTC"}', '{"ImportId":"_recordId"}',
                  '{"ImportId":"distributionChannel"}', '{"ImportId":"userLanguage"}',
                  '{"ImportId":"Site"}', '{"ImportId":"QID1"}'] + [
        '{"ImportId":"QID2_%s"}' % q[0][-1] for q in QUESTIONS] + ['{"ImportId":"QID3_TEXT"}']
    rows = []
    n = 0
    for month in range(1, 13):
        for site in SITES:
            for k in range(30):
                n += 1
                day = rng.randint(1, 28)
                hour, minute, second = rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)
                if k == 0:
                    # Late in the evening: 22:30 UTC is 23:30 in Poland in
                    # winter and 00:30 the next day in summer.
                    day, hour, minute = 28, 22, 30
                duration = rng.randint(60, 400)
                started = datetime.datetime(2026, month, day, hour, minute, second)
                start = started.strftime("%Y-%m-%d %H:%M:%S")
                end = (started + datetime.timedelta(seconds=duration)).strftime("%Y-%m-%d %H:%M:%S")
                mood = rng.gauss(0, 1)
                scores = []
                for field, _, mean, _ in QUESTIONS:
                    if field == "Q2_2" and site == "gdansk" and month >= 7:
                        mean -= 1.1
                    scores.append(int(round(clamp(mean + 0.5 * mood + rng.gauss(0, 0.7), 1, 5))))
                drive = sum(w * (x - 4) for (_, _, _, w), x in zip(QUESTIONS, scores))
                nps = int(round(clamp(8.3 + drive + 0.6 * mood + rng.gauss(0, 1.0), 0, 10)))
                status, finished, progress, channel = "0", "1", "100", rng.choice(["email", "email", "anonymous"])
                if k == 29 and month % 3 == 0:
                    status, channel = "1", "preview"
                elif k == 28 and month % 4 == 0:
                    status, channel = "2", "test"
                elif k == 27 and month % 2 == 0:
                    finished, progress = "0", "40"
                    scores[2:] = ["", ""]
                comment = rng.choice(COMMENTS) if rng.random() < 0.2 else ""
                rows.append([start, end, status, f"203.0.113.{rng.randint(1, 254)}", progress, str(duration),
                             finished, end, f"R_{n:05d}{rng.randrange(16**8):08x}", channel,
                             rng.choice(["PL", "PL", "EN"]), SITE_NAMES[site], str(nps)]
                            + [str(x) for x in scores] + [comment])
    return fields, [texts, import_ids] + rows


def december_audit(rng):
    ids = []
    with open("tests/snapshots/derived/hotel.expected.snap", encoding="utf-8") as f:
        for line in f:
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 5 and re.match(r"stay/(check-in|check-out|room)/", parts[0]):
                ids.append(f"{parts[2]}@{parts[0]}")
    rows = []
    for standard in ids:
        fail = 0.45 if "/check-in/" in standard else 0.0
        rows.append(["2026-12-15", "gdansk", standard, "fail" if rng.random() < fail else "pass"])
    return ["date", "site", "standard", "verdict"], rows


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("examples/data/responses.csv", *responses(rng))
    write("examples/data/audits.csv", *audits(rng))
    rng = random.Random(QUALTRICS_SEED)
    write("examples/data/qualtrics_2026.csv", *qualtrics(rng))
    write("examples/data/audit_gdansk_2026-12.csv", *december_audit(rng))

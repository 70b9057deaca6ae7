//! Survey responses read from CSV, the form survey tools export (feature `csv`).

use std::io;

use crate::{
    error::Entity,
    error::Error,
    error::Problem,
    error::Violation,
    fx::FxHashMap,
    model::Channel,
    model::Id,
    model::PhasePath,
    model::QualityDimension,
    model::ServiceModel,
    practice::Subject,
    practice::survey::{Answer, Intake, Measure, PeriodKind, Place, Response, Responses, Scales},
    validate::Violations,
};

/// The columns a survey file has, by header name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Respondent,
    Date,
    Subject,
    Measure,
    Expectation,
    Perception,
    Score,
    Site,
    Channel,
    Importance,
}

impl Column {
    const ALL: [Self; 10] = [
        Self::Respondent,
        Self::Date,
        Self::Subject,
        Self::Measure,
        Self::Expectation,
        Self::Perception,
        Self::Score,
        Self::Site,
        Self::Channel,
        Self::Importance,
    ];
    /// The columns every file must have.
    const REQUIRED: [Self; 4] = [Self::Respondent, Self::Date, Self::Subject, Self::Measure];

    fn name(self) -> &'static str {
        match self {
            Self::Respondent => "respondent",
            Self::Date => "date",
            Self::Subject => "subject",
            Self::Measure => "measure",
            Self::Expectation => "expectation",
            Self::Perception => "perception",
            Self::Score => "score",
            Self::Site => "site",
            Self::Channel => "channel",
            Self::Importance => "importance",
        }
    }
}

/// Reads survey responses from CSV (with the `csv` feature), one record at
/// a time from any [`io::Read`]: the file is never held as text, only the
/// responses read from it.
///
/// # Column layout
///
/// The first record is the header. Columns are found by name (case and
/// surrounding spaces do not matter, order does not, other columns are
/// ignored); cells are trimmed.
///
/// | column | required | holds |
/// |---|---|---|
/// | `respondent` | yes | the survey tool's respondent id (any text) |
/// | `date` | yes | `yyyy-mm-dd` (a time after it is ignored) |
/// | `subject` | yes | a quality dimension (`empathy`) or a phase, `sequence/phase` |
/// | `measure` | yes | `servqual`, `nps`, `csat` or `ces` |
/// | `expectation`, `perception` | for `servqual` | scores on the SERVQUAL scale |
/// | `score` | for `nps`, `csat`, `ces` | 0–10 (NPS, whole), or on the CSAT or CES scale |
/// | `site` | no | an id (`krakow`); empty for none |
/// | `channel` | no | a [`Channel`] (`face-to-face`, `email`, …); empty for none |
/// | `importance` | no | a number above zero; empty for none |
///
/// # Strict and lenient
///
/// [`strict`](Self::strict) refuses the whole file if any record is bad,
/// listing every bad record's every problem; [`lenient`](Self::lenient)
/// keeps the good records and returns every rejected one with its reasons.
/// Either way nothing is dropped without being listed. Each problem is a
/// [`Violation`] at `line N.column` (`line 7.score`), with the cell's value.
///
/// A record is rejected for: an empty required cell ([`Problem::MissingField`]);
/// a cell that is not UTF-8 ([`Problem::Unreadable`]); a date that is not
/// one ([`Problem::NotADate`]); a subject that is neither a dimension
/// ([`Problem::NotAccepted`]) nor a phase path ([`Problem::NotAPhasePath`]),
/// or a phase the model does not have when one is given
/// ([`Problem::NotInModel`]); an unknown measure or channel
/// ([`Problem::NotAccepted`]); a site that is not an id
/// ([`Problem::InvalidId`]); a number that is not one
/// ([`Problem::NotANumber`]); a score outside its scale
/// ([`Problem::OutOfScale`]); an importance that is not above zero
/// ([`Problem::InvalidWeight`]); more fields than the header has columns
/// ([`Problem::Contradicts`]); the same respondent, subject and measure
/// again in one survey period ([`Problem::DuplicateResponse`], at
/// `respondent`, on the later record).
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let file = "\
/// respondent,date,subject,measure,expectation,perception,score,channel
/// r1,2026-03-02,stay/check-in,servqual,7,5,,face-to-face
/// r1,2026-03-02,stay/check-in,nps,,,9,
/// r2,2026-03-04,empathy,csat,,,4,email
/// ";
/// let responses = CsvImport::new().strict(file.as_bytes())?;
/// assert_eq!(responses.len(), 3);
/// assert_eq!(responses.feedback()?.gaps().by_phase()[0].difference(), -2.0);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CsvImport<'m> {
    scales: Scales,
    survey_period: PeriodKind,
    model: Option<&'m ServiceModel>,
}

impl Default for CsvImport<'_> {
    fn default() -> Self {
        Self::new()
    }
}

/// What a lenient import kept and what it rejected.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,nps,9\nr2,2026-13-02,empathy,nps,7\n";
/// let imported = CsvImport::new().lenient(file.as_bytes())?;
/// assert_eq!(imported.responses().len(), 1);
/// assert_eq!(imported.rejected()[0].line(), 3);
/// assert_eq!(imported.rejected()[0].violations()[0].to_string(), "line 3.date: not a date (yyyy-mm-dd) `2026-13-02`");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    responses: Responses,
    rejected: Vec<RejectedRow>,
}

impl Imported {
    /// The responses of the good records.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let imported = CsvImport::new().lenient("respondent,date,subject,measure,score\nr1,2026-03-02,empathy,ces,2\n".as_bytes())?;
    /// assert_eq!(imported.responses().len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn responses(&self) -> &Responses {
        &self.responses
    }

    /// Every rejected record, in file order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let imported = CsvImport::new().lenient("respondent,date,subject,measure,score\nr1,2026-03-02,empathy,ces,9\n".as_bytes())?;
    /// assert_eq!(imported.rejected()[0].violations()[0].problem(), &Problem::OutOfScale);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn rejected(&self) -> &[RejectedRow] {
        &self.rejected
    }

    /// The responses and the rejected records, taken apart.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let (responses, rejected) = CsvImport::new().lenient("respondent,date,subject,measure,score\nr1,2026-03-02,empathy,ces,2\n".as_bytes())?.into_parts();
    /// assert_eq!((responses.len(), rejected.len()), (1, 0));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Responses, Vec<RejectedRow>) {
        (self.responses, self.rejected)
    }
}

/// A record a lenient import rejected: its line and every problem found in it.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let file = "respondent,date,subject,measure,score\n,2026-03-02,spa,nps,11\n";
/// let imported = CsvImport::new().lenient(file.as_bytes())?;
/// let row = &imported.rejected()[0];
/// assert_eq!(row.line(), 2);
/// let paths: Vec<&str> = row.violations().iter().map(|v| v.path()).collect();
/// assert_eq!(paths, ["line 2.respondent", "line 2.subject", "line 2.score"]);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedRow {
    line: u64,
    violations: Vec<Violation>,
}

impl RejectedRow {
    /// The line the record starts on (the header is line 1).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let imported = CsvImport::new().lenient("respondent,date,subject,measure,score\nr,2026-03-02,empathy,nps,x\n".as_bytes())?;
    /// assert_eq!(imported.rejected()[0].line(), 2);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Every problem found, each at `line N.column` with the cell's value.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let imported = CsvImport::new().lenient("respondent,date,subject,measure,score\nr,2026-03-02,empathy,nps,x\n".as_bytes())?;
    /// assert_eq!(imported.rejected()[0].violations()[0].to_string(), "line 2.score: not a number `x`");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }
}

impl<'m> CsvImport<'m> {
    /// An import with the default [`Scales`], monthly survey periods and no model.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let responses = CsvImport::new().strict("respondent,date,subject,measure,score\nr,2026-03-02,empathy,csat,5\n".as_bytes())?;
    /// assert_eq!(responses.scales(), Scales::default());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self { scales: Scales::default(), survey_period: PeriodKind::Month, model: None }
    }

    /// Sets the scales the answers are on.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr,2026-03-02,empathy,csat,9\n";
    /// assert!(CsvImport::new().strict(file.as_bytes()).is_err());
    /// let ten = Scales::default().csat(Scale::new(1.0, 10.0)?);
    /// assert_eq!(CsvImport::new().scales(ten).strict(file.as_bytes())?.len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn scales(mut self, scales: Scales) -> Self {
        self.scales = scales;
        self
    }

    /// Sets the survey period within which a respondent answers a subject
    /// once per measure (default: a month).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr,2026-01-02,empathy,nps,9\nr,2026-02-02,empathy,nps,9\n";
    /// assert!(CsvImport::new().strict(file.as_bytes()).is_ok());
    /// let err = CsvImport::new().survey_period(PeriodKind::Year).strict(file.as_bytes()).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid survey file: line 3.respondent: respondent already answered this subject in the survey period `r`");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn survey_period(mut self, kind: PeriodKind) -> Self {
        self.survey_period = kind;
        self
    }

    /// Checks every phase named against `model`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    ///
    /// let file = "respondent,date,subject,measure,score\nr,2026-01-02,stay/spa,nps,9\n";
    /// assert!(CsvImport::new().strict(file.as_bytes()).is_ok());
    /// let err = CsvImport::new().model(&model).strict(file.as_bytes()).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid survey file: line 2.subject: not in the model `stay/spa`");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn model(mut self, model: &'m ServiceModel) -> Self {
        self.model = Some(model);
        self
    }

    /// Reads every record; refuses the whole file if any is bad.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::SurveyFile`](crate::error::Entity::SurveyFile)
    /// listing every problem of every bad record (see the type's
    /// documentation), or the problem that stops the file from being read
    /// at all: an empty file (`line 1`, [`Problem::Empty`]), a header
    /// without records (`records`, [`Problem::Empty`]), a required column
    /// missing from the header (`line 1.column`, [`Problem::MissingColumn`])
    /// or given twice (`line 1.column`, [`Problem::Contradicts`]), a reader
    /// that fails (`line N`, [`Problem::Unreadable`], with the reader's
    /// message).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,nps,12\nr2,yesterday,empathy,nps,9\nr3,2026-03-02,empathy,nps,9\n";
    /// let err = CsvImport::new().strict(file.as_bytes()).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid survey file: line 2.score: score outside the scale `12`; line 3.date: not a date (yyyy-mm-dd) `yesterday`"
    /// );
    /// assert_eq!(CsvImport::new().strict("".as_bytes()).unwrap_err().to_string(), "invalid survey file: line 1: nothing given");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn strict<R: io::Read>(&self, reader: R) -> Result<Responses, Error> {
        let mut bad = Vec::new();
        let responses = self.read(reader, |row| bad.extend(row.violations))?;
        if bad.is_empty() { Ok(responses) } else { Err(Error::invalid(Entity::SurveyFile, bad)) }
    }

    /// Reads every record; keeps the good ones and lists every rejected one.
    ///
    /// # Errors
    ///
    /// Only for what stops the file from being read at all, as in
    /// [`strict`](Self::strict): an empty file, a header without records,
    /// a required column missing or given twice, a reader that fails.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,nps,12\nr2,2026-03-02,empathy,nps,9\n";
    /// let imported = CsvImport::new().lenient(file.as_bytes())?;
    /// assert_eq!((imported.responses().len(), imported.rejected().len()), (1, 1));
    /// let err = CsvImport::new().lenient("respondent,date,measure,score\n".as_bytes()).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid survey file: line 1.subject: missing column `subject`");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn lenient<R: io::Read>(&self, reader: R) -> Result<Imported, Error> {
        let mut rejected = Vec::new();
        let responses = self.read(reader, |row| rejected.push(row))?;
        Ok(Imported { responses, rejected })
    }

    /// Reads every record, handing each bad one to `reject`.
    fn read<R: io::Read>(&self, reader: R, mut reject: impl FnMut(RejectedRow)) -> Result<Responses, Error> {
        let mut csv = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(reader);
        let mut record = csv::ByteRecord::new();
        let fatal = |path: String, problem: Problem, value: String| {
            Error::invalid(Entity::SurveyFile, vec![Violation::new(path, problem, value)])
        };
        // The error's own position if it has one, else where the reader stopped.
        let unreadable = |e: &csv::Error, at: &csv::Position| {
            let line = e.position().unwrap_or(at).line();
            fatal(format!("line {line}"), Problem::Unreadable, e.to_string())
        };
        if !csv.read_byte_record(&mut record).map_err(|e| unreadable(&e, &csv::Position::new()))? {
            return Err(fatal("line 1".to_owned(), Problem::Empty, String::new()));
        }
        let layout = Layout::of(&record)?;
        let mut reader = RowReader::new(self, layout);
        let mut items = Vec::new();
        let mut records = 0_u64;
        loop {
            match csv.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Err(unreadable(&e, csv.position())),
            }
            records += 1;
            let line = record.position().map_or(records + 1, csv::Position::line);
            match reader.row(line, &record, &items) {
                Ok(response) => items.push(response),
                Err(violations) => reject(RejectedRow { line, violations }),
            }
        }
        if records == 0 {
            return Err(fatal("records".to_owned(), Problem::Empty, String::new()));
        }
        Ok(reader.intake.finish(items))
    }
}

/// Where each column is in the file's records.
struct Layout {
    at: [Option<usize>; Column::ALL.len()],
    width: usize,
}

impl Layout {
    fn of(header: &csv::ByteRecord) -> Result<Self, Error> {
        // `Column as usize` is a column's place in `Column::ALL`.
        debug_assert!(Column::ALL.iter().enumerate().all(|(n, c)| *c as usize == n));
        let mut at = [None; Column::ALL.len()];
        let mut v = Violations::default();
        for (i, name) in header.iter().enumerate() {
            let name = String::from_utf8_lossy(name);
            let name = name.trim().trim_start_matches('\u{FEFF}').trim();
            let found = Column::ALL.iter().position(|c| c.name().eq_ignore_ascii_case(name));
            if let Some(slot) = found.and_then(|n| at.get_mut(n)) {
                if slot.is_some() {
                    v.push(
                        format!("line 1.{}", name.to_ascii_lowercase()),
                        Problem::Contradicts("column given twice"),
                        name,
                    );
                }
                *slot = Some(i);
            }
        }
        for column in Column::REQUIRED {
            if Column::ALL
                .iter()
                .position(|c| *c == column)
                .and_then(|n| at.get(n))
                .copied()
                .flatten()
                .is_none()
            {
                v.push(format!("line 1.{}", column.name()), Problem::MissingColumn, column.name());
            }
        }
        v.finish(Entity::SurveyFile, || Self { at, width: header.len() })
    }

    fn index(&self, column: Column) -> Option<usize> {
        self.at.get(column as usize).copied().flatten()
    }
}

/// Turns records into responses, checking each as it goes.
struct RowReader<'m> {
    layout: Layout,
    intake: Intake<'m>,
    /// Subjects and sites read before, by their text: most files name a
    /// few dozen, so each is parsed once.
    subjects: FxHashMap<Box<[u8]>, Subject>,
    sites: FxHashMap<Box<[u8]>, Id>,
}

impl<'m> RowReader<'m> {
    fn new(import: &CsvImport<'m>, layout: Layout) -> Self {
        Self {
            layout,
            intake: Intake::new(import.scales, import.survey_period, import.model, 1024),
            subjects: crate::fx::map_with_capacity(64),
            sites: crate::fx::map_with_capacity(16),
        }
    }

    /// The response of the record at `line`, or every problem in it.
    /// `earlier` are the responses read before it.
    fn row(
        &mut self,
        line: u64,
        record: &csv::ByteRecord,
        earlier: &[Response],
    ) -> Result<Response, Vec<Violation>> {
        let mut v = Violations::default();
        if record.len() > self.layout.width {
            v.push(
                format!("line {line}"),
                Problem::Contradicts("more fields than the header has columns"),
                record.len().to_string(),
            );
        }
        let cells = Cells { record, layout: &self.layout, line };
        let respondent = cells.required(&mut v, Column::Respondent);
        let date = cells.required(&mut v, Column::Date).and_then(|t| match date_of(t) {
            Some(d) => Some(d),
            None => {
                v.push(cells.at(Column::Date), Problem::NotADate, t);
                None
            }
        });
        let subject = cells
            .required(&mut v, Column::Subject)
            .and_then(|t| subject_of(&mut self.subjects, &mut v, &cells.at(Column::Subject), t));
        let measure =
            cells.required(&mut v, Column::Measure).and_then(|t| cells.parsed(&mut v, Column::Measure, t));
        let answer = match measure {
            Some(Measure::Servqual) => {
                let e = cells.number(&mut v, Column::Expectation, true);
                let p = cells.number(&mut v, Column::Perception, true);
                e.zip(p).map(|(expectation, perception)| Answer::Servqual { expectation, perception })
            }
            Some(Measure::Nps) => cells.number(&mut v, Column::Score, true).and_then(|x| {
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a whole number from 0 to 10"
                )]
                let whole = (x.fract() == 0.0 && (0.0..=10.0).contains(&x)).then_some(x as u8);
                if whole.is_none() {
                    v.push(cells.at(Column::Score), Problem::OutOfScale, x.to_string());
                }
                whole.map(Answer::Nps)
            }),
            Some(Measure::Csat) => cells.number(&mut v, Column::Score, true).map(Answer::Csat),
            Some(Measure::Ces) => cells.number(&mut v, Column::Score, true).map(Answer::Ces),
            None => None,
        };
        let importance = cells.number(&mut v, Column::Importance, false);
        let channel = cells
            .get(&mut v, Column::Channel)
            .and_then(|t| cells.parsed::<Channel>(&mut v, Column::Channel, t));
        let site = cells
            .get(&mut v, Column::Site)
            .and_then(|t| site_of(&mut self.sites, &mut v, &cells.at(Column::Site), t));
        let path = Place::Line(line);
        self.intake.check_parts(&mut v, path, respondent, subject.as_ref(), answer, importance);
        if let (true, Some(respondent), Some(date), Some(subject), Some(answer)) =
            (v.is_empty(), respondent, date, subject, answer)
        {
            let response = Response {
                respondent: std::sync::Arc::from(respondent),
                date,
                site,
                channel,
                subject,
                answer,
                importance,
            };
            self.intake.remember(&mut v, path, &response, earlier.len(), earlier);
            if v.is_empty() {
                return Ok(response);
            }
        }
        Err(v.into_error(Entity::SurveyFile).violations().to_vec())
    }
}

/// The cells of one record.
struct Cells<'r> {
    record: &'r csv::ByteRecord,
    layout: &'r Layout,
    line: u64,
}

impl<'r> Cells<'r> {
    /// The path of `column` on this record's line.
    fn at(&self, column: Column) -> String {
        format!("line {}.{}", self.line, column.name())
    }

    /// The trimmed text of a cell; `None` when the column or the cell is
    /// missing or empty, or the cell is not UTF-8 (a violation).
    fn get(&self, v: &mut Violations, column: Column) -> Option<&'r str> {
        let bytes = self.record.get(self.layout.index(column)?)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => Some(text.trim()).filter(|t| !t.is_empty()),
            Err(_) => {
                v.push(self.at(column), Problem::Unreadable, String::from_utf8_lossy(bytes));
                None
            }
        }
    }

    /// The text of a cell that must not be empty.
    fn required(&self, v: &mut Violations, column: Column) -> Option<&'r str> {
        let before = v.len();
        let text = self.get(v, column);
        if text.is_none() && v.len() == before {
            v.push(self.at(column), Problem::MissingField, "");
        }
        text
    }

    /// A cell's number, `needed` or not.
    fn number(&self, v: &mut Violations, column: Column, needed: bool) -> Option<f64> {
        let text = if needed { self.required(v, column) } else { self.get(v, column) }?;
        match text.parse::<f64>() {
            Ok(x) => Some(x),
            Err(_) => {
                v.push(self.at(column), Problem::NotANumber, text);
                None
            }
        }
    }

    /// A cell's value of a vocabulary.
    fn parsed<T: std::str::FromStr>(&self, v: &mut Violations, column: Column, text: &str) -> Option<T> {
        match text.parse::<T>() {
            Ok(x) => Some(x),
            Err(_) => {
                v.push(self.at(column), Problem::NotAccepted, text);
                None
            }
        }
    }
}

/// The subject a cell names, a dimension or a phase path; each text is parsed once.
fn subject_of(
    known: &mut FxHashMap<Box<[u8]>, Subject>,
    v: &mut Violations,
    path: &str,
    text: &str,
) -> Option<Subject> {
    if let Some(subject) = known.get(text.as_bytes()) {
        return Some(subject.clone());
    }
    let subject = if text.contains('/') {
        match text.parse::<PhasePath>() {
            Ok(phase) => Subject::Phase(phase),
            Err(_) => {
                v.push(path, Problem::NotAPhasePath, text);
                return None;
            }
        }
    } else {
        match text.parse::<QualityDimension>() {
            Ok(d) => Subject::Dimension(d),
            Err(_) => {
                v.push(path, Problem::NotAccepted, text);
                return None;
            }
        }
    };
    known.insert(Box::from(text.as_bytes()), subject.clone());
    Some(subject)
}

/// The site a cell names, an id; each text is checked once.
fn site_of(known: &mut FxHashMap<Box<[u8]>, Id>, v: &mut Violations, path: &str, text: &str) -> Option<Id> {
    if let Some(id) = known.get(text.as_bytes()) {
        return Some(id.clone());
    }
    let id = v.id(path, text)?;
    known.insert(Box::from(text.as_bytes()), id.clone());
    Some(id)
}

/// The date a cell holds: `yyyy-mm-dd` read directly, anything else (a
/// time after the date) by jiff's parser.
fn date_of(text: &str) -> Option<jiff::civil::Date> {
    let digits =
        |b: &[u8]| b.iter().try_fold(0_i16, |n, &d| d.is_ascii_digit().then(|| n * 10 + i16::from(d - b'0')));
    if let [y @ .., b'-', m1, m2, b'-', d1, d2] = text.as_bytes() {
        if let (4, Some(year), Some(month), Some(day)) =
            (y.len(), digits(y), digits(&[*m1, *m2]), digits(&[*d1, *d2]))
        {
            let (month, day) = (i8::try_from(month).ok()?, i8::try_from(day).ok()?);
            return jiff::civil::Date::new(year, month, day).ok();
        }
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_date_reads_what_jiff_reads() {
        for text in [
            "2026-03-02",
            "2024-02-29",
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-01-32",
            "0000-01-01",
            "9999-12-31",
            "2026-3-02",
            "2026-03-2",
            "2026/03/02",
            "2026-03-02T10:00:00",
            "2026-03-02 10:00",
            "２０２６-03-02",
            "20a6-03-02",
            "",
        ] {
            assert_eq!(date_of(text), text.parse::<jiff::civil::Date>().ok(), "{text}");
        }
    }
}

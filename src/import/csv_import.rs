//! Survey responses read from CSV, the form survey tools export (feature `csv`).

use std::{borrow::Cow, collections::VecDeque, io};

use jiff::civil::Date;

use rustc_hash::FxHashMap;

use crate::{
    error::Entity,
    error::Error,
    error::Problem,
    error::Violation,
    import::held::Held,
    import::mapping::{Days, QuestionColumn, SurveyMapping, normalize, same},
    model::Channel,
    model::Id,
    model::PhasePath,
    model::QualityDimension,
    model::ServiceModel,
    survey::Subject,
    survey::{
        Answer, Intake, Measure, Period, PeriodKind, Place, Response, Responses, Scales,
        aggregate::{By, Groups, Summary},
        intake::{check_comment, check_date},
    },
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
/// | `date` | yes | `yyyy-mm-dd` (a time after it is ignored), from 1900-01-01 to 2199-12-31 |
/// | `subject` | yes | a quality dimension (`empathy`), a phase `sequence/phase`, or `overall` (not for `servqual`) |
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
/// [`Violation`] at `line N.column` (`line 7.score`), with the cell's value;
/// `N` is the line the record starts on in the file, whatever ends its
/// lines (`\n`, `\r\n` as spreadsheets write, or a lone `\r`), counting
/// blank lines and the line breaks in quoted fields.
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
/// ([`Problem::InvalidWeight`]); more fields than the header has columns,
/// or a cell of another measure than the record's, which would be dropped
/// (a `score` in a `servqual` record, an `expectation` or `perception` in
/// any other; [`Problem::Contradicts`], saying which measure takes what);
/// a date before [`Response::EARLIEST_DATE`] (1900-01-01) or after
/// [`Response::LATEST_DATE`] (2199-12-31) ([`Problem::DateOutOfRange`]);
/// the same respondent, subject and measure
/// again in one survey period ([`Problem::DuplicateResponse`], at
/// `respondent`, on the later record; an aggregation while reading can be
/// told not to check, below).
///
/// # Aggregating while reading
///
/// [`strict`](Self::strict) and [`lenient`](Self::lenient) keep every
/// response, as [`Responses`] does, so their memory grows with the rows.
/// [`aggregate_strict`](Self::aggregate_strict) and
/// [`aggregate_lenient`](Self::aggregate_lenient) fold each good record
/// into its group ([`By`]) as it is read and keep no response; they give
/// the summaries (and the rejected records) that importing and then
/// [aggregating](Responses::aggregate) gives. They keep the groups, each
/// subject and site named, the rejected records, and for the duplicate
/// check:
///
/// - with the check on (the default), fingerprints of what was answered.
///   Through a mapping whose questions have at most 32 identities (subject
///   and measure), one fingerprint per respondent and survey period, with
///   the questions answered marked beside it: 16 bytes in tables a quarter
///   to half full, so in a large file 32 to 64 bytes per respondent and
///   period, about 32 MB for a million. Otherwise, and in the long layout,
///   one per respondent, subject, measure and survey period: 16 bytes in
///   tables at most 7/8 full, 19 to 39 bytes each. Each fingerprint is
///   made of two hashes by std's
///   [`RandomState`](std::collections::hash_map::RandomState) (today
///   SipHash-1-3 under a key drawn at random for each process, at two
///   different inputs: the identity, and the identity and one byte more),
///   so someone who cannot read the
///   process's memory cannot choose two that share a fingerprint; by
///   chance, two of a million share one with probability below 2⁻⁵⁶ (a
///   respondent and period: 95 bits kept) or 2⁻⁸⁸ (an answer: 128 bits).
///   The later would be a false duplicate; a true duplicate is never
///   missed. A look-up in so large a set reads memory that is not in the
///   processor's cache, so a mapping's records are checked 64 at a time,
///   their fingerprints' memory fetched together: for a million rows of
///   seven answers, the check adds about a third to the time.
/// - with [`check_duplicates(false)`](Self::check_duplicates), for a
///   survey tool that lets each respondent submit once: nothing per row,
///   so memory is flat in the number of rows.
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
    duplicates: bool,
    mapping: Option<&'m SurveyMapping>,
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
    filtered: u64,
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

    /// How many records a [mapping](SurveyMapping)'s filters left out
    /// (previews, unfinished responses): not rejected, not read further;
    /// always 0 for the long layout.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d").filter("Status", ["IP Address"])
    ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
    ///     .build()?;
    /// let file = "id,day,Status,nps\nr1,2026-03-02,Survey Preview,9\n";
    /// assert_eq!(CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes())?.filtered(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn filtered(&self) -> u64 {
        self.filtered
    }
}

/// What a lenient aggregation while reading
/// ([`CsvImport::aggregate_lenient`]) summed up, and what it rejected.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let file = "\
/// respondent,date,subject,measure,score
/// r1,2026-03-02,empathy,nps,9
/// r2,2026-13-02,empathy,nps,7
/// r3,2026-03-09,empathy,nps,3
/// ";
/// let aggregated = CsvImport::new().aggregate_lenient(file.as_bytes(), By::subject())?;
/// let nps = aggregated.summaries()[0].estimate();
/// assert_eq!((nps.count(), nps.mean()), (2, 0.0));
/// assert_eq!(aggregated.rejected()[0].line(), 3);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregated {
    summaries: Vec<Summary>,
    rejected: Vec<RejectedRow>,
    filtered: u64,
}

impl Aggregated {
    /// Every group of the good records, in the order each first appears:
    /// what [`Responses::aggregate`] gives for the responses a lenient
    /// import keeps.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,ces,2\nr2,2026-03-02,empathy,ces,4\n";
    /// let aggregated = CsvImport::new().aggregate_lenient(file.as_bytes(), By::subject())?;
    /// assert_eq!(aggregated.summaries()[0].estimate().mean(), 3.0);
    /// assert_eq!(aggregated.summaries(), CsvImport::new().lenient(file.as_bytes())?.responses().aggregate(By::subject()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn summaries(&self) -> &[Summary] {
        &self.summaries
    }

    /// Every rejected record, in file order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,ces,9\n";
    /// let aggregated = CsvImport::new().aggregate_lenient(file.as_bytes(), By::subject())?;
    /// assert!(aggregated.summaries().is_empty());
    /// assert_eq!(aggregated.rejected()[0].violations()[0].to_string(), "line 2.score: score outside the scale `9`");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn rejected(&self) -> &[RejectedRow] {
        &self.rejected
    }

    /// The summaries and the rejected records, taken apart.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,ces,2\n";
    /// let (summaries, rejected) = CsvImport::new().aggregate_lenient(file.as_bytes(), By::subject())?.into_parts();
    /// assert_eq!((summaries.len(), rejected.len()), (1, 0));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Vec<Summary>, Vec<RejectedRow>) {
        (self.summaries, self.rejected)
    }

    /// How many records a [mapping](SurveyMapping)'s filters left out, as
    /// [`Imported::filtered`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d").filter("Finished", ["1"])
    ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
    ///     .build()?;
    /// let file = "id,day,Finished,nps\nr1,2026-03-02,1,9\nr2,2026-03-02,0,3\n";
    /// let aggregated = CsvImport::new().with_mapping(&mapping).aggregate_lenient(file.as_bytes(), By::subject())?;
    /// assert_eq!((aggregated.summaries()[0].estimate().count(), aggregated.filtered()), (1, 1));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn filtered(&self) -> u64 {
        self.filtered
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
    /// The line the record starts on: the file's first line is 1, and
    /// every line counts, ended by `\n`, `\r\n` or a lone `\r`, blank
    /// lines and the line breaks in quoted fields included.
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
        Self {
            scales: Scales::default(),
            survey_period: PeriodKind::Month,
            model: None,
            duplicates: true,
            mapping: None,
        }
    }

    /// Reads files laid out as `mapping` says (a survey tool's wide
    /// export) instead of the long layout; the answers are on the
    /// mapping's [scales](SurveyMapping::scales), whatever
    /// [`scales`](Self::scales) says.
    ///
    /// Each record is one respondent: every question column answered is a
    /// response (an empty cell is a question not answered), of the
    /// record's respondent, date, site and channel. A record is rejected
    /// whole, with every problem, each at `line N.column` (the column as
    /// the mapping names it) with the cell and what is accepted: a
    /// required column's cell empty ([`Problem::MissingField`]); a date
    /// not in the mapping's format ([`Problem::NotInFormat`], the format
    /// accepted) or out of range ([`Problem::DateOutOfRange`]); a site or
    /// channel not in its table or not an id / channel
    /// ([`Problem::NotAccepted`], [`Problem::InvalidId`]); an answer that
    /// is neither a label of its question, a number nor a number followed
    /// by ` - ` and a label ([`Problem::NotAccepted`] with the labels, or
    /// [`Problem::NotANumber`]), or off its question's scale
    /// ([`Problem::OutOfScale`], the scale accepted); a multi-select
    /// option's cell ([`QuestionColumn::choice`]) holding another text
    /// than the option ([`Problem::NotAccepted`]); a cell not UTF-8
    /// ([`Problem::Unreadable`]); more fields than the header has columns.
    /// A record the filters leave out is neither read nor rejected, only
    /// counted ([`Imported::filtered`]). The whole file is refused, as for
    /// the long layout, when a column the mapping names is missing from
    /// the header (`line N.column`, [`Problem::MissingColumn`]) or from
    /// the sub-header under its question (`line N.column / sub-item`), or named
    /// twice there, when a question's phase is not in the
    /// [model](Self::model) ([`Problem::NotInModel`]), or when the file
    /// ends before its header records (`line N`, [`Problem::Empty`]) or
    /// has none after them (`records`). The duplicate check is made for
    /// each answer: in a lenient import a record whose answers partly
    /// repeat the respondent's earlier answers in the survey period keeps
    /// the others, and is listed with the repeated ones.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder()
    ///     .respondent("Respondent ID")
    ///     .date("Start Date", "%m/%d/%Y %I:%M:%S %p")
    ///     .question(QuestionColumn::new("Satisfied?", Subject::Phase("visit/consult".parse()?), Measure::Csat)
    ///         .label("Very satisfied", 5.0).label("Satisfied", 4.0).label("Dissatisfied", 2.0))
    ///     .build()?;
    /// let file = "Respondent ID,Start Date,Satisfied?\n11,03/04/2024 09:15:02 AM,very satisfied\n12,03/04/2024 11:02:47 AM,Happy\n";
    /// let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes())?;
    /// assert_eq!(imported.responses().len(), 1);
    /// assert_eq!(
    ///     imported.rejected()[0].violations()[0].to_string(),
    ///     "line 3.Satisfied?: not one of the accepted values `Happy` (accepted: Very satisfied, Satisfied, Dissatisfied or a number from 1 to 5)"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn with_mapping(mut self, mapping: &'m SurveyMapping) -> Self {
        self.mapping = Some(mapping);
        self
    }

    /// The scales the answers are on: the mapping's, if one is set.
    fn scales_in_use(&self) -> Scales {
        self.mapping.map_or(self.scales, |m| m.scales)
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

    /// Sets whether [`aggregate_strict`](Self::aggregate_strict) and
    /// [`aggregate_lenient`](Self::aggregate_lenient) refuse a respondent
    /// who answers a subject for one measure twice in one survey period
    /// (default: they do).
    ///
    /// To check in one pass without keeping the responses, they keep a
    /// fingerprint of each respondent and survey period, with the questions
    /// answered, when reading through a mapping of at most 32 distinct
    /// questions (in a large file, 32 to 64 bytes each), or else of each
    /// respondent, subject, measure and survey period (19 to 39 bytes
    /// each): see the type's documentation for how they are made and what
    /// they cost. When the
    /// survey tool already lets each respondent submit once, turn the check
    /// off: nothing is then kept per row, and memory is flat in the number
    /// of rows. [`strict`](Self::strict) and [`lenient`](Self::lenient)
    /// always check, exactly, against the responses they keep, whatever
    /// this is set to: [`Responses`] never holds a duplicate.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,nps,9\nr1,2026-03-09,empathy,nps,10\n";
    /// let err = CsvImport::new().aggregate_strict(file.as_bytes(), By::subject()).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid survey file: line 3.respondent: respondent already answered this subject in the survey period `r1`");
    /// let trusted = CsvImport::new().check_duplicates(false);
    /// assert_eq!(trusted.aggregate_strict(file.as_bytes(), By::subject())?[0].estimate().count(), 2);
    /// assert!(trusted.strict(file.as_bytes()).is_err());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn check_duplicates(mut self, check: bool) -> Self {
        self.duplicates = check;
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
        let mut keep = Keep(Vec::new());
        self.read(reader, self.intake(), &mut keep, |row| bad.extend(row.violations))?;
        if bad.is_empty() { Ok(self.responses(keep)) } else { Err(Error::invalid(Entity::SurveyFile, bad)) }
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
        let mut keep = Keep(Vec::new());
        let filtered = self.read(reader, self.intake(), &mut keep, |row| rejected.push(row))?;
        Ok(Imported { responses: self.responses(keep), rejected, filtered })
    }

    /// Reads every record and folds each good one into its group ([`By`])
    /// as it is read, keeping no response; refuses the whole file if any
    /// record is bad.
    ///
    /// The summaries are those of [`strict`](Self::strict) followed by
    /// [`Responses::aggregate`]: the same groups, in the order each first
    /// appears, with the same estimates. Memory does not grow with the
    /// good rows, but for the duplicate check's fingerprints (in a large
    /// file, 32 to 64 bytes per respondent and survey period through a
    /// mapping of at most 32 distinct questions, 19 to 39 bytes per
    /// respondent, subject, measure and survey period otherwise), which
    /// [`check_duplicates(false)`](Self::check_duplicates) turns off: see
    /// the type's documentation. Every problem of every bad record is kept
    /// for the error, so a file with many bad records takes memory for
    /// each.
    ///
    /// # Errors
    ///
    /// As [`strict`](Self::strict): an error about
    /// [`Entity::SurveyFile`](crate::error::Entity::SurveyFile) listing
    /// every problem of every bad record, or the problem that stops the
    /// file from being read at all.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let file = "\
    /// respondent,date,subject,measure,score,channel
    /// r1,2026-03-02,empathy,csat,5,email
    /// r2,2026-03-04,empathy,csat,3,chat
    /// r3,2026-03-09,empathy,csat,4,email
    /// ";
    /// let by = By::subject().channel();
    /// let summaries = CsvImport::new().aggregate_strict(file.as_bytes(), by)?;
    /// assert_eq!(summaries.len(), 2);
    /// assert_eq!((summaries[0].channel(), summaries[0].estimate().mean()), (Some(Channel::Email), 100.0));
    /// assert_eq!(summaries, CsvImport::new().strict(file.as_bytes())?.aggregate(by));
    /// let bad = "respondent,date,subject,measure,score\nr1,2026-03-02,empathy,csat,9\nr2,2026-03-02,empathy,csat,5\n";
    /// let err = CsvImport::new().aggregate_strict(bad.as_bytes(), by).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid survey file: line 2.score: score outside the scale `9`");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn aggregate_strict<R: io::Read>(&self, reader: R, by: By) -> Result<Vec<Summary>, Error> {
        let mut bad = Vec::new();
        let mut fold = Fold::new(by, self.scales_in_use());
        self.read(reader, self.streaming_intake(), &mut fold, |row| bad.extend(row.violations))?;
        if bad.is_empty() {
            Ok(fold.groups.summaries())
        } else {
            Err(Error::invalid(Entity::SurveyFile, bad))
        }
    }

    /// Reads every record and folds each good one into its group ([`By`])
    /// as it is read, keeping no response; lists every rejected record.
    ///
    /// The summaries are those of [`lenient`](Self::lenient) followed by
    /// [`Responses::aggregate`] of the responses kept, and the rejected
    /// records are the same. Memory does not grow with the good rows, but
    /// for the rejected records and the duplicate check's fingerprints (in
    /// a large file, 32 to 64 bytes per respondent and survey period
    /// through a mapping of at most 32 distinct questions, 19 to 39 bytes
    /// per respondent, subject, measure and survey period otherwise), which [`check_duplicates(false)`](Self::check_duplicates)
    /// turns off: see the type's documentation.
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
    /// let file = "\
    /// respondent,date,subject,measure,score
    /// r1,2026-03-02,empathy,nps,10
    /// r1,2026-03-20,empathy,nps,0
    /// r2,2026-03-04,empathy,nps,x
    /// r3,2026-04-01,empathy,nps,6
    /// ";
    /// let aggregated = CsvImport::new().aggregate_lenient(file.as_bytes(), By::subject())?;
    /// let nps = aggregated.summaries()[0].estimate();
    /// assert_eq!((nps.count(), nps.mean()), (2, 0.0));
    /// let lines: Vec<u64> = aggregated.rejected().iter().map(RejectedRow::line).collect();
    /// assert_eq!(lines, [3, 4]);
    /// assert_eq!(aggregated.rejected()[0].violations()[0].problem(), &Problem::DuplicateResponse);
    /// let imported = CsvImport::new().lenient(file.as_bytes())?;
    /// assert_eq!(aggregated.summaries(), imported.responses().aggregate(By::subject()));
    /// assert_eq!(aggregated.rejected(), imported.rejected());
    /// # Ok::<(), Error>(())
    /// ```
    pub fn aggregate_lenient<R: io::Read>(&self, reader: R, by: By) -> Result<Aggregated, Error> {
        let mut rejected = Vec::new();
        let mut fold = Fold::new(by, self.scales_in_use());
        let filtered = self.read(reader, self.streaming_intake(), &mut fold, |row| rejected.push(row))?;
        Ok(Aggregated { summaries: fold.groups.summaries(), rejected, filtered })
    }

    /// The intake of an import that keeps every response: its duplicate
    /// check compares with them, exactly.
    fn intake(&self) -> Intake<'m> {
        Intake::new(self.scales_in_use(), self.survey_period, self.model, 1024)
    }

    /// The intake of an import that keeps none: its duplicate check, if on,
    /// keeps fingerprints.
    fn streaming_intake(&self) -> Intake<'m> {
        Intake::streaming(self.scales_in_use(), self.survey_period, self.model, self.duplicates)
    }

    /// The responses kept.
    fn responses(&self, keep: Keep) -> Responses {
        Responses { scales: self.scales_in_use(), survey_period: self.survey_period, items: keep.0 }
    }

    /// Reads every record, handing each good one to `sink` and each bad
    /// one to `reject`; how many the mapping's filters left out.
    fn read<R: io::Read, S: Sink>(
        &self,
        reader: R,
        intake: Intake<'m>,
        sink: &mut S,
        mut reject: impl FnMut(RejectedRow),
    ) -> Result<u64, Error> {
        let delimiter = self.mapping.map_or(b',', |m| m.delimiter);
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(Lines::new(reader));
        let mut record = csv::ByteRecord::new();
        let fatal = |path: String, problem: Problem, value: String| {
            Error::invalid(Entity::SurveyFile, vec![Violation::new(path, problem, value)])
        };
        // The line of the record the reader was reading when it failed.
        let unreadable = |e: &csv::Error, csv: &mut csv::Reader<Lines<R>>| {
            let at = e.position().unwrap_or(csv.position()).byte();
            let line = csv.get_mut().line_of(at);
            fatal(format!("line {line}"), Problem::Unreadable, e.to_string())
        };
        // The records before the header, the header, and the header
        // records after it.
        let (before, after) =
            self.mapping.map_or((0, 0), |m| (m.header_row.saturating_sub(1), m.extra_header_rows));
        let mut intake = Some(intake);
        let mut reading = None;
        for n in 0..=before.saturating_add(after) {
            match csv.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) if n == 0 => return Err(fatal("line 1".to_owned(), Problem::Empty, String::new())),
                Ok(false) if n <= before => {
                    let line = csv.get_mut().line_of(u64::MAX);
                    return Err(fatal(format!("line {line}"), Problem::Empty, String::new()));
                }
                Ok(false) => return Err(fatal("records".to_owned(), Problem::Empty, String::new())),
                Err(e) => return Err(unreadable(&e, &mut csv)),
            }
            if let Some(intake) = intake.take_if(|_| n == before) {
                let header = csv.get_mut().line_of(start(&record));
                reading = Some(match self.mapping {
                    None => Reading::Long(RowReader::new(Layout::of(&record, header)?, intake)),
                    Some(m) => Reading::Mapped(Mapped::of(m, &record, header, intake)?),
                });
            } else if let (Some(Reading::Mapped(mapped)), true) = (&mut reading, n == before + 1) {
                // The sub-header: the record after the column names.
                let line = csv.get_mut().line_of(start(&record));
                mapped.sub_header(&record, line)?;
            }
        }
        let Some(mut reading) = reading else {
            return Err(fatal("line 1".to_owned(), Problem::Empty, String::new()));
        };
        let mut records = 0_u64;
        let mut filtered = 0_u64;
        loop {
            match csv.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Err(unreadable(&e, &mut csv)),
            }
            records += 1;
            let line = csv.get_mut().line_of(start(&record));
            let mut v = Violations::default();
            match &mut reading {
                Reading::Long(reader) => {
                    if let Some(row) = reader.row(&mut v, line, &record) {
                        sink.take(&mut reader.intake, &mut v, Place::Line(line), row);
                    }
                }
                Reading::Mapped(mapped) => {
                    if !mapped.record(&mut v, line, &record, sink) {
                        filtered += 1;
                    }
                    if mapped.held.is_full() {
                        mapped.flush(sink, &mut reject);
                    }
                }
            }
            if !v.is_empty() {
                reject(RejectedRow { line, violations: v.into_vec() });
            }
        }
        if let Reading::Mapped(mapped) = &mut reading {
            mapped.flush(sink, &mut reject);
        }
        if records == 0 {
            return Err(fatal("records".to_owned(), Problem::Empty, String::new()));
        }
        Ok(filtered)
    }
}

/// Where the csv reader began reading `record`: the end of the record
/// before it (a record read always has its position).
fn start(record: &csv::ByteRecord) -> u64 {
    record.position().map_or(0, csv::Position::byte)
}

/// A reader that counts the lines of what is read through it, so that
/// each record is named by the line it starts on.
///
/// A line ends at `\n`, `\r\n` or a lone `\r`, as a record does for the
/// csv crate (whose own line count misses a lone `\r` and names a record
/// after `\r\n` or blank lines by an earlier line). A record starts at the
/// first byte after the end of the one before it that is not a line break:
/// the reader remembers where each line that is not empty starts, until a
/// record after it is asked about. Those are the lines read ahead by the
/// csv reader's buffer and the lines of one record (a quoted field with
/// line breaks), so what is held does not grow with the file.
struct Lines<R> {
    inner: R,
    /// How many bytes were read.
    read: u64,
    /// The line of the next byte.
    line: u64,
    /// Whether the next byte starts a line.
    at_start: bool,
    /// Whether the last byte read was `\r`: a `\n` after it ends no other line.
    after_cr: bool,
    /// The first byte and the number of each line that is not empty, from
    /// the line of the record asked about last.
    starts: VecDeque<(u64, u64)>,
}

impl<R> Lines<R> {
    fn new(inner: R) -> Self {
        Self { inner, read: 0, line: 1, at_start: true, after_cr: false, starts: VecDeque::new() }
    }

    /// The line of the first byte at or after `byte` that is not a line
    /// break: the line of the record the csv reader began reading at
    /// `byte`, or, if no such byte was read yet, the line the reader is on.
    /// Asked with `byte` never smaller than before.
    fn line_of(&mut self, byte: u64) -> u64 {
        while let Some(&(at, line)) = self.starts.front() {
            if at >= byte {
                return line;
            }
            self.starts.pop_front();
        }
        self.line
    }

    /// Counts the lines of `bytes`, read after the bytes before.
    fn count(&mut self, bytes: &[u8]) {
        let mut at = self.read;
        let mut rest = bytes;
        while !rest.is_empty() {
            if !self.at_start {
                // Within a line: to the first byte below `\r` + 1 (`\n`
                // and `\r` among them), eight bytes at a time. Of the bytes
                // a word flags, the lowest is one (a flag above it may be
                // false: a borrow from it).
                let mut skipped = 0;
                for word in rest.chunks_exact(8) {
                    let mut w = [0_u8; 8];
                    w.copy_from_slice(word);
                    let x = u64::from_le_bytes(w);
                    let low = x.wrapping_sub(0x0E0E_0E0E_0E0E_0E0E) & !x & 0x8080_8080_8080_8080;
                    if low != 0 {
                        skipped += (low.trailing_zeros() / 8) as usize;
                        break;
                    }
                    skipped += 8;
                }
                if skipped > 0 {
                    self.after_cr = false;
                    rest = rest.get(skipped..).unwrap_or_default();
                    at += skipped as u64;
                    continue;
                }
            }
            let Some((&b, tail)) = rest.split_first() else { break };
            match b {
                b'\n' => {
                    if !self.after_cr {
                        self.line += 1;
                    }
                    self.after_cr = false;
                    self.at_start = true;
                }
                b'\r' => {
                    self.line += 1;
                    self.after_cr = true;
                    self.at_start = true;
                }
                _ => {
                    if self.at_start {
                        self.starts.push_back((at, self.line));
                        self.at_start = false;
                    }
                    self.after_cr = false;
                }
            }
            rest = tail;
            at += 1;
        }
        self.read = at;
    }
}

impl<R: io::Read> io::Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

/// A good record, read and checked on its own: what a [`Sink`] takes.
struct Row<'r> {
    respondent: &'r str,
    date: Date,
    site: Option<Cow<'r, Id>>,
    channel: Option<Channel>,
    subject: Cow<'r, Subject>,
    answer: Answer,
    importance: Option<f64>,
    comment: Option<&'r str>,
    /// The place of a mapping's question the row answers: every row of
    /// one place has one subject and measure.
    question: Option<usize>,
}

/// What an import does with each good record.
trait Sink {
    /// Takes `row`, the good record at `path`, unless its respondent
    /// answered its subject for its measure in its survey period before:
    /// then a violation into `v` (empty until then), and the row is not taken.
    fn take(&mut self, intake: &mut Intake<'_>, v: &mut Violations, path: Place, row: Row<'_>);

    /// Whether the sink keeps nothing of an answer but its value and
    /// group, so that a mapping's record is handed to it at once
    /// ([`take_answers`](Self::take_answers)), its duplicates left out
    /// before.
    fn takes_answers(&self) -> bool {
        false
    }

    /// Takes at once the answers of a good record of a mapping, given with
    /// `channel`, `site` and `date`, each by its question's place and the
    /// subject `subject` gives that place; called only when
    /// [`takes_answers`](Self::takes_answers).
    fn take_answers<'q>(
        &mut self,
        _context: (Option<Channel>, Option<&Id>, Date),
        _answers: &[(usize, Answer, Option<usize>)],
        _subject: impl Fn(usize) -> Option<&'q Subject>,
    ) {
    }
}

/// Keeps every good record as a response, for [`Responses`].
struct Keep(Vec<Response>);

impl Sink for Keep {
    fn take(&mut self, intake: &mut Intake<'_>, v: &mut Violations, path: Place, row: Row<'_>) {
        let response = Response {
            respondent: std::sync::Arc::from(row.respondent),
            date: row.date,
            site: row.site.map(Cow::into_owned),
            channel: row.channel,
            subject: row.subject.into_owned(),
            answer: row.answer,
            importance: row.importance,
            comment: row.comment.map(std::sync::Arc::from),
        };
        intake.remember(v, path, &response, self.0.len(), &self.0);
        if v.is_empty() {
            self.0.push(response);
        }
    }
}

/// What a row's group depends on besides its subject and measure, as the
/// grouping keeps it: channel, site, period.
type Context = (Option<Channel>, Option<Id>, Option<Period>);

/// Folds every good record into its group, keeping none.
struct Fold {
    groups: Groups<Subject, Id>,
    /// For the rows of a mapping's questions, whose subject and measure
    /// are known by the question's place: each context met, and by it and
    /// the question, the place of the group (`usize::MAX` until met), so
    /// that a row's answers find their groups without a key of their own.
    contexts: FxHashMap<Context, usize>,
    places: Vec<Vec<usize>>,
    /// The context of the row before, and its place.
    last: Option<(Context, usize)>,
    /// For the rows of a mapping read at once ([`Sink::take_answers`]):
    /// each context met, its site by the address of its id, and the place
    /// of its questions' groups in `places`; the ids whose addresses key it,
    /// held so that no other id takes their address; the context of the
    /// row before and its place.
    by_address: FxHashMap<AddressedContext, usize>,
    held: Vec<Id>,
    last_by_address: Option<(AddressedContext, usize)>,
}

/// A context whose site is named by the address of its id (0 for none).
type AddressedContext = (Option<Channel>, usize, Option<Period>);

impl Fold {
    fn new(by: By, scales: Scales) -> Self {
        Self {
            groups: Groups::new(by, scales),
            contexts: FxHashMap::default(),
            places: Vec::new(),
            last: None,
            by_address: FxHashMap::default(),
            held: Vec::new(),
            last_by_address: None,
        }
    }

    /// The place of the group of `row`, an answer to the mapping's
    /// question at `question`.
    #[inline]
    fn place(&mut self, question: usize, row: Row<'_>) -> usize {
        // Most answers have the context of the answer before (the row's
        // other answers): compared without a copy.
        let at = match &self.last {
            Some((last, at)) if self.groups.in_context(last, row.channel, row.site.as_deref(), row.date) => {
                *at
            }
            _ => {
                let context = self.groups.context(row.channel, row.site.as_deref(), row.date);
                let next = self.contexts.len();
                let at = *self.contexts.entry(context.clone()).or_insert(next);
                if at == next {
                    self.places.push(Vec::new());
                }
                self.last = Some((context, at));
                at
            }
        };
        let Some(places) = self.places.get_mut(at) else { return usize::MAX };
        if places.len() <= question {
            places.resize(question + 1, usize::MAX);
        }
        match places.get_mut(question) {
            Some(n) if *n != usize::MAX => *n,
            Some(n) => {
                *n = self.groups.group(
                    row.subject.into_owned(),
                    row.answer.measure(),
                    row.channel,
                    row.site.map(Cow::into_owned),
                    row.date,
                );
                *n
            }
            None => usize::MAX,
        }
    }
}

impl Sink for Fold {
    fn takes_answers(&self) -> bool {
        true
    }

    fn take_answers<'q>(
        &mut self,
        (channel, site, date): (Option<Channel>, Option<&Id>, Date),
        answers: &[(usize, Answer, Option<usize>)],
        subject: impl Fn(usize) -> Option<&'q Subject>,
    ) {
        // The row's context, found once for all its answers.
        let context = self.groups.context_by_address(channel, site, date);
        let at = match &self.last_by_address {
            Some((last, at)) if *last == context => *at,
            _ => {
                let next = self.places.len();
                let at = *self.by_address.entry(context).or_insert(next);
                if at == next {
                    self.places.push(Vec::new());
                    if let (Some(id), true) = (site, context.1 != 0) {
                        self.held.push(id.clone());
                    }
                }
                self.last_by_address = Some((context, at));
                at
            }
        };
        let Some(places) = self.places.get_mut(at) else { return };
        for &(question, answer, _) in answers {
            if places.len() <= question {
                places.resize(question + 1, usize::MAX);
            }
            let n = match places.get_mut(question) {
                Some(n) if *n != usize::MAX => *n,
                Some(n) => {
                    let Some(subject) = subject(question) else { continue };
                    *n = self.groups.group(subject.clone(), answer.measure(), channel, site.cloned(), date);
                    *n
                }
                None => continue,
            };
            self.groups.add_to(n, answer);
        }
    }

    #[inline]
    fn take(&mut self, intake: &mut Intake<'_>, v: &mut Violations, path: Place, row: Row<'_>) {
        intake.remember_fingerprint(v, path, row.respondent, &row.subject, row.answer, row.date);
        if v.is_empty() {
            let answer = row.answer;
            match row.question {
                Some(question) => {
                    let n = self.place(question, row);
                    self.groups.add_to(n, answer);
                }
                None => self.groups.add(
                    row.subject.into_owned(),
                    row.channel,
                    row.site.map(Cow::into_owned),
                    row.date,
                    answer,
                ),
            }
        }
    }
}

/// Where each column is in the file's records.
struct Layout {
    at: [Option<usize>; Column::ALL.len()],
    width: usize,
}

impl Layout {
    /// The layout of `header`, the record on line `line`.
    fn of(header: &csv::ByteRecord, line: u64) -> Result<Self, Error> {
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
                        format!("line {line}.{}", name.to_ascii_lowercase()),
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
                v.push(format!("line {line}.{}", column.name()), Problem::MissingColumn, column.name());
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
    fn new(layout: Layout, intake: Intake<'m>) -> Self {
        Self {
            layout,
            intake,
            subjects: FxHashMap::with_capacity_and_hasher(64, rustc_hash::FxBuildHasher),
            sites: FxHashMap::with_capacity_and_hasher(16, rustc_hash::FxBuildHasher),
        }
    }

    /// The record at `line`, if it is good on its own; else every problem
    /// in it, into `v`.
    fn row<'r>(&mut self, v: &mut Violations, line: u64, record: &'r csv::ByteRecord) -> Option<Row<'r>> {
        if record.len() > self.layout.width {
            v.push(
                format!("line {line}"),
                Problem::Contradicts("more fields than the header has columns"),
                record.len().to_string(),
            );
        }
        let cells = Cells { record, layout: &self.layout, line };
        let respondent = cells.required(v, Column::Respondent);
        let date = cells.required(v, Column::Date).and_then(|t| match date_of(t) {
            Some(d) => {
                check_date(v, Place::Line(line), d, || t.to_owned());
                Some(d)
            }
            None => {
                v.push(cells.at(Column::Date), Problem::NotADate, t);
                None
            }
        });
        let subject = cells
            .required(v, Column::Subject)
            .and_then(|t| subject_of(&mut self.subjects, v, || cells.at(Column::Subject), t));
        let measure = cells.required(v, Column::Measure).and_then(|t| cells.parsed(v, Column::Measure, t));
        let answer = match measure {
            Some(Measure::Servqual) => {
                let e = cells.number(v, Column::Expectation, true);
                let p = cells.number(v, Column::Perception, true);
                e.zip(p).map(|(expectation, perception)| Answer::Servqual { expectation, perception })
            }
            Some(Measure::Nps) => cells.number(v, Column::Score, true).and_then(|x| {
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
            Some(Measure::Csat) => cells.number(v, Column::Score, true).map(Answer::Csat),
            Some(Measure::Ces) => cells.number(v, Column::Score, true).map(Answer::Ces),
            None => None,
        };
        if let Some(measure) = measure {
            cells.of_other_measures(v, measure);
        }
        let importance = cells.number(v, Column::Importance, false);
        let channel =
            cells.get(v, Column::Channel).and_then(|t| cells.parsed::<Channel>(v, Column::Channel, t));
        let site = cells
            .get(v, Column::Site)
            .and_then(|t| site_of(&mut self.sites, v, || cells.at(Column::Site), t));
        self.intake.check_parts(v, Place::Line(line), respondent, subject.as_ref(), answer, importance);
        match (v.is_empty(), respondent, date, subject, answer) {
            (true, Some(respondent), Some(date), Some(subject), Some(answer)) => Some(Row {
                respondent,
                date,
                site: site.map(Cow::Owned),
                channel,
                subject: Cow::Owned(subject),
                answer,
                importance,
                comment: None,
                question: None,
            }),
            _ => None,
        }
    }
}

/// The cells of one record.
struct Cells<'r, 'l> {
    record: &'r csv::ByteRecord,
    layout: &'l Layout,
    line: u64,
}

impl<'r> Cells<'r, '_> {
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

    /// A violation for each cell that holds an answer of another measure
    /// than the record's: it would be dropped.
    fn of_other_measures(&self, v: &mut Violations, measure: Measure) {
        let (others, why): (&[Column], _) = match measure {
            Measure::Servqual => {
                (&[Column::Score], "servqual takes an expectation and a perception, not a score")
            }
            Measure::Nps => (
                &[Column::Expectation, Column::Perception],
                "nps takes a score, not an expectation or a perception",
            ),
            Measure::Csat => (
                &[Column::Expectation, Column::Perception],
                "csat takes a score, not an expectation or a perception",
            ),
            Measure::Ces => (
                &[Column::Expectation, Column::Perception],
                "ces takes a score, not an expectation or a perception",
            ),
        };
        for &column in others {
            // Almost always empty: known without reading it as text.
            let cell = self.layout.index(column).and_then(|i| self.record.get(i));
            if cell.is_none_or(<[u8]>::is_empty) {
                continue;
            }
            if let Some(text) = self.get(v, column) {
                v.push(self.at(column), Problem::Contradicts(why), text);
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

/// The subject a cell names, a dimension or a phase path; each text is
/// parsed once. `path` makes the cell's path, for a violation only.
fn subject_of(
    known: &mut FxHashMap<Box<[u8]>, Subject>,
    v: &mut Violations,
    path: impl FnOnce() -> String,
    text: &str,
) -> Option<Subject> {
    if let Some(subject) = known.get(text.as_bytes()) {
        return Some(subject.clone());
    }
    let subject = if text == "overall" {
        Subject::Overall
    } else if text.contains('/') {
        match text.parse::<PhasePath>() {
            Ok(phase) => Subject::Phase(phase),
            Err(_) => {
                v.push(path(), Problem::NotAPhasePath, text);
                return None;
            }
        }
    } else {
        match text.parse::<QualityDimension>() {
            Ok(d) => Subject::Dimension(d),
            Err(_) => {
                v.push(path(), Problem::NotAccepted, text);
                return None;
            }
        }
    };
    known.insert(Box::from(text.as_bytes()), subject.clone());
    Some(subject)
}

/// The site a cell names, an id; each text is checked once. `path` makes
/// the cell's path, for a violation only.
fn site_of(
    known: &mut FxHashMap<Box<[u8]>, Id>,
    v: &mut Violations,
    path: impl FnOnce() -> String,
    text: &str,
) -> Option<Id> {
    if let Some(id) = known.get(text.as_bytes()) {
        return Some(id.clone());
    }
    let id = v.id(&path(), text)?;
    known.insert(Box::from(text.as_bytes()), id.clone());
    Some(id)
}

/// How the records of a file are read: the long layout, or a mapping's.
enum Reading<'m> {
    Long(RowReader<'m>),
    Mapped(Mapped<'m>),
}

/// How many texts of a site or channel column a mapped import remembers.
const KNOWN: usize = 4096;

/// A question's labels, normalised, and the value of each.
type Labels = [(String, f64)];

/// A question of a mapping, found in a file's header.
struct Asked<'m> {
    /// The column of its answer.
    at: usize,
    /// The column of the comment kept beside it, if any.
    comment: Option<usize>,
    q: &'m QuestionColumn,
    /// Its labels, normalised.
    labels: &'m Labels,
    /// Its labels in ASCII as the mapping writes them (trimmed), each with
    /// the place in `labels` of the first label a cell of that text matches.
    exact: Vec<(&'m [u8], usize)>,
    how: How,
}

/// How a question's cell is read.
enum How {
    /// A label or a number on its scale.
    Value,
    /// An option of a multi-select question laid out one column per
    /// option (these): chosen when its cell holds the option.
    Chosen { option: String, group: std::ops::Range<usize> },
    /// An option of a multi-select question whose one cell lists the
    /// options chosen, cut at the separator.
    Listed { option: String, separator: char },
}

/// Reads the records of a wide export as a [`SurveyMapping`] says.
struct Mapped<'m> {
    mapping: &'m SurveyMapping,
    width: usize,
    respondent: usize,
    date: usize,
    site: Option<usize>,
    channel: Option<usize>,
    filters: Vec<(usize, &'m [String])>,
    /// Each question: where its answer and its comment are, and how its
    /// cell is read.
    questions: Vec<Asked<'m>>,
    /// The questions whose columns the sub-header names, not found yet:
    /// their place in `questions` and the columns under their question.
    pending: Vec<(usize, std::ops::Range<usize>)>,
    intake: Intake<'m>,
    /// The move to the business's clock of each day met lately.
    days: Days,
    /// Sites and channels read before, by their text (at most [`KNOWN`]).
    sites: FxHashMap<Box<[u8]>, Id>,
    channels: FxHashMap<Box<[u8]>, Channel>,
    /// The answers of the record being read, by question, with the
    /// comment beside each.
    answers: Vec<(usize, Answer, Option<usize>)>,
    /// By question, the slot of its identity (subject and the measure of
    /// its answers) for the duplicate check of a record at once
    /// ([`Intake::seat`]); `None` when there are more than 32
    /// identities, each answer then checked on its own.
    slots: Option<Vec<u8>>,
    /// The records held for the duplicate check ([`flush`](Self::flush)).
    held: Held,
}

impl<'m> Mapped<'m> {
    /// Finds every column `mapping` names in `header`, the record on
    /// line `line`; checks the questions' phases against the model.
    fn of(
        mapping: &'m SurveyMapping,
        header: &csv::ByteRecord,
        line: u64,
        intake: Intake<'m>,
    ) -> Result<Self, Error> {
        let names: Vec<String> =
            header.iter().map(|name| normalize(&String::from_utf8_lossy(name))).collect();
        let mut v = Violations::default();
        let find = |v: &mut Violations, column: &str| {
            let key = normalize(column);
            let mut at = names.iter().enumerate().filter(|(_, n)| **n == key).map(|(i, _)| i);
            let first = at.next();
            if first.is_none() {
                v.push(format!("line {line}.{column}"), Problem::MissingColumn, column);
            } else if at.next().is_some() {
                v.push(format!("line {line}.{column}"), Problem::Contradicts("column given twice"), column);
            }
            first
        };
        let respondent = find(&mut v, &mapping.respondent);
        let date = find(&mut v, &mapping.date);
        let site = mapping.site.as_deref().map(|c| find(&mut v, c));
        let channel = mapping.channel.as_deref().map(|c| find(&mut v, c));
        let filters: Vec<_> =
            mapping.filters.iter().map(|(c, keep)| (find(&mut v, c), keep.as_slice())).collect();
        let mut pending = Vec::new();
        let mut questions = Vec::with_capacity(mapping.questions.len());
        for (q, labels) in mapping.questions.iter().zip(&mapping.labels) {
            let at = find(&mut v, q.column());
            let comment = q.comment_column().and_then(|c| find(&mut v, c));
            let how = match (q.choice_option(), q.separator_char()) {
                (Some(option), Some(separator)) => How::Listed { option: normalize(option), separator },
                (Some(option), None) => How::Chosen { option: normalize(option), group: 0..0 },
                (None, _) => How::Value,
            };
            if let Some(first) = at {
                if q.sub_item_text().is_some() || matches!(how, How::Chosen { .. }) {
                    // The question's columns: its own, and those after it
                    // with no name on the header record.
                    let end = names
                        .iter()
                        .enumerate()
                        .skip(first + 1)
                        .find(|(_, n)| !n.is_empty())
                        .map_or(names.len(), |(i, _)| i);
                    pending.push((questions.len(), first..end));
                }
                let exact = q
                    .labels()
                    .iter()
                    .filter_map(|(l, _)| {
                        let l = l.trim().as_bytes();
                        let n = labels.iter().position(|(k, _)| k.as_bytes().eq_ignore_ascii_case(l))?;
                        (l.is_ascii() && !l.is_empty()).then_some((l, n))
                    })
                    .collect();
                questions.push(Asked { at: first, comment, q, labels: labels.as_slice(), exact, how });
            }
        }
        if let Some(phases) = &intake.phases {
            for q in &mapping.questions {
                if let Subject::Phase(phase) = q.subject() {
                    if !phases.contains_key(&(phase.sequence().as_str(), phase.phase().as_str())) {
                        v.push(format!("line {line}.{}", q.column()), Problem::NotInModel, phase.to_string());
                    }
                }
            }
        }
        let (Some(respondent), Some(date), true) = (respondent, date, v.is_empty()) else {
            return Err(v.into_error(Entity::SurveyFile));
        };
        let slots = slots_of(&questions);
        Ok(Self {
            mapping,
            width: header.len(),
            respondent,
            date,
            site: site.flatten(),
            channel: channel.flatten(),
            filters: filters.into_iter().filter_map(|(i, keep)| Some((i?, keep))).collect(),
            questions,
            pending,
            intake,
            days: Days::default(),
            sites: FxHashMap::with_capacity_and_hasher(16, rustc_hash::FxBuildHasher),
            channels: FxHashMap::with_capacity_and_hasher(16, rustc_hash::FxBuildHasher),
            answers: Vec::with_capacity(mapping.questions.len()),
            slots,
            held: Held::default(),
        })
    }

    /// Finds the columns the sub-header record `record`, on line `line`,
    /// names under their questions.
    fn sub_header(&mut self, record: &csv::ByteRecord, line: u64) -> Result<(), Error> {
        let mut v = Violations::default();
        for (n, group) in std::mem::take(&mut self.pending) {
            let Some(asked) = self.questions.get_mut(n) else { continue };
            let item = asked.q.sub_item_text().or(asked.q.choice_option()).unwrap_or_default();
            let key = normalize(item);
            let found = group
                .clone()
                .find(|&i| same(&key, &String::from_utf8_lossy(record.get(i).unwrap_or_default())));
            match found {
                Some(i) => {
                    asked.at = i;
                    if let How::Chosen { group: g, .. } = &mut asked.how {
                        *g = group;
                    }
                }
                None => {
                    v.push(format!("line {line}.{} / {item}", asked.q.column()), Problem::MissingColumn, item)
                }
            }
        }
        v.finish(Entity::SurveyFile, || ())
    }

    /// Reads the record at `line`, handing each answer to `sink`, every
    /// problem into `v`; false when the filters leave it out. While records
    /// are held for the duplicate check ([`holds`](Self::holds)), the
    /// record and its problems are held instead, handed on by
    /// [`flush`](Self::flush).
    fn record<S: Sink>(
        &mut self,
        v: &mut Violations,
        line: u64,
        record: &csv::ByteRecord,
        sink: &mut S,
    ) -> bool {
        let cell = |i: usize| record.get(i).unwrap_or_default();
        for (i, keep) in &self.filters {
            let text = String::from_utf8_lossy(cell(*i));
            if !keep.iter().any(|k| same(k, &text)) {
                return false;
            }
        }
        if record.len() > self.width {
            v.push(
                format!("line {line}"),
                Problem::Contradicts("more fields than the header has columns"),
                record.len().to_string(),
            );
        }
        let m = self.mapping;
        let at = |column: &str| format!("line {line}.{column}");
        // The trimmed text of a cell, `None` when empty or not UTF-8 (a violation).
        let text = |v: &mut Violations, i: usize, column: &str| match std::str::from_utf8(cell(i)) {
            Ok(t) => Some(trimmed(t)).filter(|t| !t.is_empty()),
            Err(_) => {
                v.push(at(column), Problem::Unreadable, String::from_utf8_lossy(cell(i)));
                None
            }
        };
        let required = |v: &mut Violations, i: usize, column: &str| {
            let before = v.len();
            let t = text(v, i, column);
            if t.is_none() && v.len() == before {
                v.push(at(column), Problem::MissingField, "");
            }
            t
        };
        let respondent = required(v, self.respondent, &m.respondent);
        // Printable ASCII, trimmed and not empty, shows something and holds
        // nothing forbidden: most respondents, known without the full check.
        if !respondent.is_some_and(|r| r.bytes().all(|b| (0x20..0x7f).contains(&b))) {
            self.intake.check_parts(v, Place::Line(line), respondent, None, None, None);
        }
        // Most date cells: ASCII in the declared format, read from their
        // bytes without reading the cell as text first.
        let quick = cell(self.date).trim_ascii();
        let date = match m.quick_date_with(&mut self.days, quick) {
            Some(d) => {
                check_date(v, Place::Line(line), d, || String::from_utf8_lossy(quick).into_owned());
                Some(d)
            }
            None => required(v, self.date, &m.date).and_then(|t| match m.date_with(&mut self.days, t) {
                Some(d) => {
                    check_date(v, Place::Line(line), d, || t.to_owned());
                    Some(d)
                }
                None => {
                    v.push_accepted(at(&m.date), Problem::NotInFormat, t, m.date_format.clone());
                    None
                }
            }),
        };
        // Most site and channel cells: a text met before, byte for byte (a
        // text remembered is UTF-8 and trimmed: so is the cell, once
        // trimmed), found without reading the cell as text first.
        let met_site = self.site.and_then(|i| self.sites.get(cell(i).trim_ascii()));
        let met_channel = self.channel.and_then(|i| self.channels.get(cell(i).trim_ascii()));
        let site = match (self.site, m.site.as_deref()) {
            _ if met_site.is_some() => met_site.cloned(),
            (Some(i), Some(column)) => text(v, i, column).and_then(|t| {
                if m.sites.is_empty() {
                    site_of(&mut self.sites, v, || at(column), t)
                } else if let Some(id) = self.sites.get(t.as_bytes()) {
                    Some(id.clone())
                } else {
                    let found = m.sites.iter().find(|(k, _)| same(k, t)).map(|(_, id)| id.clone());
                    // Each text of the file matched once; a file of many
                    // texts not in the table keeps no more than a few.
                    if let (Some(id), true) = (&found, self.sites.len() < KNOWN) {
                        self.sites.insert(Box::from(t.as_bytes()), id.clone());
                    }
                    if found.is_none() {
                        let keys: Vec<&str> = m.sites.iter().map(|(k, _)| k.as_str()).collect();
                        v.push_accepted(at(column), Problem::NotAccepted, t, keys.join(", "));
                    }
                    found
                }
            }),
            _ => None,
        };
        let channel = match (self.channel, m.channel.as_deref()) {
            _ if met_channel.is_some() => met_channel.copied(),
            (Some(i), Some(column)) => text(v, i, column).and_then(|t| {
                if let Some(c) = self.channels.get(t.as_bytes()) {
                    return Some(*c);
                }
                let found = if m.channels.is_empty() {
                    normalize(t).parse::<Channel>().ok()
                } else {
                    m.channels.iter().find(|(k, _)| same(k, t)).map(|(_, c)| *c)
                };
                if let (Some(c), true) = (found, self.channels.len() < KNOWN) {
                    self.channels.insert(Box::from(t.as_bytes()), c);
                }
                if found.is_none() {
                    let accepted = if m.channels.is_empty() {
                        <Channel as crate::vocabulary::Vocabulary>::NAMES.join(", ")
                    } else {
                        m.channels.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(", ")
                    };
                    v.push_accepted(at(column), Problem::NotAccepted, t, accepted);
                }
                found
            }),
            _ => None,
        };
        // While records are held, a record's answers are read straight into
        // the held ones, from `first` on; else into `answers`, emptied.
        let holding = self.holds(sink);
        if !holding {
            self.answers.clear();
        }
        let first = self.held.answers.len();
        for (n, asked) in self.questions.iter().enumerate() {
            let (i, comment, q) = (asked.at, asked.comment, asked.q);
            let answered = match &asked.how {
                How::Value => match quick_value(asked.labels, &asked.exact, cell(i).trim_ascii()) {
                    // Most cells: a label or a number in ASCII, known
                    // without reading the cell as text first.
                    Some((x, t)) => Some(scored(v, || at(q.column()), q, x, t)),
                    None => {
                        text(v, i, q.column()).map(|t| answer_of(v, || at(q.column()), q, asked.labels, t))
                    }
                },
                How::Chosen { option, group } => {
                    let any = group.clone().any(|g| !cell(g).trim_ascii().is_empty());
                    any.then(|| {
                        let chosen = text(v, i, q.column());
                        if chosen.is_some_and(|t| !same(option, t)) {
                            let option = q.choice_option().unwrap_or_default();
                            v.push_accepted(
                                at(q.column()),
                                Problem::NotAccepted,
                                chosen.unwrap_or_default(),
                                format!("{option} or nothing"),
                            );
                        }
                        Some(chosen_answer(q, chosen.is_some()))
                    })
                }
                How::Listed { option, separator } => text(v, i, q.column())
                    .map(|t| Some(chosen_answer(q, t.split(*separator).any(|part| same(option, part))))),
            };
            if let Some(answer) = answered {
                if let Some(answer) = answer {
                    if holding {
                        self.held.answers.push((n, answer, comment));
                    } else {
                        self.answers.push((n, answer, comment));
                    }
                }
                // A comment is checked with the answer it is kept beside
                // (one beside an unanswered question has no response to
                // be kept with).
                if let (Some(c), Some(column)) = (comment, q.comment_column()) {
                    if let Some(written) = text(v, c, column) {
                        check_comment(v, || at(column), written);
                    }
                }
            }
        }
        if let (true, Some(respondent), Some(date)) = (v.is_empty(), respondent, date) {
            let questions = &self.questions;
            let subject = |n: usize| questions.get(n).map(|a| a.q.subject());
            if holding {
                // One fingerprint for the record, checked when enough
                // records are held ([`flush`](Self::flush)).
                let key = self.intake.row_key(respondent, date);
                self.held.good(line, key, respondent, date, (channel, site), first);
                return true;
            }
            if sink.takes_answers() && !self.intake.checks_fingerprints() {
                sink.take_answers((channel, site.as_ref(), date), &self.answers, subject);
                return true;
            }
            for &(n, answer, comment) in &self.answers {
                let Some(q) = self.questions.get(n).map(|a| a.q) else { continue };
                // Read and checked above: UTF-8, not too long.
                let comment = comment.and_then(|i| text(v, i, q.comment_column().unwrap_or_default()));
                let row = Row {
                    respondent,
                    date,
                    site: site.as_ref().map(Cow::Borrowed),
                    channel,
                    subject: Cow::Borrowed(q.subject()),
                    answer,
                    importance: None,
                    comment,
                    question: Some(n),
                };
                let mut w = Violations::default();
                sink.take(&mut self.intake, &mut w, Place::Line(line), row);
                v.append(w);
            }
        } else if holding {
            // Rejected in its turn, after the good records held before it.
            self.held.answers.truncate(first);
            self.held.bad(line, std::mem::take(v));
        }
        true
    }

    /// Whether records are held for the duplicate check
    /// ([`flush`](Self::flush)): the check is on, the sink takes a record's
    /// answers at once, and the mapping has no more than 32 identities.
    fn holds<S: Sink>(&self, sink: &S) -> bool {
        self.slots.is_some() && self.intake.checks_fingerprints() && sink.takes_answers()
    }

    /// Checks the records held for duplicates and hands them on, in the
    /// file's order: each good record's answers not given before by its
    /// respondent in its survey period to `sink`, each record with a
    /// problem to `reject`.
    ///
    /// Every record's seat is touched first, one after the other, without
    /// a branch on what is read, so that the processor fetches their memory
    /// together; then each record takes its seat, now in the cache, and
    /// marks the questions it answers.
    fn flush<S: Sink>(&mut self, sink: &mut S, reject: &mut impl FnMut(RejectedRow)) {
        // What is read is not needed, only that it was read.
        std::hint::black_box(self.intake.touch(&self.held.keys));
        let bit = |n: usize| self.slots.as_ref().and_then(|slots| slots.get(n)).map_or(0, |s| 1_u32 << s);
        let questions = &self.questions;
        let subject = |n: usize| questions.get(n).map(|a| a.q.subject());
        for record in self.held.records.drain(..) {
            let (line, mut v) = (record.line, record.violations);
            if let Some(row) = record.row {
                let answers = self.held.answers.get(row.answers).unwrap_or_default();
                let respondent = self.held.respondents.get(row.respondent).unwrap_or_default();
                let all = answers.iter().fold(0, |all, &(n, _, _)| all | bit(n));
                let seat = row.key.and_then(|key| self.intake.seat(key));
                let mut answered = seat.map_or(0, |seat| self.intake.answer(seat, all));
                let context = (row.channel, row.site.as_ref(), row.date);
                if answered & all == 0 && all.count_ones() as usize == answers.len() {
                    // Most records: every answer new, each to its own question.
                    sink.take_answers(context, answers, subject);
                } else {
                    self.answers.clear();
                    for &(n, answer, comment) in answers {
                        if answered & bit(n) == 0 {
                            answered |= bit(n);
                            self.answers.push((n, answer, comment));
                        } else {
                            v.push(format!("line {line}.respondent"), Problem::DuplicateResponse, respondent);
                        }
                    }
                    sink.take_answers(context, &self.answers, subject);
                }
            }
            if !v.is_empty() {
                reject(RejectedRow { line, violations: v.into_vec() });
            }
        }
        self.held.clear();
    }
}

/// `t` without the white space around it, as [`str::trim`]: at once when
/// it starts and ends with a printable ASCII character (most cells).
fn trimmed(t: &str) -> &str {
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => t,
        _ => t.trim(),
    }
}

/// By question, the slot of the identity its answers have (its subject,
/// and the measure a cell of it is read as), the same slot for questions of
/// one identity; `None` when there are more than 32.
fn slots_of(questions: &[Asked<'_>]) -> Option<Vec<u8>> {
    let mut identities: Vec<(&Subject, Measure)> = Vec::new();
    questions
        .iter()
        .map(|asked| {
            let measure = match asked.how {
                How::Value => asked.q.measure(),
                // Chosen or not, an option's answer is a satisfaction score.
                How::Chosen { .. } | How::Listed { .. } => Measure::Csat,
            };
            let identity = (asked.q.subject(), measure);
            let slot = identities.iter().position(|i| *i == identity).unwrap_or_else(|| {
                identities.push(identity);
                identities.len() - 1
            });
            u8::try_from(slot).ok().filter(|&s| s < 32)
        })
        .collect()
}

/// The answer `text` gives to `q`, at `path`: one of its `labels`
/// (normalised), a number, or a number followed by ` - ` and a label; on
/// `q`'s scale.
fn answer_of(
    v: &mut Violations,
    path: impl FnOnce() -> String,
    q: &QuestionColumn,
    labels: &Labels,
    text: &str,
) -> Option<Answer> {
    let value = labels
        .iter()
        .find(|(l, _)| same(l, text))
        .map(|(_, x)| *x)
        .or_else(|| plain_number(text))
        .or_else(|| leading_number(text));
    let Some(x) = value else {
        let problem = if q.labels().is_empty() { Problem::NotANumber } else { Problem::NotAccepted };
        v.push_accepted(path(), problem, text, q.accepted());
        return None;
    };
    scored(v, path, q, x, text)
}

/// The value of `cell` (trimmed of ASCII spaces) when it is one of
/// `labels` but for the case of ASCII letters, or a plain number in
/// ASCII, with the cell as text; `None` when it is neither, to be read as
/// text ([`answer_of`]), which gives the same value for any cell this
/// reads.
fn quick_value<'c>(labels: &'c Labels, exact: &[(&[u8], usize)], cell: &'c [u8]) -> Option<(f64, &'c str)> {
    // Most cells are written as the mapping writes the label: compared
    // byte for byte first.
    let label = exact.iter().find(|(l, _)| *l == cell).and_then(|(_, n)| labels.get(*n)).or_else(|| {
        labels.iter().find(|(l, _)| l.len() == cell.len() && l.as_bytes().eq_ignore_ascii_case(cell))
    });
    match label {
        // A label's value is on its question's scale (checked when the
        // mapping was built): the text is never quoted, the label's will do.
        Some((l, x)) => Some((*x, l.as_str())),
        None if cell.first().is_some_and(|b| b.is_ascii_digit() || *b == b'-') && cell.is_ascii() => {
            let text = std::str::from_utf8(cell).ok()?;
            plain_number(text).map(|x| (x, text))
        }
        None => None,
    }
}

/// The answer `x`, read from `text`, gives to `q`, at `path`, if on
/// `q`'s scale.
fn scored(
    v: &mut Violations,
    path: impl FnOnce() -> String,
    q: &QuestionColumn,
    x: f64,
    text: &str,
) -> Option<Answer> {
    let scale = q.scale_or_default();
    let whole = q.measure() != Measure::Nps || x.fract() == 0.0;
    if !(scale.contains(x) && whole) {
        v.push_accepted(path(), Problem::OutOfScale, text, q.accepted());
        return None;
    }
    match q.measure() {
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a whole number from 0 to 10"
        )]
        Measure::Nps => Some(Answer::Nps(x as u8)),
        Measure::Csat => Some(Answer::Csat(x)),
        Measure::Ces => Some(Answer::Ces(x)),
        Measure::Servqual => None,
    }
}

/// The answer of a respondent who answered a multi-select question to
/// `q`, one of its options: the top of its scale if `chosen`, else the
/// bottom.
fn chosen_answer(q: &QuestionColumn, chosen: bool) -> Answer {
    let scale = q.scale_or_default();
    Answer::Csat(if chosen { scale.max() } else { scale.min() })
}

/// The number `text` writes as a person writes one: digits, with a `-`
/// before them and a fraction after a `.` if need be (`7`, `-2`, `4.5`).
/// Not what a spreadsheet would evaluate (`+7`, `=7`), nor `1e1`, `inf`
/// or `NaN`, which Rust's parser reads.
fn plain_number(text: &str) -> Option<f64> {
    // Most cells: a few digits, read as a whole number (exact below 2⁵³,
    // so the same value the parser gives).
    if (1..=15).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        #[allow(clippy::cast_precision_loss, reason = "at most 15 digits: exact in an f64")]
        return Some(text.bytes().fold(0_u64, |n, d| n * 10 + u64::from(d - b'0')) as f64);
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let plain = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if plain(whole) && plain(fraction) { text.parse().ok() } else { None }
}

/// The number a label starts with, `10 - Extremely likely`: digits, then
/// spaces, then `-`.
fn leading_number(text: &str) -> Option<f64> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.get(digits..)?.trim_start();
    if digits == 0 || !rest.starts_with('-') {
        return None;
    }
    text.get(..digits)?.parse().ok()
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
    fn cells_are_trimmed_as_str_trim_trims_them() {
        for t in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a",
            "a\u{3000}",
            "\tVery satisfied\r",
            "Kraków",
            "ż",
            "a b",
            "\u{feff}x",
        ] {
            assert_eq!(trimmed(t), t.trim(), "{t:?}");
        }
    }

    /// The lines of `text` read in pieces of `cut` bytes: where each line
    /// that is not empty starts.
    fn starts(text: &[u8], cut: usize) -> Vec<(u64, u64)> {
        let mut lines = Lines::new(());
        for piece in text.chunks(cut) {
            lines.count(piece);
        }
        lines.starts.into()
    }

    #[test]
    fn lines_are_counted_however_the_text_is_cut() {
        let text = b"head,er\r\n\r\nfirst, a longer line of text\rsecond\n\n\r\r\nthird\t\x0b\x0c\xc5\xbc\r";
        let whole = starts(text, text.len());
        assert_eq!(whole, [(0, 1), (11, 3), (40, 4), (51, 8)]);
        for cut in 1..text.len() {
            assert_eq!(starts(text, cut), whole, "{cut}");
        }
        let mut lines = Lines::new(());
        lines.count(text);
        assert_eq!((lines.line_of(0), lines.line_of(1), lines.line_of(40), lines.line_of(41)), (1, 3, 4, 8));
        assert_eq!((lines.line_of(60), lines.line), (9, 9));
    }

    #[test]
    fn a_number_is_read_only_as_a_person_writes_one() {
        for (text, x) in [("7", 7.0), ("-2", -2.0), ("4.5", 4.5), ("007", 7.0), ("10.0", 10.0)] {
            assert_eq!(plain_number(text), Some(x), "{text}");
        }
        for text in ["", "-", ".", "+7", "=7", "@7", "7.", ".5", "1e1", "inf", "NaN", "- 7", "7 ", "\u{0661}"]
        {
            assert_eq!(plain_number(text), None, "{text}");
        }
    }

    #[test]
    fn a_whole_number_is_read_as_the_parser_reads_it() {
        let mut texts: Vec<String> = (0..2000).map(|n| n.to_string()).collect();
        texts.extend(
            ["000", "0010", "999999999999999", "9007199254740993", "123456789012345"].map(String::from),
        );
        for text in texts {
            let parsed: f64 = text.parse().unwrap();
            assert_eq!(plain_number(&text).map(f64::to_bits), Some(parsed.to_bits()), "{text}");
        }
    }

    #[test]
    fn a_label_is_read_by_its_leading_number() {
        assert_eq!(leading_number("10 - Extremely likely"), Some(10.0));
        assert_eq!(leading_number("0 -Not at all likely"), Some(0.0));
        assert_eq!(leading_number("7-"), Some(7.0));
        for text in ["", "-", "10", "10 Extremely likely", "- 10", "ten - x", "1.5 - x", "\u{0661} - x"] {
            assert_eq!(leading_number(text), None, "{text}");
        }
    }

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

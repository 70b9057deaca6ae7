//! How a survey tool's export is laid out: which column holds what
//! (feature `csv`).

use jiff::{
    civil::Date,
    fmt::strtime,
    tz::{Offset, TimeZone, TimeZoneDatabase},
};

use crate::{
    error::{Entity, Error, Problem},
    model::{Channel, Id, PhasePath, QualityDimension},
    survey::{Measure, Scale, Scales, Subject},
    validate::Violations,
    vocabulary::Vocabulary,
};

/// A value as a user means it: surrounding spaces trimmed, case folded.
pub(crate) fn normalize(text: &str) -> String {
    text.trim().trim_start_matches('\u{FEFF}').trim().to_lowercase()
}

/// Whether `text` is `normalized` (made by [`normalize`]) as a user means
/// it; without a copy of `text` when it is ASCII, as most cells are.
pub(crate) fn same(normalized: &str, text: &str) -> bool {
    let t = text.trim();
    // A byte order mark is seldom there: looked for only when it could be.
    let t = if t.starts_with('\u{FEFF}') { t.trim_start_matches('\u{FEFF}').trim() } else { t };
    if t.is_ascii() {
        normalized.eq_ignore_ascii_case(t)
    } else if t.contains('Σ') {
        // A capital sigma folds by its place in a word (σ or ς).
        normalize(t) == normalized
    } else {
        // Folded as `normalize` folds, without a copy.
        t.chars().flat_map(char::to_lowercase).eq(normalized.chars())
    }
}

/// One question column of an export: which subject it asks about, for
/// which measure, on which scale, and what its answer labels are worth.
///
/// A cell is read as: one of its labels (case and surrounding spaces do
/// not matter), else a number, else the number a label starts with
/// (`10 - Extremely likely` is 10, `0 - Not at all likely` is 0, as tools
/// write the end points of a scale); an empty cell is a question left
/// unanswered, not an answer.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let csat = QuestionColumn::new("Q2", Subject::Phase("visit/consult".parse()?), Measure::Csat)
///     .scale(Scale::new(1.0, 5.0)?)
///     .label("Very satisfied", 5.0)
///     .label("Satisfied", 4.0);
/// assert_eq!(csat.column(), "Q2");
/// assert_eq!(csat.measure(), Measure::Csat);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionColumn {
    column: String,
    subject: Subject,
    measure: Measure,
    scale: Option<Scale>,
    labels: Vec<(String, f64)>,
    comment: Option<String>,
    /// The sub-header naming this column under its question (a matrix's
    /// row, a multi-select's option in the expanded layout).
    sub_item: Option<String>,
    /// The option of a multi-select question this question counts.
    choice: Option<String>,
    /// The separator between the options one cell lists (a multi-select
    /// in one column).
    separator: Option<char>,
}

impl QuestionColumn {
    /// The column headed `column` (as the header writes it; case and
    /// surrounding spaces do not matter), answering `subject` for `measure`
    /// (`nps`, `csat` or `ces`: a column holds one score).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let nps = QuestionColumn::new("Q1", Subject::Dimension(QualityDimension::Empathy), Measure::Nps);
    /// assert_eq!(nps.subject(), &Subject::Dimension(QualityDimension::Empathy));
    /// ```
    #[must_use]
    pub fn new(column: impl Into<String>, subject: Subject, measure: Measure) -> Self {
        Self {
            column: column.into(),
            subject,
            measure,
            scale: None,
            labels: Vec::new(),
            comment: None,
            sub_item: None,
            choice: None,
            separator: None,
        }
    }

    crate::setters::setters! {
        /// Sets the scale of the question's answers (default: the crate's
        /// default for its measure, 1–5 for CSAT and 1–7 for CES; NPS is
        /// always 0–10). Every question of one measure must be on the same
        /// scale: the responses hold one scale per measure.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let q = QuestionColumn::new("Q2", Subject::Dimension(QualityDimension::Empathy), Measure::Csat).scale(Scale::new(1.0, 10.0)?);
        /// let mapping = SurveyMapping::builder().respondent("id").date("when", "%Y-%m-%d").question(q).build()?;
        /// assert_eq!(mapping.scales().csat_scale().max(), 10.0);
        /// # Ok::<(), Error>(())
        /// ```
        fn scale(scale: Scale) { scale = Some(scale) }
    }

    /// Adds a label and the value it stands for (`"Very satisfied"` → 5).
    /// Labels are kept highest value first (then by their text, case
    /// folded), in whatever order they are added: the order a rejection
    /// lists them in.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("Q2", Subject::Dimension(QualityDimension::Empathy), Measure::Csat)
    ///     .label("Dissatisfied", 2.0).label("Very satisfied", 5.0).label("Satisfied", 4.0);
    /// let labels: Vec<&str> = q.labels().iter().map(|(l, _)| l.as_str()).collect();
    /// assert_eq!(labels, ["Very satisfied", "Satisfied", "Dissatisfied"]);
    /// ```
    #[must_use]
    pub fn label(mut self, text: impl Into<String>, value: f64) -> Self {
        let text = text.into();
        let key = normalize(&text);
        // Highest value first, then by the label as matched: one order
        // whatever order they were given in, so that a mapping read back
        // from a document (whose tables have no order) is the same.
        let at = self
            .labels
            .iter()
            .position(|(l, x)| value.total_cmp(x).then_with(|| key.cmp(&normalize(l))).is_gt())
            .unwrap_or(self.labels.len());
        self.labels.insert(at, (text, value));
        self
    }

    /// Sets the column of a comment kept beside this question's answer
    /// ([`Response::comment`](crate::survey::Response::comment)), with its
    /// subject: Qualtrics' `Q5_TEXT`, a tool's "Anything else?" box. A
    /// comment beside a question left unanswered is not kept (a response
    /// needs a score); one longer than
    /// [`Response::MAX_COMMENT_CHARS`](crate::survey::Response::MAX_COMMENT_CHARS)
    /// rejects its record.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps).comment("why");
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d").question(q).build()?;
    /// let file = "id,day,nps,why\nr1,2026-03-02,9,\"Kind staff, \"\"as always\"\".\"\nr2,2026-03-02,7,\n";
    /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
    /// let comments: Vec<Option<&str>> = responses.iter().map(Response::comment).collect();
    /// assert_eq!(comments, [Some("Kind staff, \"as always\"."), None]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn comment(mut self, column: impl Into<String>) -> Self {
        self.comment = Some(column.into());
        self
    }

    /// Names the column by the sub-header under its question: a question
    /// that spans several columns (a SurveyMonkey matrix, in the expanded
    /// layout) has its text on the header record over its first column
    /// only, and the header record after it (the
    /// [extra header row](SurveyMappingBuilder::extra_header_rows)) names
    /// each column (`Waiting time`, `Staff friendliness`). Each row of a
    /// matrix is a question of its own, with its own subject. Case and
    /// surrounding spaces do not matter.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::surveymonkey()
    ///     .question(QuestionColumn::new("How satisfied were you?", Subject::Phase("visit/waiting".parse()?), Measure::Csat)
    ///         .sub_item("Waiting time").label("Satisfied", 4.0).label("Dissatisfied", 2.0))
    ///     .question(QuestionColumn::new("How satisfied were you?", Subject::Dimension(QualityDimension::Empathy), Measure::Csat)
    ///         .sub_item("Staff friendliness").label("Satisfied", 4.0).label("Dissatisfied", 2.0))
    ///     .build()?;
    /// let file = "Respondent ID,Start Date,How satisfied were you?,\n\
    ///     ,,Waiting time,Staff friendliness\n\
    ///     1,03/04/2024 09:15:02 AM,Dissatisfied,Satisfied\n";
    /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
    /// let read: Vec<(String, Answer)> = responses.iter().map(|r| (r.subject().to_string(), r.answer())).collect();
    /// assert_eq!(read, [("visit/waiting".to_owned(), Answer::Csat(2.0)), ("empathy".to_owned(), Answer::Csat(4.0))]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn sub_item(mut self, text: impl Into<String>) -> Self {
        self.sub_item = Some(text.into());
        self
    }

    /// Makes this question count one option of a multi-select question
    /// ("Which of these were you happy with?") as a CSAT-style share: the
    /// share of the respondents who answered the question (chose any of
    /// its options) who chose `option`. A respondent who chose it gives
    /// the top of the CSAT scale, one who chose others the bottom; one who
    /// chose none did not answer. The question's measure must be `csat`,
    /// so that its figure is that share, with its Wilson interval.
    ///
    /// Where the options are: in the expanded layout (SurveyMonkey, one
    /// column per option under the question's text, the option's label in
    /// the cell when chosen), the column whose sub-header is `option`; in
    /// one cell listing the options chosen, when a
    /// [`separator`](Self::separator) is set.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let happy = |option: &str, subject: Subject| {
    ///     QuestionColumn::new("Happy with?", subject, Measure::Csat).choice(option)
    /// };
    /// let mapping = SurveyMapping::surveymonkey()
    ///     .question(happy("Waiting time", Subject::Phase("visit/waiting".parse()?)))
    ///     .question(happy("Staff", Subject::Dimension(QualityDimension::Empathy)))
    ///     .build()?;
    /// let file = "Respondent ID,Start Date,Happy with?,\n,,Waiting time,Staff\n\
    ///     1,03/04/2024 09:15:02 AM,Waiting time,Staff\n2,03/04/2024 10:15:02 AM,,Staff\n3,03/04/2024 11:15:02 AM,,\n";
    /// let summaries = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?.aggregate(By::subject());
    /// let shares: Vec<(String, usize, f64)> = summaries.iter()
    ///     .map(|s| (s.subject().to_string(), s.estimate().count(), s.estimate().mean())).collect();
    /// assert_eq!(shares, [("visit/waiting".to_owned(), 2, 50.0), ("empathy".to_owned(), 2, 100.0)]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn choice(mut self, option: impl Into<String>) -> Self {
        self.choice = Some(option.into());
        self
    }

    /// Sets the separator between the options one cell lists, for a
    /// [`choice`](Self::choice) whose question is one column
    /// (`Phone, E-mail`): the cell is cut at each separator, each part
    /// trimmed and matched as a label is.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d")
    ///     .question(QuestionColumn::new("Happy with?", Subject::Dimension(QualityDimension::Empathy), Measure::Csat)
    ///         .choice("Staff").separator(';'))
    ///     .build()?;
    /// let file = "id,day,Happy with?\nr1,2026-03-02,Parking; staff\nr2,2026-03-02,Parking\nr3,2026-03-02,\n";
    /// let summaries = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?.aggregate(By::subject());
    /// assert_eq!((summaries[0].estimate().count(), summaries[0].estimate().mean()), (2, 50.0));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn separator(mut self, separator: char) -> Self {
        self.separator = Some(separator);
        self
    }

    /// The sub-header naming this question's column, if it is named so.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("Rate", Subject::Overall, Measure::Csat).sub_item("Overall");
    /// assert_eq!(q.sub_item_text(), Some("Overall"));
    /// ```
    #[must_use]
    pub fn sub_item_text(&self) -> Option<&str> {
        self.sub_item.as_deref()
    }

    /// The option of a multi-select question this question counts, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("Via", Subject::Overall, Measure::Csat).choice("Phone");
    /// assert_eq!(q.choice_option(), Some("Phone"));
    /// ```
    #[must_use]
    pub fn choice_option(&self) -> Option<&str> {
        self.choice.as_deref()
    }

    /// The separator of a multi-select cell, if set.
    pub(crate) fn separator_char(&self) -> Option<char> {
        self.separator
    }

    /// The header of the column of comments beside this question, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("Q5", Subject::Dimension(QualityDimension::Empathy), Measure::Csat).comment("Q5_TEXT");
    /// assert_eq!(q.comment_column(), Some("Q5_TEXT"));
    /// ```
    #[must_use]
    pub fn comment_column(&self) -> Option<&str> {
        self.comment.as_deref()
    }

    /// The column's header.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(QuestionColumn::new("Q1", Subject::Dimension(QualityDimension::Empathy), Measure::Nps).column(), "Q1");
    /// ```
    #[must_use]
    pub fn column(&self) -> &str {
        &self.column
    }

    /// What the question asks about.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("Q1", Subject::Phase("visit/consult".parse()?), Measure::Nps);
    /// assert_eq!(q.subject().to_string(), "visit/consult");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn subject(&self) -> &Subject {
        &self.subject
    }

    /// What the question measures.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(QuestionColumn::new("Q1", Subject::Dimension(QualityDimension::Empathy), Measure::Ces).measure(), Measure::Ces);
    /// ```
    #[must_use]
    pub fn measure(&self) -> Measure {
        self.measure
    }

    /// The labels and their values, highest value first (see [`label`](Self::label)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert!(QuestionColumn::new("Q1", Subject::Dimension(QualityDimension::Empathy), Measure::Nps).labels().is_empty());
    /// ```
    #[must_use]
    pub fn labels(&self) -> &[(String, f64)] {
        &self.labels
    }

    /// The scale its answers are on, once built.
    pub(crate) fn scale_or_default(&self) -> Scale {
        self.scale.unwrap_or(match self.measure {
            Measure::Ces | Measure::Servqual => Scale::SEVEN,
            Measure::Csat => Scale::FIVE,
            Measure::Nps => Scale::ELEVEN,
        })
    }

    /// What a cell of this column may hold, for a rejection.
    pub(crate) fn accepted(&self) -> String {
        let scale = self.scale_or_default();
        let numbers = if self.measure == Measure::Nps {
            "a whole number from 0 to 10".to_owned()
        } else {
            format!("a number from {} to {}", scale.min(), scale.max())
        };
        if self.labels.is_empty() {
            numbers
        } else {
            let labels: Vec<&str> = self.labels.iter().map(|(l, _)| l.as_str()).collect();
            format!("{} or {numbers}", labels.join(", "))
        }
    }

    /// Its labels normalised, made once when a mapping is built.
    fn normalized_labels(&self) -> Vec<(String, f64)> {
        self.labels.iter().map(|(l, x)| (normalize(l), *x)).collect()
    }
}

/// How a survey tool's export is laid out, so that
/// [`CsvImport::with_mapping`](crate::import::CsvImport::with_mapping)
/// reads it (feature `csv`): a wide file, one row per respondent and one
/// column per question.
///
/// It says: the delimiter; which record holds the column names and how
/// many header records follow it (SurveyMonkey writes one more, Qualtrics
/// two); the respondent column; the date column and its format (jiff's
/// [`strtime`](jiff::fmt::strtime) directives, `%Y-%m-%d %H:%M:%S`), with
/// the clock of the file's times and the business's clock, each a fixed
/// offset from UTC or a time zone by its IANA name;
/// the site and channel columns, with a table from the file's values to
/// ids; filters that keep a row only when a column holds one of the listed
/// values (Qualtrics `Finished` = `True`); and each question column
/// ([`QuestionColumn`]). Columns, labels and values are matched with
/// surrounding spaces trimmed and case folded; diacritics are not folded.
///
/// A date is cut in the business's clock: an answer's instant (a time
/// with an offset, or one read in the file's clock) is moved to the
/// business's offset or zone (`Europe/Warsaw`, summer time included)
/// before its date is taken. Zone names are looked up in jiff's copy of
/// the IANA database bundled with the crate (feature `csv`), the same on
/// every system.
///
/// [`build`](SurveyMappingBuilder::build) checks everything and lists
/// every fault; a document (TOML or JSON, `format_version = 1`, with the
/// `serde` feature) is read through the same checks, and a mapping is
/// written as one (serde's `Serialize`) that reads back equal:
///
/// ```toml
/// format_version = 1
/// delimiter = ";"
/// extra_header_rows = 0
/// respondent = "id"
/// date = { column = "submitted", format = "%d.%m.%Y %H:%M", file_offset = "UTC", business_time_zone = "Europe/Warsaw" }
/// # offsets: file_offset, business_offset ("+01:00"); zones: file_time_zone, business_time_zone
/// site = { column = "clinic", values = { "Kraków" = "krakow" } }
/// channel = { column = "contact", values = { "Telefon" = "telephone" } }
/// filters = [{ column = "status", keep = ["complete"] }]
///
/// [[questions]]
/// column = "How likely are you to recommend us?"
/// subject = "visit/consult"   # a phase, a dimension (`empathy`) or `overall`
/// measure = "nps"
/// labels = { "Extremely likely" = 10 }
/// comment = "Why?"            # a column of comments kept beside the answer
/// ```
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let mapping = SurveyMapping::builder()
///     .delimiter(';')
///     .respondent("id")
///     .date("submitted", "%d.%m.%Y")
///     .question(QuestionColumn::new("recommend", Subject::Phase("visit/consult".parse()?), Measure::Nps))
///     .build()?;
/// let file = "id;submitted;recommend\nr1;02.03.2026;9\nr2;03.03.2026;10 - Extremely likely\n";
/// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
/// assert_eq!(responses.len(), 2);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyMapping {
    pub(crate) delimiter: u8,
    pub(crate) header_row: u64,
    pub(crate) extra_header_rows: u64,
    pub(crate) respondent: String,
    pub(crate) date: String,
    pub(crate) date_format: String,
    pub(crate) file_zone: Option<Clock>,
    pub(crate) business_zone: Option<Clock>,
    pub(crate) site: Option<String>,
    pub(crate) sites: Vec<(String, Id)>,
    pub(crate) channel: Option<String>,
    pub(crate) channels: Vec<(String, Channel)>,
    pub(crate) filters: Vec<(String, Vec<String>)>,
    pub(crate) questions: Vec<QuestionColumn>,
    /// Each question's labels, normalised, in the order of `questions`.
    pub(crate) labels: Vec<Vec<(String, f64)>>,
    /// The date format read without jiff's parser, when it is only
    /// digits and fixed characters.
    pub(crate) quick_date: Option<Vec<Piece>>,
    pub(crate) scales: Scales,
}

/// Builds a [`SurveyMapping`]: setters never fail, [`build`](Self::build) checks.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let err = SurveyMapping::builder().delimiter('"').build().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid survey mapping: delimiter: delimiter must be one ascii character other than a quote or a line break `\"`; respondent: missing field; date.column: missing field; questions: nothing given"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyMappingBuilder {
    delimiter: char,
    header_row: u64,
    extra_header_rows: u64,
    respondent: Option<String>,
    date: Option<(String, String)>,
    file_zone: Option<Zone>,
    business_zone: Option<Zone>,
    site: Option<String>,
    sites: Vec<(String, String)>,
    channel: Option<String>,
    channels: Vec<(String, Channel)>,
    filters: Vec<(String, Vec<String>)>,
    questions: Vec<QuestionColumn>,
}

impl SurveyMapping {
    /// The version of the mapping document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::import::SurveyMapping::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = 1;

    /// A builder with a `,` delimiter, the column names on the first
    /// record and no extra header records.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder()
    ///     .respondent("id")
    ///     .date("day", "%Y-%m-%d")
    ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
    ///     .build()?;
    /// assert_eq!(mapping.questions().len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> SurveyMappingBuilder {
        SurveyMappingBuilder {
            delimiter: ',',
            header_row: 1,
            extra_header_rows: 0,
            respondent: None,
            date: None,
            file_zone: None,
            business_zone: None,
            site: None,
            sites: Vec::new(),
            channel: None,
            channels: Vec::new(),
            filters: Vec::new(),
            questions: Vec::new(),
        }
    }

    /// The fixed parts of a Google Forms "Download responses (.csv)"
    /// file: one header record; the `Timestamp` column as the date
    /// (`2024/03/04 9:15:02 AM GMT+1`: its offset is read, the date cut in
    /// the [business's offset](SurveyMappingBuilder::business_offset),
    /// UTC unless set) and, as Forms writes no respondent id, as the
    /// respondent (with `Email Address` collected, name that instead).
    /// Forms keeps only submitted responses: no filter. Add the question
    /// columns, headed by the question's text.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::google_forms()
    ///     .question(QuestionColumn::new("How likely are you to recommend us?", Subject::Phase("visit/consult".parse()?), Measure::Nps))
    ///     .build()?;
    /// let file = "\"Timestamp\",\"How likely are you to recommend us?\"\n\"2024/03/31 11:05:59 PM GMT-1\",\"9\"\n";
    /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
    /// assert_eq!(responses.iter().next().map(|r| r.date().to_string()), Some("2024-04-01".to_owned()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn google_forms() -> SurveyMappingBuilder {
        Self::builder().respondent("Timestamp").date("Timestamp", "%Y/%m/%d %I:%M:%S %p GMT%:::z")
    }

    /// The fixed parts of a SurveyMonkey "All responses data" CSV
    /// (expanded columns): the question texts on the first record and a
    /// sub-header record after it; `Respondent ID`; `Start Date` as
    /// `03/04/2024 09:15:02 AM` in the account's time zone, written with
    /// no offset (set [`file_offset`](SurveyMappingBuilder::file_offset)
    /// to move it). The export has no status column: no filter. Add the
    /// question columns, headed by the question's text; a matrix's rows
    /// and a multi-select's options, named on the sub-header record only,
    /// by [`QuestionColumn::sub_item`] and [`QuestionColumn::choice`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::surveymonkey()
    ///     .question(QuestionColumn::new("How likely?", Subject::Phase("visit/consult".parse()?), Measure::Nps))
    ///     .build()?;
    /// let file = "Respondent ID,Start Date,How likely?\n,,Response\n114502233101,03/04/2024 09:15:02 AM,10\n";
    /// assert_eq!(CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?.len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn surveymonkey() -> SurveyMappingBuilder {
        Self::builder()
            .extra_header_rows(1)
            .respondent("Respondent ID")
            .date("Start Date", "%m/%d/%Y %I:%M:%S %p")
    }

    /// The fixed parts of a Qualtrics CSV export, in numeric or
    /// choice-text mode: field ids on the first record and two header
    /// records after it (question texts, `ImportId` JSON); `ResponseId`;
    /// `StartDate` as `2024-03-04 09:15:02`, written with no offset in the
    /// zone the third record names (set
    /// [`file_offset`](SurveyMappingBuilder::file_offset) to it); kept
    /// only when `Status` is a real response (`IP Address` or `0`,
    /// `Imported` or `4`, `Offline` or `16`: previews, tests and spam are
    /// left out) and `Finished` is `True` or `1`. Add the question columns
    /// by their field id (`Q1`, `Q3_2`).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::qualtrics()
    ///     .question(QuestionColumn::new("Q1", Subject::Phase("visit/consult".parse()?), Measure::Nps))
    ///     .build()?;
    /// let file = "StartDate,Status,Finished,ResponseId,Q1\nStart Date,Response Type,Finished,Response ID,How likely?\n\
    ///     {},{},{},{},{}\n2024-03-04 09:15:02,IP Address,True,R_1,10\n2024-03-05 17:00:00,Survey Preview,True,R_4,9\n";
    /// let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes())?;
    /// assert_eq!((imported.responses().len(), imported.filtered()), (1, 1));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn qualtrics() -> SurveyMappingBuilder {
        Self::builder()
            .extra_header_rows(2)
            .respondent("ResponseId")
            .date("StartDate", "%Y-%m-%d %H:%M:%S")
            .filter("Status", ["IP Address", "0", "Imported", "4", "Offline", "16"])
            .filter("Finished", ["True", "1"])
    }

    /// The fixed parts of a Typeform "Download responses" CSV: one header
    /// record; the response token `#` as the respondent; `Submit Date (UTC)`
    /// as `2024-03-04 08:17:40` in UTC (moved to the
    /// [business's offset](SurveyMappingBuilder::business_offset) before
    /// the date is cut); kept only when `Response Type` is `completed`.
    /// Add the question columns, headed by the question's text.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::tz::Offset;
    ///
    /// let mapping = SurveyMapping::typeform()
    ///     .business_offset(Offset::constant(2))
    ///     .question(QuestionColumn::new("How likely?", Subject::Phase("visit/consult".parse()?), Measure::Nps))
    ///     .build()?;
    /// let file = "#,How likely?,Response Type,Submit Date (UTC)\nk3j9,9,completed,2024-03-31 22:30:00\np0o9,6,partial,\n";
    /// let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes())?;
    /// assert_eq!(imported.responses().iter().next().map(|r| r.date().to_string()), Some("2024-04-01".to_owned()));
    /// assert_eq!(imported.filtered(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn typeform() -> SurveyMappingBuilder {
        Self::builder()
            .respondent("#")
            .date("Submit Date (UTC)", "%Y-%m-%d %H:%M:%S")
            .file_offset(Offset::UTC)
            .filter("Response Type", ["completed"])
    }

    /// The question columns.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps);
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d").question(q.clone()).build()?;
    /// assert_eq!(mapping.questions(), [q]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn questions(&self) -> &[QuestionColumn] {
        &self.questions
    }

    /// The scales of the answers: each measure's on its questions' scale,
    /// the crate's default for a measure no question asks.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let q = QuestionColumn::new("ease", Subject::Dimension(QualityDimension::Empathy), Measure::Ces).scale(Scale::new(1.0, 5.0)?);
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d").question(q).build()?;
    /// assert_eq!(mapping.scales().ces_scale().max(), 5.0);
    /// assert_eq!(mapping.scales().csat_scale(), Scales::default().csat_scale());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn scales(&self) -> Scales {
        self.scales
    }

    /// The date `text` holds in the mapping's format: a time with an
    /// offset is moved to the business's offset before its date is taken;
    /// a time without one is at the file's offset, when one is set.
    #[cfg(test)]
    pub(crate) fn date_of(&self, text: &str) -> Option<Date> {
        if let Some(at) = self.quick_date.as_deref().and_then(|pieces| quick_date(pieces, text.as_bytes())) {
            return Some(cut(at, self.file_zone.as_ref(), self.business_zone.as_ref()));
        }
        date_in(&self.date_format, self.file_zone.as_ref(), self.business_zone.as_ref(), text)
    }
}

/// The move from the file's clock to the business's of each day of the
/// file met lately, for a file whose clock is a fixed offset: the seconds
/// to add to a time of that day, when no change of the business's offset
/// falls within it (`None` when one does: that day's times are moved one by
/// one, as `SurveyMapping::date_of` moves them).
#[derive(Debug, Default)]
pub(crate) struct Days {
    slots: Vec<Option<(Date, Option<i32>)>>,
}

impl Days {
    /// How many days are remembered (a day takes the slot of its number).
    const SLOTS: usize = 1024;

    /// The seconds to add to a time on `day` in the file's clock `file` to
    /// have it in `business`'s (the file's when `None`), if the same all
    /// that day.
    fn shift(&mut self, day: Date, file: Offset, business: Option<&Clock>) -> Option<i32> {
        let slot =
            usize::try_from(i32::from(day.year()) * 366 + i32::from(day.day_of_year())).ok()? % Self::SLOTS;
        if self.slots.is_empty() {
            self.slots.resize(Self::SLOTS, None);
        }
        if let Some(Some((d, shift))) = self.slots.get(slot) {
            if *d == day {
                return *shift;
            }
        }
        let shift = (|| {
            let start = file.to_timestamp(day.to_datetime(jiff::civil::Time::midnight())).ok()?;
            let end =
                file.to_timestamp(day.tomorrow().ok()?.to_datetime(jiff::civil::Time::midnight())).ok()?;
            let tz = business.map_or(TimeZone::fixed(file), Clock::time_zone);
            let steady = tz.following(start).next().is_none_or(|t| t.timestamp() >= end);
            steady.then(|| tz.to_offset(start).seconds() - file.seconds())
        })();
        if let Some(s) = self.slots.get_mut(slot) {
            *s = Some((day, shift));
        }
        shift
    }
}

impl SurveyMapping {
    /// As `date_of`, moving a time in a fixed offset to
    /// the business's clock by the shift of its day remembered in `days`.
    pub(crate) fn date_with(&self, days: &mut Days, text: &str) -> Option<Date> {
        match self.quick_date_with(days, text.as_bytes()) {
            Some(date) => Some(date),
            None => date_in(&self.date_format, self.file_zone.as_ref(), self.business_zone.as_ref(), text),
        }
    }

    /// [`date_with`](Self::date_with) of the bytes of a cell, when the
    /// format is read without jiff's parser and the bytes match it (then
    /// they are ASCII, so the cell needs no reading as text first); `None`
    /// otherwise, whether or not the cell holds a date.
    pub(crate) fn quick_date_with(&self, days: &mut Days, bytes: &[u8]) -> Option<Date> {
        let (at, timed) = self.quick_date.as_deref().and_then(|pieces| quick_date(pieces, bytes))?;
        if let (true, Some(Clock::Offset(file))) = (timed, &self.file_zone) {
            let day = at.date();
            if let Some(shift) = days.shift(day, *file, self.business_zone.as_ref()) {
                let t = at.time();
                let seconds = i32::from(t.hour()) * 3600 + i32::from(t.minute()) * 60 + i32::from(t.second());
                let moved = match (seconds + shift).div_euclid(86_400) {
                    0 => Some(day),
                    -1 => day.yesterday().ok(),
                    1 => day.tomorrow().ok(),
                    _ => None,
                };
                if let Some(date) = moved {
                    return Some(date);
                }
            }
        }
        Some(cut((at, timed), self.file_zone.as_ref(), self.business_zone.as_ref()))
    }
}

/// A piece of a date format read without jiff's parser.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Piece {
    /// `%Y`: four digits.
    Year,
    /// `%m`, `%d`, `%H`, `%M`, `%S`: two digits each.
    Month,
    Day,
    Hour,
    Minute,
    Second,
    /// A character written as is.
    Byte(u8),
}

/// The pieces of `format` when it holds only `%Y %m %d %H %M %S` and
/// ASCII characters other than spaces (which jiff's parser reads loosely).
fn pieces(format: &str) -> Option<Vec<Piece>> {
    let mut out = Vec::with_capacity(format.len());
    let mut bytes = format.bytes();
    while let Some(b) = bytes.next() {
        out.push(match b {
            b'%' => match bytes.next()? {
                b'Y' => Piece::Year,
                b'm' => Piece::Month,
                b'd' => Piece::Day,
                b'H' => Piece::Hour,
                b'M' => Piece::Minute,
                b'S' => Piece::Second,
                _ => return None,
            },
            b if b.is_ascii_graphic() || b == b' ' => Piece::Byte(b),
            _ => return None,
        });
    }
    Some(out)
}

/// The date and time (if the format has an hour) `text` writes in
/// `pieces`, each number in its full width; `None` when it does not (jiff's
/// parser then reads it, as it reads what this does not).
fn quick_date(pieces: &[Piece], text: &[u8]) -> Option<(jiff::civil::DateTime, bool)> {
    /// The number of `width` digits at `at`, which moves past them.
    fn number(text: &[u8], at: &mut usize, width: usize) -> Option<i16> {
        let digits = text.get(*at..*at + width)?;
        *at += width;
        digits.iter().try_fold(0_i16, |n, &d| d.is_ascii_digit().then(|| n * 10 + i16::from(d - b'0')))
    }
    let mut at = 0;
    let number = |at: &mut usize, width| number(text, at, width);
    let (mut y, mut mo, mut d, mut h, mut mi, mut sec) = (None, None, None, None, None, 0);
    for piece in pieces {
        match piece {
            Piece::Year => y = Some(number(&mut at, 4)?),
            Piece::Month => mo = Some(i8::try_from(number(&mut at, 2)?).ok()?),
            Piece::Day => d = Some(i8::try_from(number(&mut at, 2)?).ok()?),
            Piece::Hour => h = Some(i8::try_from(number(&mut at, 2)?).ok()?),
            Piece::Minute => mi = Some(i8::try_from(number(&mut at, 2)?).ok()?),
            Piece::Second => sec = i8::try_from(number(&mut at, 2)?).ok()?,
            Piece::Byte(b) => {
                if text.get(at) != Some(b) {
                    return None;
                }
                at += 1;
            }
        }
    }
    if at != text.len() {
        return None;
    }
    let date = Date::new(y?, mo?, d?).ok()?;
    match (h, mi) {
        (Some(h), Some(mi)) => Some((jiff::civil::Time::new(h, mi, sec, 0).ok()?.to_datetime(date), true)),
        (None, None) => Some((date.to_datetime(jiff::civil::Time::midnight()), false)),
        _ => None,
    }
}

/// The date of `at` (read with no offset; `timed` when it has a time) in
/// the business's clock: moved from the file's clock when one is set.
fn cut((at, timed): (jiff::civil::DateTime, bool), file: Option<&Clock>, business: Option<&Clock>) -> Date {
    match (file, timed) {
        (Some(file), true) => match file.time_zone().to_ambiguous_zoned(at).compatible() {
            Ok(z) => business.map_or(file.time_zone(), Clock::time_zone).to_datetime(z.timestamp()).date(),
            Err(_) => at.date(),
        },
        _ => at.date(),
    }
}

/// A clock as a builder is given it: a fixed offset, or a zone's name,
/// looked up when the mapping is built.
#[derive(Debug, Clone, PartialEq)]
enum Zone {
    Offset(Offset),
    Name(String),
}

/// A clock a mapping reads or cuts dates by: a fixed offset from UTC, or
/// a time zone of the IANA database (with its changes of offset).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Clock {
    Offset(Offset),
    Zone(TimeZone),
}

impl Clock {
    /// The time zone the clock keeps.
    fn time_zone(&self) -> TimeZone {
        match self {
            Self::Offset(o) => TimeZone::fixed(*o),
            Self::Zone(tz) => tz.clone(),
        }
    }
}

/// What a time zone's name looks like, for a rejection.
const ZONES: &str = "a time zone of the iana database, such as Europe/Warsaw or America/New_York";

/// The clock `zone` names: a zone name is looked up in jiff's bundled
/// copy of the IANA database (the same on every system); a violation at
/// `path` when there is no such zone, or when an offset is not in whole
/// minutes (a document writes offsets as `+hh:mm`).
fn clock_of(v: &mut Violations, path: &str, zone: Option<Zone>) -> Option<Clock> {
    match zone? {
        Zone::Offset(o) if o.seconds() % 60 != 0 => {
            v.push(
                format!("{path}_offset"),
                Problem::Contradicts("an offset from utc must be in whole minutes"),
                o.to_string(),
            );
            None
        }
        Zone::Offset(o) => Some(Clock::Offset(o)),
        Zone::Name(name) => match TimeZoneDatabase::bundled().get(name.trim()) {
            Ok(tz) if tz.iana_name().is_some() => Some(Clock::Zone(tz)),
            _ => {
                v.push_accepted(format!("{path}_time_zone"), Problem::NotAccepted, name, ZONES);
                None
            }
        },
    }
}

/// The date `text` holds in `format`; see [`SurveyMapping::date_of`].
fn date_in(format: &str, file: Option<&Clock>, business: Option<&Clock>, text: &str) -> Option<Date> {
    let tm = strtime::parse(format, text).or_else(|e| match gmt_offset(text) {
        Some(padded) => strtime::parse(format, padded),
        None => Err(e),
    });
    let tm = tm.ok()?;
    let at = match (tm.offset(), file, tm.hour()) {
        (Some(_), _, _) => tm.to_timestamp().ok(),
        (None, Some(file), Some(_)) => tm
            .to_datetime()
            .ok()
            .and_then(|dt| file.time_zone().to_ambiguous_zoned(dt).compatible().ok())
            .map(|z| z.timestamp()),
        _ => None,
    };
    match at {
        Some(at) => Some(business.or(file).map_or(TimeZone::UTC, Clock::time_zone).to_datetime(at).date()),
        None => tm.to_date().ok(),
    }
}

/// `text` with the offset Google Forms ends its timestamps with, `GMT`,
/// `GMT+1` or `GMT-10`, written as jiff's `%:::z` reads it (`GMT+00`,
/// `GMT+01`, `GMT-10`); `None` when it ends otherwise.
fn gmt_offset(text: &str) -> Option<String> {
    let (head, tail) = text.rsplit_once("GMT")?;
    let sign = tail.chars().next();
    let hours = tail.get(1..).unwrap_or_default();
    match (sign, hours.len()) {
        (None, _) => Some(format!("{head}GMT+00")),
        (Some('+' | '-'), 1) if hours.bytes().all(|b| b.is_ascii_digit()) => {
            Some(format!("{head}GMT{}0{hours}", tail.get(..1)?))
        }
        _ => None,
    }
}

/// A fixed offset written `UTC`, `Z`, `GMT`, `+01:00`, `+0100` or `-05`.
pub(crate) fn offset_of(text: &str) -> Option<Offset> {
    let t = text.trim();
    if ["utc", "z", "gmt"].iter().any(|u| t.eq_ignore_ascii_case(u)) {
        return Some(Offset::UTC);
    }
    let (sign, rest) = match t.as_bytes().first() {
        Some(b'+') => (1, t.get(1..)?),
        Some(b'-') => (-1, t.get(1..)?),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !matches!(digits.len(), 2 | 4) || rest.len() > 5 {
        return None;
    }
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = if digits.len() == 4 { digits.get(2..)?.parse().ok()? } else { 0 };
    if hours > 18 || minutes > 59 {
        return None;
    }
    Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
}

/// What a fixed offset looks like, for a rejection.
const OFFSETS: &str = "a fixed offset from utc such as UTC, +01:00 or -05:00";

/// The quality dimensions' names, for a rejection.
fn dimensions() -> String {
    format!("overall, a phase sequence/phase or a dimension: {}", QualityDimension::NAMES.join(", "))
}

/// The subject `text` names: a phase `sequence/phase` or a dimension.
fn subject_of(v: &mut Violations, path: &str, text: &str) -> Option<Subject> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("overall") {
        return Some(Subject::Overall);
    }
    if t.contains('/') {
        if let Ok(phase) = t.parse::<PhasePath>() {
            return Some(Subject::Phase(phase));
        }
        v.push_accepted(path, Problem::NotAPhasePath, text, dimensions());
        return None;
    }
    match t.to_lowercase().parse::<QualityDimension>() {
        Ok(d) => Some(Subject::Dimension(d)),
        Err(_) => {
            v.push_accepted(path, Problem::NotAccepted, text, dimensions());
            None
        }
    }
}

impl SurveyMappingBuilder {
    crate::setters::setters! {
        /// Sets the delimiter between cells (default `,`).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let err = SurveyMapping::builder().delimiter('\n').respondent("id").date("day", "%Y-%m-%d")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build().unwrap_err();
        /// assert_eq!(err.violations()[0].path(), "delimiter");
        /// ```
        fn delimiter(delimiter: char) { delimiter = delimiter }
        /// Sets which record holds the column names, counted from 1
        /// (default 1); the records before it are skipped.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let mapping = SurveyMapping::builder().header_row(2).respondent("id").date("day", "%Y-%m-%d")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "A survey export\nid,day,nps\nr1,2026-03-02,9\n";
        /// assert_eq!(CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?.len(), 1);
        /// # Ok::<(), Error>(())
        /// ```
        fn header_row(row: u64) { header_row = row }
        /// Sets how many records after the column names are headers too,
        /// and skipped (default 0; SurveyMonkey writes 1, Qualtrics 2).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let mapping = SurveyMapping::builder().extra_header_rows(1).respondent("id").date("day", "%Y-%m-%d")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "id,day,nps\nRespondent,Day,How likely?\nr1,2026-03-02,9\n";
        /// assert_eq!(CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?.len(), 1);
        /// # Ok::<(), Error>(())
        /// ```
        fn extra_header_rows(rows: u64) { extra_header_rows = rows }
        /// Sets the column of the respondent's id (required).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let err = SurveyMapping::builder().date("day", "%Y-%m-%d")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build().unwrap_err();
        /// assert_eq!(err.to_string(), "invalid survey mapping: respondent: missing field");
        /// ```
        fn respondent(column: impl Into<String>) { respondent = Some(column.into()) }
        /// Sets the column of the date and its format, in jiff's
        /// [`strtime`](jiff::fmt::strtime) directives (required):
        /// `%Y-%m-%d`, `%m/%d/%Y %I:%M:%S %p`, `%d.%m.%Y`, `%Y-%m-%dT%H:%M:%S%:z`.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let err = SurveyMapping::builder().respondent("id").date("day", "%H:%M")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build().unwrap_err();
        /// assert_eq!(err.violations()[0].path(), "date.format");
        /// ```
        fn date(column: impl Into<String>, format: impl Into<String>) { date = Some((column.into(), format.into())) }
        /// Sets the offset from UTC of the times the file writes without
        /// one (Typeform's `Submit Date (UTC)`: [`Offset::UTC`]). Without
        /// it, such a time is taken as the business's own clock.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::tz::Offset;
        ///
        /// let mapping = SurveyMapping::builder().respondent("id").date("at", "%Y-%m-%d %H:%M")
        ///     .file_offset(Offset::UTC).business_offset(Offset::constant(2))
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "id,at,nps\nr1,2026-03-31 22:30,9\n";
        /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
        /// assert_eq!(responses.iter().next().map(|r| r.date().to_string()), Some("2026-04-01".to_owned()));
        /// # Ok::<(), Error>(())
        /// ```
        fn file_offset(offset: Offset) { file_zone = Some(Zone::Offset(offset)) }
        /// Sets the business's offset from UTC: a time with an offset (in
        /// the cell, or the file's) is moved to it before its date is
        /// taken, so an answer at 00:05 in Warsaw is dated in Warsaw.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::tz::Offset;
        ///
        /// let mapping = SurveyMapping::builder().respondent("id").date("at", "%Y-%m-%dT%H:%M:%S%:z")
        ///     .business_offset(Offset::constant(2))
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "id,at,nps\nr1,2026-03-31T22:05:00+00:00,9\n";
        /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
        /// assert_eq!(responses.iter().next().map(|r| r.date().to_string()), Some("2026-04-01".to_owned()));
        /// # Ok::<(), Error>(())
        /// ```
        fn business_offset(offset: Offset) { business_zone = Some(Zone::Offset(offset)) }
        /// Sets the time zone of the times the file writes without an
        /// offset, by its IANA name (`Europe/Warsaw`), in place of a
        /// [fixed offset](Self::file_offset): a time is read in the offset
        /// the zone had then. A time the zone's clock skipped (in the
        /// hour it moves forward) is read as if the clock had not moved,
        /// one it showed twice (in the hour it moves back) as the first.
        /// [`build`](Self::build) looks the name up in jiff's copy of the
        /// IANA database bundled with the crate, the same on every system.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let mapping = SurveyMapping::builder().respondent("id").date("at", "%Y-%m-%d %H:%M")
        ///     .file_time_zone("America/New_York").business_time_zone("Europe/Warsaw")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "id,at,nps\nr1,2026-03-31 18:30,9\n";
        /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
        /// assert_eq!(responses.iter().next().map(|r| r.date().to_string()), Some("2026-04-01".to_owned()));
        /// # Ok::<(), Error>(())
        /// ```
        fn file_time_zone(name: impl Into<String>) { file_zone = Some(Zone::Name(name.into())) }
        /// Sets the business's time zone by its IANA name
        /// (`Europe/Warsaw`), in place of a [fixed offset](Self::business_offset):
        /// each answer's instant is moved to the zone's clock at that
        /// instant (summer time included) before its date is taken, so an
        /// answer at 00:05 Warsaw time on 1 April, written in UTC as
        /// 22:05 on 31 March, is dated 1 April.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::tz::Offset;
        ///
        /// let mapping = SurveyMapping::builder().respondent("id").date("at", "%Y-%m-%d %H:%M")
        ///     .file_offset(Offset::UTC).business_time_zone("Europe/Warsaw")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "id,at,nps\nr1,2026-03-31 22:05,9\nr2,2026-01-31 22:05,7\n";
        /// let dates: Vec<String> = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?
        ///     .iter().map(|r| r.date().to_string()).collect();
        /// assert_eq!(dates, ["2026-04-01", "2026-01-31"]);
        /// let err = SurveyMapping::builder().respondent("id").date("at", "%Y-%m-%d %H:%M")
        ///     .business_time_zone("Europe/Warsw")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build().unwrap_err();
        /// assert_eq!(
        ///     err.to_string(),
        ///     "invalid survey mapping: date.business_time_zone: not one of the accepted values `Europe/Warsw` \
        ///      (accepted: a time zone of the iana database, such as Europe/Warsaw or America/New_York)"
        /// );
        /// # Ok::<(), Error>(())
        /// ```
        fn business_time_zone(name: impl Into<String>) { business_zone = Some(Zone::Name(name.into())) }
        /// Sets the column of the site; without a table of values
        /// ([`site_value`](Self::site_value)) each cell is a site id.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d").site("clinic")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "id,day,clinic,nps\nr1,2026-03-02,krakow,9\n";
        /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
        /// assert_eq!(responses.iter().next().and_then(|r| r.site()).map(Id::as_str), Some("krakow"));
        /// # Ok::<(), Error>(())
        /// ```
        fn site(column: impl Into<String>) { site = Some(column.into()) }
        /// Sets the column of the channel; without a table of values
        /// ([`channel_value`](Self::channel_value)) each cell names a
        /// [`Channel`] (`email`, `telephone`; case does not matter).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d").channel("via")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .build()?;
        /// let file = "id,day,via,nps\nr1,2026-03-02,Email,9\n";
        /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
        /// assert_eq!(responses.iter().next().and_then(|r| r.channel()), Some(Channel::Email));
        /// # Ok::<(), Error>(())
        /// ```
        fn channel(column: impl Into<String>) { channel = Some(column.into()) }
        /// Adds a question column.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d")
        ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
        ///     .question(QuestionColumn::new("csat", Subject::Dimension(QualityDimension::Empathy), Measure::Csat))
        ///     .build()?;
        /// assert_eq!(mapping.questions().len(), 2);
        /// # Ok::<(), Error>(())
        /// ```
        fn question(question: QuestionColumn) { questions.push(question) }
    }

    /// Adds a site value: a cell holding `text` (case and surrounding
    /// spaces do not matter) is the site `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d")
    ///     .site("clinic").site_value("Kraków Old Town", "krakow")
    ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
    ///     .build()?;
    /// let file = "id,day,clinic,nps\nr1,2026-03-02,kraków old town,9\n";
    /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
    /// assert_eq!(responses.iter().next().and_then(|r| r.site()).map(Id::as_str), Some("krakow"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn site_value(mut self, text: impl Into<String>, id: impl Into<String>) -> Self {
        self.sites.push((text.into(), id.into()));
        self
    }

    /// Adds a channel value: a cell holding `text` (case and surrounding
    /// spaces do not matter) is `channel`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d")
    ///     .channel("via").channel_value("Phone", Channel::Telephone)
    ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
    ///     .build()?;
    /// let file = "id,day,via,nps\nr1,2026-03-02,PHONE,9\n";
    /// let responses = CsvImport::new().with_mapping(&mapping).strict(file.as_bytes())?;
    /// assert_eq!(responses.iter().next().and_then(|r| r.channel()), Some(Channel::Telephone));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn channel_value(mut self, text: impl Into<String>, channel: Channel) -> Self {
        self.channels.push((text.into(), channel));
        self
    }

    /// Adds a filter: a row is kept only when `column` holds one of
    /// `keep` (case and surrounding spaces do not matter); the rows left
    /// out are counted ([`Imported::filtered`](crate::import::Imported::filtered)),
    /// not rejected.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let mapping = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d")
    ///     .filter("Finished", ["True", "1"])
    ///     .question(QuestionColumn::new("nps", Subject::Dimension(QualityDimension::Empathy), Measure::Nps))
    ///     .build()?;
    /// let file = "id,day,Finished,nps\nr1,2026-03-02,TRUE,9\nr2,2026-03-02,False,3\n";
    /// let imported = CsvImport::new().with_mapping(&mapping).lenient(file.as_bytes())?;
    /// assert_eq!((imported.responses().len(), imported.filtered()), (1, 1));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn filter(
        mut self,
        column: impl Into<String>,
        keep: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.filters.push((column.into(), keep.into_iter().map(Into::into).collect()));
        self
    }

    /// Checks the mapping.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::SurveyMapping`] listing every fault, each
    /// at its path: a delimiter that is not one ASCII character other than
    /// a quote or a line break (`delimiter`); a header row of 0
    /// (`header_row`); no respondent or date column (`respondent`,
    /// `date.column`, [`Problem::MissingField`]); a date format that does
    /// not write a whole date (`date.format`); a time zone not in the IANA
    /// database (`date.file_time_zone`, `date.business_time_zone`) or an
    /// offset not in whole minutes (`date.file_offset`,
    /// `date.business_offset`); a site value that is not an
    /// id (`site.values[text]`); a value given twice in a table, or a
    /// filter with nothing to keep; no question (`questions`,
    /// [`Problem::Empty`]); a question of the `servqual` measure, an NPS
    /// question on another scale than 0–10, a label whose value is off its
    /// question's scale, two questions of one measure on different scales,
    /// or of one subject and measure; a column mapped twice.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let empathy = Subject::Dimension(QualityDimension::Empathy);
    /// let err = SurveyMapping::builder().respondent("id").date("day", "%Y-%m-%d")
    ///     .question(QuestionColumn::new("q1", empathy.clone(), Measure::Csat).label("Very satisfied", 7.0))
    ///     .question(QuestionColumn::new("q2", empathy, Measure::Csat).scale(Scale::new(1.0, 10.0)?))
    ///     .build().unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid survey mapping: questions[0].labels[Very satisfied]: score outside the scale `7` (accepted: a number from 1 to 5); \
    ///      questions[1].scale: questions of one measure must share one scale `1 to 10`; \
    ///      questions[1]: another question has this subject and measure `empathy csat`"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    pub fn build(self) -> Result<SurveyMapping, Error> {
        self.check(Violations::default(), &[])
    }

    /// Checks the mapping, adding to `v` (what reading a document found);
    /// `written` is, for a document, the place of each question given to
    /// the builder among those the document wrote (a question whose subject
    /// or measure did not read is not given), so that paths name the
    /// document's.
    fn check(self, mut v: Violations, written: &[usize]) -> Result<SurveyMapping, Error> {
        let delimiter =
            u8::try_from(self.delimiter).ok().filter(|b| b.is_ascii() && !matches!(b, b'"' | b'\n' | b'\r'));
        if delimiter.is_none() {
            v.push(
                "delimiter",
                Problem::Contradicts(
                    "delimiter must be one ascii character other than a quote or a line break",
                ),
                self.delimiter.to_string(),
            );
        }
        if self.header_row == 0 {
            v.push("header_row", Problem::Contradicts("records are counted from 1"), "0");
        }
        let mut columns: Vec<String> = Vec::new();
        // A column by its name, or (`under`) the column a sub-header names
        // under it, or an option of the multi-select question it heads.
        let mut column = |v: &mut Violations, path: &str, name: &str, under: Option<&str>| {
            let key = normalize(name);
            let key = match under {
                Some(item) if !key.is_empty() => format!("{key}\n{}", normalize(item)),
                _ => key,
            };
            mapped_once(&mut columns, v, path, name, key);
        };
        // The respondent may be named by the date column (Google Forms
        // has no respondent id; its timestamp is one).
        let date_key = self.date.as_ref().map(|(name, _)| normalize(name));
        match &self.respondent {
            Some(name) if Some(normalize(name)) == date_key && !normalize(name).is_empty() => {}
            Some(name) => column(&mut v, "respondent", name, None),
            None => v.push("respondent", Problem::MissingField, ""),
        }
        match &self.date {
            Some((name, format)) => {
                column(&mut v, "date.column", name, None);
                check_format(&mut v, format);
            }
            None => v.push("date.column", Problem::MissingField, ""),
        }
        if let Some(name) = &self.site {
            column(&mut v, "site.column", name, None);
        }
        let mut sites = Vec::with_capacity(self.sites.len());
        let mut seen = Vec::new();
        for (text, id) in &self.sites {
            let path = format!("site.values[{text}]");
            unique(&mut v, &path, text, &mut seen);
            if let Some(id) = v.id(&path, id) {
                sites.push((normalize(text), id));
            }
        }
        if let Some(name) = &self.channel {
            column(&mut v, "channel.column", name, None);
        }
        let mut seen = Vec::new();
        for (text, _) in &self.channels {
            unique(&mut v, &format!("channel.values[{text}]"), text, &mut seen);
        }
        for (i, (name, keep)) in self.filters.iter().enumerate() {
            if normalize(name).is_empty() {
                v.push(format!("filters[{i}].column"), Problem::MissingField, "");
            }
            if keep.is_empty() {
                v.push(format!("filters[{i}].keep"), Problem::Empty, "");
            }
        }
        if self.questions.is_empty() && written.is_empty() {
            v.push("questions", Problem::Empty, "");
        }
        let mut scales = Scales::default();
        let mut scale_of: Vec<(Measure, Scale)> = Vec::new();
        let mut asked: Vec<(&Subject, Measure)> = Vec::new();
        for (n, q) in self.questions.iter().enumerate() {
            let i = written.get(n).copied().unwrap_or(n);
            let under = q.sub_item.as_deref().or(q.choice.as_deref());
            column(&mut v, &format!("questions[{i}].column"), &q.column, under);
            if let Some(comment) = &q.comment {
                column(&mut v, &format!("questions[{i}].comment"), comment, None);
            }
            check_columns_under(&mut v, i, q, self.extra_header_rows);
            let scale = q.scale_or_default();
            match q.measure {
                Measure::Servqual => v.push(
                    format!("questions[{i}].measure"),
                    Problem::Contradicts("a question column holds one score: nps, csat or ces"),
                    "servqual",
                ),
                Measure::Nps if scale != Scale::ELEVEN => v.push_accepted(
                    format!("questions[{i}].scale"),
                    Problem::Contradicts("nps is on 0 to 10"),
                    format!("{} to {}", scale.min(), scale.max()),
                    "0 to 10",
                ),
                Measure::Csat | Measure::Ces => match scale_of.iter().find(|(m, _)| *m == q.measure) {
                    Some((_, first)) if *first != scale => v.push(
                        format!("questions[{i}].scale"),
                        Problem::Contradicts("questions of one measure must share one scale"),
                        format!("{} to {}", scale.min(), scale.max()),
                    ),
                    Some(_) => {}
                    None => {
                        scale_of.push((q.measure, scale));
                        scales =
                            if q.measure == Measure::Csat { scales.csat(scale) } else { scales.ces(scale) };
                    }
                },
                Measure::Nps => {}
            }
            let mut seen = Vec::new();
            for (text, value) in &q.labels {
                let path = format!("questions[{i}].labels[{text}]");
                unique(&mut v, &path, text, &mut seen);
                let whole = q.measure != Measure::Nps || value.fract() == 0.0;
                if !(scale.contains(*value) && whole) {
                    let numbers = if q.measure == Measure::Nps {
                        "a whole number from 0 to 10".to_owned()
                    } else {
                        format!("a number from {} to {}", scale.min(), scale.max())
                    };
                    v.push_accepted(path, Problem::OutOfScale, value.to_string(), numbers);
                }
            }
            if asked.contains(&(&q.subject, q.measure)) {
                v.push(
                    format!("questions[{i}]"),
                    Problem::Contradicts("another question has this subject and measure"),
                    format!("{} {}", q.subject, q.measure),
                );
            }
            asked.push((&q.subject, q.measure));
        }
        let file_zone = clock_of(&mut v, "date.file", self.file_zone);
        let business_zone = clock_of(&mut v, "date.business", self.business_zone);
        let (respondent, (date, date_format)) =
            (self.respondent.unwrap_or_default(), self.date.unwrap_or_default());
        // Tables in one order (by their text as matched), as a document's.
        sites.sort_by(|(a, _), (b, _)| a.cmp(b));
        let mut channels: Vec<(String, Channel)> =
            self.channels.into_iter().map(|(t, c)| (normalize(&t), c)).collect();
        channels.sort_by(|(a, _), (b, _)| a.cmp(b));
        let filters = self
            .filters
            .into_iter()
            .map(|(c, keep)| (c, keep.iter().map(|k| normalize(k)).collect()))
            .collect();
        let quick_date = pieces(&date_format);
        v.finish(Entity::SurveyMapping, || SurveyMapping {
            delimiter: delimiter.unwrap_or(b','),
            header_row: self.header_row,
            extra_header_rows: self.extra_header_rows,
            respondent,
            date,
            date_format,
            file_zone,
            business_zone,
            site: self.site,
            sites,
            channel: self.channel,
            channels,
            filters,
            labels: self.questions.iter().map(QuestionColumn::normalized_labels).collect(),
            quick_date,
            questions: self.questions,
            scales,
        })
    }
}

/// A violation at `path` if the column `name` is not named (`key`, its
/// name as matched, is empty) or `key` is in `columns` (the column is
/// mapped twice); else `key` is added to them.
fn mapped_once(columns: &mut Vec<String>, v: &mut Violations, path: &str, name: &str, key: String) {
    if key.is_empty() {
        v.push(path, Problem::MissingField, "");
    } else if columns.contains(&key) {
        v.push(path, Problem::Contradicts("column mapped twice"), name);
    } else {
        columns.push(key);
    }
}

/// The violations of question `i`'s columns under its question: a
/// sub-item and a choice both named, or either empty; a separator without
/// a choice, or a quote or line break; a choice not of `csat`; a column
/// found by its sub-header in a file with no `extra` header record to
/// hold it.
fn check_columns_under(v: &mut Violations, i: usize, q: &QuestionColumn, extra: u64) {
    let path = |field: &str| format!("questions[{i}].{field}");
    if let (Some(_), Some(choice)) = (&q.sub_item, &q.choice) {
        v.push(
            path("choice"),
            Problem::Contradicts("a question is a sub-item or a choice, not both"),
            choice,
        );
    }
    for (field, text) in [("sub_item", &q.sub_item), ("choice", &q.choice)] {
        if text.as_deref().is_some_and(|t| normalize(t).is_empty()) {
            v.push(path(field), Problem::MissingField, "");
        }
    }
    match (q.separator, &q.choice) {
        (Some(c), None) => {
            v.push(path("separator"), Problem::Contradicts("a separator is for a choice"), c.to_string());
        }
        (Some(c @ ('"' | '\n' | '\r')), Some(_)) => v.push(
            path("separator"),
            Problem::Contradicts("separator must not be a quote or a line break"),
            c.to_string(),
        ),
        _ => {}
    }
    let scale = q.scale_or_default();
    if q.choice.is_some() && q.measure == Measure::Csat && scale.min() >= scale.max() - 1.0 {
        v.push(
            path("scale"),
            Problem::Contradicts("a choice needs a scale whose bottom is not among its top two boxes"),
            format!("{} to {}", scale.min(), scale.max()),
        );
    }
    if q.choice.is_some() && !q.labels.is_empty() {
        v.push(
            path("labels"),
            Problem::Contradicts("a choice is chosen or not: its labels would not be read"),
            q.labels.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>().join(", "),
        );
    }
    if q.choice.is_some() && q.measure != Measure::Csat {
        v.push_accepted(
            path("measure"),
            Problem::Contradicts("a choice counts a share of the respondents"),
            q.measure.to_string(),
            "csat",
        );
    }
    let by_sub_header = q.sub_item.is_some() || (q.choice.is_some() && q.separator.is_none());
    if by_sub_header && extra == 0 {
        v.push(
            path(if q.sub_item.is_some() { "sub_item" } else { "choice" }),
            Problem::Contradicts("a column named by its sub-header needs an extra header row"),
            q.sub_item.as_deref().or(q.choice.as_deref()).unwrap_or_default(),
        );
    }
}

/// A violation at `path` if `text` is in `seen` once normalised, or empty.
fn unique(v: &mut Violations, path: &str, text: &str, seen: &mut Vec<String>) {
    let key = normalize(text);
    if key.is_empty() {
        v.push(path, Problem::MissingField, "");
    } else if seen.contains(&key) {
        v.push(path, Problem::Contradicts("value given twice"), text);
    } else {
        seen.push(key);
    }
}

/// A violation at `date.format` unless `format` writes a whole date that
/// reads back.
fn check_format(v: &mut Violations, format: &str) {
    let sample =
        jiff::civil::date(2026, 3, 2).at(10, 15, 32, 0).to_zoned(TimeZone::fixed(Offset::constant(1)));
    let back = sample
        .ok()
        .and_then(|z| strtime::format(format, &z).ok())
        .and_then(|written| strtime::parse(format, &written).ok().and_then(|tm| tm.to_date().ok()));
    if back != Some(jiff::civil::date(2026, 3, 2)) {
        v.push_accepted(
            "date.format",
            Problem::Contradicts("date format must write the year, month and day"),
            format,
            "jiff strtime directives, e.g. %Y-%m-%d %H:%M:%S",
        );
    }
}

#[cfg(feature = "serde")]
mod document {
    use std::collections::BTreeMap;

    use super::{Clock, OFFSETS, QuestionColumn, SurveyMapping, normalize, offset_of, subject_of};
    use crate::{
        error::Problem,
        model::Channel,
        survey::{Measure, Scale},
        validate::Violations,
        vocabulary::Vocabulary,
    };

    /// The date column as written.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    struct DateRecord {
        column: String,
        format: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        file_offset: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        business_offset: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        file_time_zone: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        business_time_zone: Option<String>,
    }

    /// A site or channel column as written.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    struct LookupRecord {
        column: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        values: BTreeMap<String, String>,
    }

    /// A filter as written.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    struct FilterRecord {
        column: String,
        keep: Vec<String>,
    }

    /// A question column as written.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    struct QuestionRecord {
        column: String,
        subject: String,
        measure: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scale: Option<Scale>,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        labels: BTreeMap<String, f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        comment: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sub_item: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        choice: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        separator: Option<String>,
    }

    crate::document::versioned_document! {
        /// A survey mapping as a document.
        struct MappingDocument(Entity::SurveyMapping, SurveyMapping::FORMAT_VERSION) {
            #[serde(skip_serializing_if = "Option::is_none")]
            delimiter: Option<String> = default,
            #[serde(skip_serializing_if = "Option::is_none")]
            header_row: Option<u64> = default,
            #[serde(skip_serializing_if = "Option::is_none")]
            extra_header_rows: Option<u64> = default,
            respondent: String,
            date: DateRecord,
            #[serde(skip_serializing_if = "Option::is_none")]
            site: Option<LookupRecord> = default,
            #[serde(skip_serializing_if = "Option::is_none")]
            channel: Option<LookupRecord> = default,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            filters: Vec<FilterRecord> = default,
            questions: Vec<QuestionRecord> = default,
        }
    }

    /// Writes the mapping as the document it reads from: what is not the
    /// default, tables as the mapping matches them (case folded), time
    /// zones by their IANA name, offsets as `+hh:mm`. It reads back equal.
    impl serde::Serialize for SurveyMapping {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let (file_offset, file_time_zone) = clock_text(self.file_zone.as_ref());
            let (business_offset, business_time_zone) = clock_text(self.business_zone.as_ref());
            MappingDocument {
                format_version: SurveyMapping::FORMAT_VERSION,
                delimiter: (self.delimiter != b',').then(|| char::from(self.delimiter).to_string()),
                header_row: (self.header_row != 1).then_some(self.header_row),
                extra_header_rows: (self.extra_header_rows != 0).then_some(self.extra_header_rows),
                respondent: self.respondent.clone(),
                date: DateRecord {
                    column: self.date.clone(),
                    format: self.date_format.clone(),
                    file_offset,
                    business_offset,
                    file_time_zone,
                    business_time_zone,
                },
                site: self.site.as_ref().map(|column| LookupRecord {
                    column: column.clone(),
                    values: self.sites.iter().map(|(t, id)| (t.clone(), id.to_string())).collect(),
                }),
                channel: self.channel.as_ref().map(|column| LookupRecord {
                    column: column.clone(),
                    values: self.channels.iter().map(|(t, c)| (t.clone(), c.to_string())).collect(),
                }),
                filters: self
                    .filters
                    .iter()
                    .map(|(column, keep)| FilterRecord { column: column.clone(), keep: keep.clone() })
                    .collect(),
                questions: self
                    .questions
                    .iter()
                    .map(|q| QuestionRecord {
                        column: q.column.clone(),
                        subject: q.subject.to_string(),
                        measure: q.measure.to_string(),
                        scale: q.scale,
                        labels: q.labels.iter().cloned().collect(),
                        comment: q.comment.clone(),
                        sub_item: q.sub_item.clone(),
                        choice: q.choice.clone(),
                        separator: q.separator.map(String::from),
                    })
                    .collect(),
            }
            .serialize(s)
        }
    }

    /// A clock as a document writes it: an offset `+hh:mm`, or a zone's name.
    fn clock_text(clock: Option<&Clock>) -> (Option<String>, Option<String>) {
        match clock {
            None => (None, None),
            Some(Clock::Offset(o)) => {
                let seconds = o.seconds();
                let sign = if seconds < 0 { '-' } else { '+' };
                let minutes = seconds.unsigned_abs() / 60;
                (Some(format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)), None)
            }
            Some(Clock::Zone(tz)) => (None, tz.iana_name().map(str::to_owned)),
        }
    }

    /// Reading a mapping runs [`SurveyMappingBuilder::build`](super::SurveyMappingBuilder::build)'s
    /// checks, with those of the document's texts (a delimiter of one
    /// character, fixed offsets, subjects, measures and channels), and
    /// lists every fault.
    impl<'de> serde::Deserialize<'de> for SurveyMapping {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            use serde::de::Error as _;
            let doc = MappingDocument::deserialize(d)?;
            let mut v = Violations::default();
            let mut b = SurveyMapping::builder().respondent(doc.respondent);
            if let Some(text) = doc.delimiter {
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => b = b.delimiter(c),
                    _ => v.push(
                        "delimiter",
                        Problem::Contradicts(
                            "delimiter must be one ascii character other than a quote or a line break",
                        ),
                        text,
                    ),
                }
            }
            if let Some(row) = doc.header_row {
                b = b.header_row(row);
            }
            if let Some(rows) = doc.extra_header_rows {
                b = b.extra_header_rows(rows);
            }
            let offset = |v: &mut Violations, path: &str, text: Option<String>| {
                let text = text?;
                let found = offset_of(&text);
                if found.is_none() {
                    let zone = path.replace("_offset", "_time_zone");
                    v.push_accepted(
                        path,
                        Problem::NotAccepted,
                        text,
                        format!("{OFFSETS} (a zone name goes in {zone})"),
                    );
                }
                found
            };
            // An offset or a zone name, not both.
            let both = |v: &mut Violations, path: &str, offset: &Option<String>, zone: &Option<String>| {
                if let (Some(_), Some(name)) = (offset, zone) {
                    v.push(
                        path,
                        Problem::Contradicts("give an offset or a time zone, not both"),
                        name.clone(),
                    );
                }
            };
            let date = doc.date;
            both(&mut v, "date.file_time_zone", &date.file_offset, &date.file_time_zone);
            both(&mut v, "date.business_time_zone", &date.business_offset, &date.business_time_zone);
            if let Some(o) = offset(&mut v, "date.file_offset", date.file_offset) {
                b = b.file_offset(o);
            }
            if let Some(o) = offset(&mut v, "date.business_offset", date.business_offset) {
                b = b.business_offset(o);
            }
            if let Some(name) = date.file_time_zone {
                b = b.file_time_zone(name);
            }
            if let Some(name) = date.business_time_zone {
                b = b.business_time_zone(name);
            }
            b = b.date(date.column, date.format);
            if let Some(site) = doc.site {
                b = b.site(site.column);
                for (text, id) in site.values {
                    b = b.site_value(text, id);
                }
            }
            if let Some(channel) = doc.channel {
                b = b.channel(channel.column);
                for (text, name) in channel.values {
                    match normalize(&name).parse::<Channel>() {
                        Ok(c) => b = b.channel_value(text, c),
                        Err(_) => {
                            v.push_accepted(
                                format!("channel.values[{text}]"),
                                Problem::NotAccepted,
                                name,
                                Channel::NAMES.join(", "),
                            );
                        }
                    }
                }
            }
            for f in doc.filters {
                b = b.filter(f.column, f.keep);
            }
            // The document's place of each question given to the builder,
            // and a place past the last, so that a document whose every
            // question failed to read is not said to have none.
            let mut written = Vec::with_capacity(doc.questions.len() + 1);
            let count = doc.questions.len();
            for (i, q) in doc.questions.into_iter().enumerate() {
                let subject = subject_of(&mut v, &format!("questions[{i}].subject"), &q.subject);
                let measure = match normalize(&q.measure).parse::<Measure>() {
                    Ok(m) => Some(m),
                    Err(_) => {
                        v.push_accepted(
                            format!("questions[{i}].measure"),
                            Problem::NotAccepted,
                            q.measure,
                            "nps, csat or ces",
                        );
                        None
                    }
                };
                if let (Some(subject), Some(measure)) = (subject, measure) {
                    let mut question = QuestionColumn::new(q.column, subject, measure);
                    if let Some(scale) = q.scale {
                        question = question.scale(scale);
                    }
                    for (text, value) in q.labels {
                        question = question.label(text, value);
                    }
                    if let Some(comment) = q.comment {
                        question = question.comment(comment);
                    }
                    if let Some(item) = q.sub_item {
                        question = question.sub_item(item);
                    }
                    if let Some(option) = q.choice {
                        question = question.choice(option);
                    }
                    if let Some(text) = q.separator {
                        let mut chars = text.chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => question = question.separator(c),
                            _ => v.push(
                                format!("questions[{i}].separator"),
                                Problem::Contradicts("separator must be one character"),
                                text,
                            ),
                        }
                    }
                    b = b.question(question);
                    written.push(i);
                }
            }
            if count > 0 {
                written.push(count);
            }
            b.check(v, &written).map_err(D::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_day_moved_at_once_gives_the_date_each_time_moved_alone_gives() {
        let zones: [(Option<Zone>, Option<Zone>); 5] = [
            (Some(Zone::Offset(Offset::UTC)), Some(Zone::Name("Europe/Warsaw".into()))),
            (Some(Zone::Offset(Offset::constant(-5))), Some(Zone::Name("Pacific/Kiritimati".into()))),
            (Some(Zone::Offset(Offset::constant(9))), Some(Zone::Name("America/New_York".into()))),
            (Some(Zone::Offset(Offset::constant(2))), None),
            (Some(Zone::Offset(Offset::UTC)), Some(Zone::Offset(Offset::constant(-10)))),
        ];
        for (file, business) in zones {
            let mut b = SurveyMapping::builder()
                .respondent("id")
                .date("at", "%Y-%m-%d %H:%M:%S")
                .question(QuestionColumn::new("q", Subject::Overall, Measure::Nps));
            b.file_zone = file;
            b.business_zone = business;
            let mapping = b.build().unwrap();
            let mut days = Days::default();
            // Every half hour around both changes of summer time, and days
            // met again out of order.
            for day in [
                "2026-03-27",
                "2026-03-28",
                "2026-03-29",
                "2026-03-30",
                "2026-10-24",
                "2026-10-25",
                "2026-10-26",
                "2026-11-01",
                "2026-11-02",
                "2026-03-08",
                "2026-03-29",
                "2027-03-29",
            ] {
                for half in 0..48 {
                    let text = format!("{day} {:02}:{:02}:{:02}", half / 2, (half % 2) * 30, half % 60);
                    assert_eq!(mapping.date_with(&mut days, &text), mapping.date_of(&text), "{text}");
                }
            }
            for text in ["2026-03-29 24:00:00", "2026-13-01 00:00:00", "2026-03-29", "29.03.2026", ""] {
                assert_eq!(mapping.date_with(&mut days, text), mapping.date_of(text), "{text}");
            }
        }
    }

    #[test]
    fn offsets_are_read_as_written() {
        let seconds = |t: &str| offset_of(t).map(Offset::seconds);
        assert_eq!(seconds("UTC"), Some(0));
        assert_eq!(seconds(" z "), Some(0));
        assert_eq!(seconds("GMT"), Some(0));
        assert_eq!(seconds("+01:00"), Some(3600));
        assert_eq!(seconds("+0130"), Some(5400));
        assert_eq!(seconds("-05"), Some(-18_000));
        for bad in ["", "+", "+1", "+1:00", "01:00", "+25:00", "+01:60", "+01:00:00", "Europe/Warsaw", "+０1"]
        {
            assert_eq!(seconds(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_date_is_cut_in_the_business_offset() {
        let warsaw = Some(Offset::constant(2));
        let utc = Some(Offset::UTC);
        let at = |format: &str, file: Option<Offset>, business: Option<Offset>, text: &str| {
            date_in(format, file.map(Clock::Offset).as_ref(), business.map(Clock::Offset).as_ref(), text)
        };
        // A time with an offset in the cell is moved to the business's.
        assert_eq!(
            at("%Y-%m-%dT%H:%M:%S%:z", None, warsaw, "2026-03-31T22:05:00+00:00"),
            Some(date(2026, 4, 1))
        );
        assert_eq!(
            at("%Y-%m-%dT%H:%M:%S%:z", None, None, "2026-03-31T22:05:00-03:00"),
            Some(date(2026, 4, 1))
        );
        // A time without one is at the file's offset, if given.
        assert_eq!(at("%Y-%m-%d %H:%M", utc, warsaw, "2026-03-31 22:05"), Some(date(2026, 4, 1)));
        assert_eq!(at("%Y-%m-%d %H:%M", None, warsaw, "2026-03-31 22:05"), Some(date(2026, 3, 31)));
        // A date alone stays the date written.
        assert_eq!(at("%d.%m.%Y", utc, warsaw, "31.03.2026"), Some(date(2026, 3, 31)));
        assert_eq!(at("%m/%d/%Y %I:%M:%S %p", None, None, "03/04/2024 04:40:13 PM"), Some(date(2024, 3, 4)));
        assert_eq!(at("%Y-%m-%d", None, None, "2026-02-30"), None);
        assert_eq!(at("%Y-%m-%d", None, None, "2026-03-02 10:00"), None);
    }

    #[test]
    fn the_quick_date_reads_what_jiff_reads() {
        let utc = Clock::Offset(Offset::UTC);
        let warsaw = Clock::Zone(TimeZoneDatabase::bundled().get("Europe/Warsaw").unwrap());
        let clocks =
            [(None, None), (Some(&utc), Some(&warsaw)), (None, Some(&warsaw)), (Some(&warsaw), None)];
        let texts = [
            "2026-03-31 22:05:00",
            "2026-03-29 02:30:00",
            "2026-10-25 02:30:00",
            "2026-02-30 10:00:00",
            "2026-03-31 24:00:00",
            "2026-03-31 22:05",
            "2026-3-31 22:05:00",
            "2026-03-31T22:05:00",
            "2026-03-31",
            "31.03.2026",
            "31.03.2026 23:59",
            "2026/03/31",
            "",
        ];
        for format in
            ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%d.%m.%Y", "%d.%m.%Y %H:%M", "%Y/%m/%d", "%Y-%m-%dT%H:%M:%S"]
        {
            let quick = pieces(format).unwrap();
            for text in texts {
                for (file, business) in clocks {
                    let fast = quick_date(&quick, text.as_bytes()).map(|at| cut(at, file, business));
                    let slow = date_in(format, file, business, text);
                    // What the quick reader reads, it reads as jiff does.
                    if fast.is_some() {
                        assert_eq!(fast, slow, "{format} {text}");
                    }
                }
            }
        }
        let read = |format: &str, text: &str| pieces(format).and_then(|p| quick_date(&p, text.as_bytes()));
        assert_eq!(
            read("%Y-%m-%d %H:%M:%S", "2026-03-31 22:05:00").map(|(at, timed)| (at.to_string(), timed)),
            Some(("2026-03-31T22:05:00".to_owned(), true))
        );
        assert_eq!(
            read("%d.%m.%Y", "31.03.2026").map(|(at, timed)| (at.date(), timed)),
            Some((jiff::civil::date(2026, 3, 31), false))
        );
        assert_eq!(pieces("%m/%d/%Y %I:%M:%S %p"), None);
        assert_eq!(pieces("%Y-%m-%d\t%H"), None);
    }

    #[test]
    fn google_forms_offsets_are_padded() {
        assert_eq!(
            gmt_offset("2024/03/04 9:15:02 AM GMT+1").as_deref(),
            Some("2024/03/04 9:15:02 AM GMT+01")
        );
        assert_eq!(gmt_offset("9:15:02 AM GMT-9").as_deref(), Some("9:15:02 AM GMT-09"));
        assert_eq!(gmt_offset("9:15:02 AM GMT").as_deref(), Some("9:15:02 AM GMT+00"));
        for text in ["9:15:02 AM GMT+10", "9:15:02 AM GMT+x", "9:15:02 AM GMT 1", "9:15:02 AM", "GMT+1 x"] {
            assert_eq!(gmt_offset(text), None, "{text}");
        }
        let format = "%Y/%m/%d %I:%M:%S %p GMT%:::z";
        assert_eq!(date_in(format, None, None, "2024/03/04 12:30:00 AM GMT+1"), Some(date(2024, 3, 3)));
        assert_eq!(date_in(format, None, None, "2024/03/04 12:30:00 AM GMT"), Some(date(2024, 3, 4)));
        assert_eq!(date_in(format, None, None, "2024/03/04 10:30:00 PM GMT-10"), Some(date(2024, 3, 5)));
    }

    #[test]
    fn a_format_must_write_a_whole_date() {
        for (format, good) in [
            ("%Y-%m-%d", true),
            ("%d.%m.%Y %H:%M", true),
            ("%m/%d/%Y %I:%M:%S %p", true),
            ("%Y-%m-%dT%H:%M:%S%:z", true),
            ("%Y-%m", false),
            ("%H:%M", false),
            ("%Q", false),
            ("", false),
        ] {
            let mut v = Violations::default();
            check_format(&mut v, format);
            assert_eq!(v.is_empty(), good, "{format}");
        }
    }

    #[test]
    fn labels_match_as_a_user_expects() {
        let q = QuestionColumn::new("q", Subject::Dimension(QualityDimension::Empathy), Measure::Csat)
            .label(" Very Satisfied ", 5.0);
        let labels = q.normalized_labels();
        let value = |text: &str| labels.iter().find(|(l, _)| same(l, text)).map(|(_, x)| *x);
        assert_eq!(value("very satisfied"), Some(5.0));
        assert_eq!(value("\u{FEFF}VERY SATISFIED "), Some(5.0));
        assert_eq!(value("very  satisfied"), None);
        assert!(same("kraków", " KRAKÓW "));
        assert!(same("οδός", "ΟΔΌΣ") && same("σοφία", "ΣΟΦΊΑ") && same("straße", "STRAßE"));
        assert!(!same("kraków", "KRAKÓW X") && !same("krakówx", "KRAKÓW"));
        assert!(!same("krakow", "kraków"));
        assert_eq!(q.accepted(), " Very Satisfied  or a number from 1 to 5");
    }
}

//! A contact centre: telephone, e-mail, chat and social media, with queues.
//! Derives its standards, scores a mystery-shopping audit with measured
//! values, and reads SERVQUAL survey means to choose what to improve first.
//!
//! Run with `cargo run --example contact_centre`.

use std::time::Duration;

#[path = "shared/contact_centre.rs"]
mod contact_centre;

use contact_centre::centre;
use service_standards::prelude::*;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = centre()?;
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    println!("{}: {} standards at the {} level", model.name(), set.len(), set.level());
    println!("\nQueue standards (capacity is controlled by queues):");
    for s in set.iter().filter(|s| matches!(s.provenance(), Provenance::Factor(Factor::CapacityControl(_)))) {
        println!("- {} ({})", s.statement(), s.step());
    }

    // A mystery shopper's calls, chats and posts.
    let checklist = Checklist::new(&set, &ChecklistFilter::new());
    let audit = Audit::builder()
        .entries([
            AuditEntry::new("phone-answer@support/reach/hello")
                .measured(Measurement::Rings(4))
                .critical()
                .note("4th ring"),
            AuditEntry::new("chat-first-reply@support/reach/hello")
                .measured(Measurement::Duration(Duration::from_secs(25))),
            AuditEntry::new("wait-estimate@support/reach/queue").verdict(Verdict::Pass),
            AuditEntry::new("verify-identity@support/solve/identify").verdict(Verdict::Pass).critical(),
            AuditEntry::new("right-first-time-answers@support/solve/answer")
                .measured(Measurement::Percent(91)),
            AuditEntry::new("email-reply@support/solve/answer").verdict(Verdict::NotApplicable),
            AuditEntry::new("thank-and-apologise@support/solve/complaint").verdict(Verdict::Fail),
            AuditEntry::new("public-reply-time@support/public/post")
                .measured(Measurement::Duration(Duration::from_secs(50 * 60))),
            AuditEntry::new("no-public-argument@support/public/post").measured(Measurement::Done(false)),
        ])
        .build()?;
    let report = audit.score(&checklist);
    let percent = |x: Option<f64>| x.map_or_else(|| "—".to_owned(), |x| format!("{:.0} %", x * 100.0));
    println!(
        "\nAudit: score {} (critical items weigh {}), coverage {}",
        percent(report.overall().score()),
        AuditEntry::CRITICAL_WEIGHT,
        percent(report.overall().coverage())
    );
    for item in report.items().iter().filter(|i| i.outcome() != Verdict::NotObserved) {
        let measured = item.measured().map(|m| format!(", measured {m}")).unwrap_or_default();
        println!(
            "  {:<15} ×{} {} (target {}{measured})",
            item.outcome().to_string(),
            item.weight(),
            item.id(),
            item.target()
        );
    }
    println!("  by channel:");
    for (channel, tally) in report.by_channel() {
        println!(
            "    {:<13} score {}, coverage {}",
            channel.to_string(),
            percent(tally.score()),
            percent(tally.coverage())
        );
    }
    println!("  stale entries: {}", report.stale().len());

    // Survey means on a 1–7 scale: expectation, perception, importance.
    use QualityDimension as D;
    let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
        .items([
            FeedbackItem::new(Subject::Dimension(D::Tangibles), 4.8, 5.1).importance(1.0),
            FeedbackItem::new(Subject::Dimension(D::Reliability), 6.6, 5.2).importance(3.0),
            FeedbackItem::new(Subject::Dimension(D::Responsiveness), 6.4, 4.9).importance(2.5),
            FeedbackItem::new(Subject::Dimension(D::Assurance), 6.2, 5.9).importance(2.0),
            FeedbackItem::new(Subject::Dimension(D::Empathy), 6.0, 5.6).importance(1.5),
            FeedbackItem::new(Subject::Phase("support/reach".parse()?), 6.5, 4.6),
            FeedbackItem::new(Subject::Phase("support/solve".parse()?), 6.4, 5.5),
            FeedbackItem::new(Subject::Phase("support/public".parse()?), 5.8, 5.0),
        ])
        .build()?;
    let gaps = feedback.gaps();
    println!("\nSERVQUAL: overall gap {:+.2}; improve first:", gaps.overall());
    for (n, gap) in gaps.priorities().iter().take(4).enumerate() {
        println!(
            "  {}. {:<16} gap {:+.2} (importance {})",
            n + 1,
            gap.subject().to_string(),
            gap.difference(),
            gap.importance()
        );
    }
    let worst_phase = gaps.by_phase().iter().min_by(|a, b| a.difference().total_cmp(&b.difference()));
    if let Some(Subject::Phase(path)) = worst_phase.map(Gap::subject) {
        println!("\nStandards of the phase to improve first ({path}):");
        for s in set.in_phase(path.sequence().as_str(), path.phase().as_str()) {
            println!("  - {} [{}]", s.statement(), s.target());
        }
    }
    Ok(())
}

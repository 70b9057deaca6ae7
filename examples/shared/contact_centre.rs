//! The contact centre of the examples, shared by the example and the tests.

use service_standards::prelude::*;

/// The contact centre's service model.
pub fn centre() -> Result<ServiceModel, Error> {
    let profile = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .capacity(CapacityControl::Queues)
        .usage(UsageFrequency::Frequent)
        .complexity(Complexity::Moderate)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    let brand = Brand::builder()
        .emotions([Emotion::Calm, Emotion::Trust])
        .value("One call is enough")
        .on_brand("Say what you will do, and by when")
        .off_brand("Read the script at a customer who is upset");
    let reach = Phase::builder("reach", "Reaching us")
        .channels([Channel::Telephone, Channel::Chat])
        .step(
            Step::builder("queue", "Customer waits in the queue")
                .moment(MomentKind::Waiting)
                .department("care")
                .characteristics([Characteristic::Informative, Characteristic::Punctual]),
        )
        .step(
            Step::builder("hello", "Agent opens the contact")
                .moment(MomentKind::Welcome)
                .department("care")
                .characteristics([Characteristic::Friendly, Characteristic::Prompt]),
        )
        .step(
            Step::builder("write-in", "Customer's e-mail arrives")
                .moment(MomentKind::Welcome)
                .channels([Channel::Email])
                .department("care")
                .characteristics([Characteristic::Prompt, Characteristic::Clear]),
        );
    let solve = Phase::builder("solve", "Solving")
        .channels([Channel::Telephone, Channel::Chat, Channel::Email])
        .step(
            Step::builder("identify", "Agent identifies the customer")
                .moment(MomentKind::Identification)
                .continues_contact()
                .department("care")
                .characteristics([Characteristic::Discreet, Characteristic::Efficient]),
        )
        .step(
            Step::builder("answer", "Agent answers the question")
                .moment(MomentKind::Information)
                .department("care")
                .characteristics([
                    Characteristic::Knowledgeable,
                    Characteristic::Clear,
                    Characteristic::Patient,
                ]),
        )
        .step(
            Step::builder("complaint", "Customer complains")
                .moment(MomentKind::Exception)
                .department("care")
                .characteristics([Characteristic::Helpful, Characteristic::Honest]),
        );
    let public = Phase::builder("public", "Public channels").channels([Channel::SocialMedia]).step(
        Step::builder("post", "Customer posts a complaint")
            .moment(MomentKind::Exception)
            .department("social")
            .characteristics([Characteristic::Courteous, Characteristic::Prompt]),
    );
    ServiceModel::builder("Helpline 24")
        .industry(Industry::ContactCentre)
        .profile(profile)
        .brand(brand)
        .departments([
            Department::new("care", "Customer care")?,
            Department::new("social", "Social media team")?,
        ])
        .sequence(Sequence::builder("support", "Support").phase(reach).phase(solve).phase(public))
        .build()
}

//! The online shop of the examples, shared by the example and the tests.

use service_standards::prelude::*;

/// The online shop's service model.
pub fn shop() -> Result<ServiceModel, Error> {
    let profile = ServiceProfile::builder()
        .contact(ContactLevel::Low)
        .delivery(DeliverySpan::Days)
        .intermediaries(Intermediaries::Present)
        .usage(UsageFrequency::Occasional)
        .complexity(Complexity::Moderate)
        .tasks(TaskAllocation::ServiceAndSales)
        .build();
    let brand = Brand::builder()
        .emotions([Emotion::Ease, Emotion::Trust])
        .value("Say what will happen, then make it happen")
        .on_brand("Tell the customer the date, not 'soon'")
        .off_brand("Close a ticket without the customer's answer")
        .off_brand_in("billing", "Send a payment reminder without checking the payment first");

    let choose = Phase::builder("choose", "Choosing")
        .channels([Channel::Chat, Channel::WebForm, Channel::SocialMedia])
        .step(
            Step::builder("ask", "Customer asks about a product")
                .moment(MomentKind::Consultation)
                .department("customer-care")
                .characteristics([
                    Characteristic::Knowledgeable,
                    Characteristic::Prompt,
                    Characteristic::Honest,
                ]),
        );
    let order = Phase::builder("order", "Ordering")
        .step(
            Step::builder("checkout", "Customer places the order")
                .moment(MomentKind::OrderTaking)
                .channels([Channel::SelfService])
                .characteristics([Characteristic::Efficient, Characteristic::Clear, Characteristic::Safe])
                .customer_action("Pays and confirms the order in the shop"),
        )
        .step(
            Step::builder("confirmation", "Order confirmation is sent")
                .moment(MomentKind::Information)
                .started_by(Initiator::Company)
                .channels([Channel::Email])
                .department("customer-care")
                .characteristics([Characteristic::Accurate, Characteristic::Informative])
                .backstage("Order enters the warehouse system"),
        );
    let delivery = Phase::builder("delivery", "Delivery")
        .step(
            Step::builder("in-transit", "Parcel is on its way")
                .moment(MomentKind::Waiting)
                .started_by(Initiator::Company)
                .channels([Channel::Email, Channel::SelfService])
                .department("logistics")
                .characteristics([
                    Characteristic::Informative,
                    Characteristic::Proactive,
                    Characteristic::Punctual,
                ])
                .backstage("Carrier tracking feed"),
        )
        .step(
            Step::builder("delivered", "Parcel arrives")
                .moment(MomentKind::Delivery)
                .channels([Channel::Email])
                .department("logistics")
                .characteristics([Characteristic::Punctual, Characteristic::Accurate]),
        );
    let after_sales = Phase::builder("after-sales", "After sales")
        .step(
            Step::builder("return", "Customer returns an item")
                .moment(MomentKind::Exception)
                .channels([Channel::WebForm, Channel::Email])
                .department("customer-care")
                .characteristics([Characteristic::Helpful, Characteristic::Flexible, Characteristic::Prompt]),
        )
        .step(
            Step::builder("complaint", "Customer complains in public")
                .moment(MomentKind::Exception)
                .channels([Channel::SocialMedia, Channel::Telephone])
                .department("customer-care")
                .characteristics([
                    Characteristic::Courteous,
                    Characteristic::Patient,
                    Characteristic::Discreet,
                ]),
        )
        .step(
            Step::builder("review", "Customer is asked for a review")
                .moment(MomentKind::FollowUp)
                .channels([Channel::Email])
                .department("customer-care")
                .characteristics([Characteristic::Personal, Characteristic::Courteous]),
        );
    let billing = Phase::builder("billing", "Billing")
        .channels([Channel::Email, Channel::Letter])
        .step(
            Step::builder("invoice", "Invoice is sent")
                .moment(MomentKind::Billing)
                .department("billing")
                .characteristics([Characteristic::Accurate, Characteristic::Clear]),
        )
        .step(
            Step::builder("reminder", "Payment reminder is sent")
                .moment(MomentKind::Payment)
                .started_by(Initiator::Company)
                .opens_contact()
                .department("billing")
                .characteristics([Characteristic::Courteous, Characteristic::Honest]),
        );

    ServiceModel::builder("Nordlys Shop")
        .industry(Industry::Shop)
        .profile(profile)
        .brand(brand)
        .departments([
            Department::new("customer-care", "Customer care")?,
            Department::new("logistics", "Logistics")?,
            Department::new("billing", "Billing")?,
        ])
        .sequence(
            Sequence::builder("order", "Online order")
                .phase(choose)
                .phase(order)
                .phase(delivery)
                .phase(after_sales)
                .phase(billing),
        )
        .build()
}

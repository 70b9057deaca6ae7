//! An online shop: internet channels only, delivery over days (so customers
//! get progress updates), returns and complaints as exceptions, and the
//! billing department's correspondence.
//!
//! Run with `cargo run --example e_shop`.

use service_standards::*;

fn shop() -> Result<ServiceModel, Error> {
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
                .channel(Channel::SelfService)
                .characteristics([Characteristic::Efficient, Characteristic::Clear, Characteristic::Safe])
                .customer_action("Pays and confirms the order in the shop"),
        )
        .step(
            Step::builder("confirmation", "Order confirmation is sent")
                .moment(MomentKind::Information)
                .channel(Channel::Email)
                .department("customer-care")
                .characteristics([Characteristic::Accurate, Characteristic::Informative])
                .backstage("Order enters the warehouse system"),
        );
    let delivery = Phase::builder("delivery", "Delivery")
        .step(
            Step::builder("in-transit", "Parcel is on its way")
                .moment(MomentKind::Waiting)
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
                .channel(Channel::Email)
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
                .channel(Channel::Email)
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
                .department("billing")
                .characteristics([Characteristic::Courteous, Characteristic::Honest]),
        );

    ServiceModel::builder("Nordlys Shop")
        .profile(profile)
        .brand(brand)
        .departments([
            Department::new("customer-care", "Customer care")?,
            Department::new("logistics", "Logistics")?,
            Department::new("billing", "Billing")?,
        ])
        .sequence(Sequence::builder("order", "Online order").phases([
            choose,
            order,
            delivery,
            after_sales,
            billing,
        ]))
        .build()
}

fn main() -> Result<(), Error> {
    let model = shop()?;
    let rules = RuleSet::catalogue();
    let set = rules.derive(&model, ServiceLevel::Expected);
    println!("{}: {} standards at the {} level\n", model.name(), set.len(), set.level());

    println!("Why each standard of the delivery phase exists:");
    for s in set.in_phase("order", "delivery") {
        println!("- {} [{}]", s.statement(), Locale::English.trigger(s.trigger()));
    }

    println!("\nExceptions (returns and complaints):");
    for s in set.iter().filter(|s| s.moment() == MomentKind::Exception) {
        let channels: Vec<&str> = s.channels().iter().map(|c| Locale::English.label(c)).collect();
        println!("- {} ({}): {}", s.step().step(), channels.join(", "), s.statement());
    }

    let coverage = set.coverage(&model);
    println!("\ncoverage: {} phase × channel pairs, {} holes", coverage.checked(), coverage.holes().len());
    for hole in coverage.holes() {
        println!("  - {hole}");
    }

    println!();
    let book = Handbook::new(&model, &set);
    print!("{}", book.department_text("billing").unwrap_or_default());
    Ok(())
}

//! Loading a 10,000-step model from JSON with full validation, against
//! serde_json parsing the same document into plain structs (the baseline).

#[path = "../tests/support/generator.rs"]
mod generator;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use serde::Deserialize;
use service_standards::ServiceModel;

/// The baseline: the same document as plain structs, no validation.
#[allow(dead_code, reason = "fields are parsed, never read")]
mod plain {
    use super::Deserialize;

    #[derive(Deserialize)]
    pub struct Model {
        format_version: u32,
        name: String,
        #[serde(default)]
        profile: Profile,
        #[serde(default)]
        brand: Brand,
        #[serde(default)]
        departments: Vec<Department>,
        #[serde(default)]
        sequences: Vec<Sequence>,
    }

    #[derive(Deserialize, Default)]
    pub struct Profile {
        intermediaries: Option<String>,
        contact: Option<String>,
        purchaser: Option<String>,
        delivery: Option<String>,
        capacity: Option<String>,
        usage: Option<String>,
        complexity: Option<String>,
        risk: Option<String>,
        tasks: Option<String>,
    }

    #[derive(Deserialize, Default)]
    pub struct Brand {
        #[serde(default)]
        emotions: Vec<String>,
        #[serde(default)]
        values: Vec<String>,
        #[serde(default)]
        on_brand: Vec<Behaviour>,
        #[serde(default)]
        off_brand: Vec<Behaviour>,
    }

    #[derive(Deserialize)]
    pub struct Behaviour {
        text: String,
        department: Option<String>,
    }

    #[derive(Deserialize)]
    pub struct Department {
        id: String,
        name: String,
    }

    #[derive(Deserialize)]
    pub struct Sequence {
        id: String,
        name: String,
        phases: Vec<Phase>,
    }

    #[derive(Deserialize)]
    pub struct Phase {
        id: String,
        name: String,
        #[serde(default)]
        channels: Vec<String>,
        steps: Vec<Step>,
    }

    #[derive(Deserialize)]
    pub struct Step {
        id: String,
        name: String,
        moment: Option<String>,
        #[serde(default)]
        channels: Vec<String>,
        department: Option<String>,
        #[serde(default)]
        characteristics: Vec<String>,
        customer_action: Option<String>,
        backstage: Option<String>,
    }
}

fn load(c: &mut Criterion) {
    let json = serde_json::to_string(&generator::model(10_000, 6)).unwrap();
    let mut group = c.benchmark_group("load-json/10000-steps");
    group.sample_size(20);
    group.bench_function("baseline-plain-structs", |b| {
        b.iter(|| serde_json::from_str::<plain::Model>(black_box(&json)).unwrap())
    });
    group.bench_function("service-model-validated", |b| {
        b.iter(|| serde_json::from_str::<ServiceModel>(black_box(&json)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| service_standards_fuzz::feedback_json(data));

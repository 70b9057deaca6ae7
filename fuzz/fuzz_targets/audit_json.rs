#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| service_standards_fuzz::audit_json(data));

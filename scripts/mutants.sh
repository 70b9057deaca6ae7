#!/usr/bin/env bash
# Mutation testing with cargo-mutants: which changes to the library do the
# tests fail to notice? Not part of CI (it rebuilds the crate once per mutant;
# the whole crate is about 1,300 mutants, a few hours on 2 cores).
#
#   scripts/mutants.sh                                    # the whole crate
#   scripts/mutants.sh 'src/model/*.rs' 'src/rules/*.rs'  # some files
#   scripts/mutants.sh --re 'is_overdue' src/publish/review.rs
#   scripts/mutants.sh --iterate    # only what the last run did not catch
#
# Arguments starting with '-' go to cargo-mutants as they are; the others
# are files (globs). Give an option's value in the same word or right after
# it (`--re REGEX`).
#
# Results land in mutants.out/ (caught.txt, missed.txt, timeout.txt,
# unviable.txt, outcomes.json). Every missed mutant is either killed by a new
# test or explained in TESTING.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants > /dev/null; then
    cargo install cargo-mutants --locked
fi

args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --re | --exclude-re | --output | -o | --file | -f | --exclude | -e)
            args+=("$1" "$2")
            shift 2
            ;;
        -*)
            args+=("$1")
            shift
            ;;
        *)
            args+=(--file "$1")
            shift
            ;;
    esac
done

# Faster rebuilds per mutant: no debug info, fewer proptest cases (the
# properties still run on every mutant).
export CARGO_PROFILE_DEV_DEBUG=0 CARGO_PROFILE_TEST_DEBUG=0
export PROPTEST_CASES="${PROPTEST_CASES:-32}"

# The judges are the unit tests and the integration tests. Doc tests are too
# slow to build per mutant; `base::limits` (hostile sizes) and the `memory`
# binary (a counting allocator) test resources, not behaviour, and take most
# of the time.
tests=(--lib --test integration -- --skip base::limits::)

cargo mutants --no-shuffle --gitignore true --jobs 2 --all-features \
    --timeout 120 "${args[@]}" -- "${tests[@]}"

/**
 * {@code reports ci-steps}: a GitHub Actions job read as a local shell script, so that a test (and
 * anyone) can run the CI workflow's {@code run:} steps on their own machine
 * ({@code scripts/ci-local.sh}). Only what a local run can honour is accepted: {@code run:} steps
 * without expressions, {@code uses:} steps (listed as skipped), {@code if:} of {@code always()},
 * {@code success()} or {@code failure()}, and {@code env:} values whose expressions the caller sets.
 *
 * <p>May depend on: {@code common}.
 */
package dev.sharebench.reports.ci;

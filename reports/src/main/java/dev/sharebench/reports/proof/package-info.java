/**
 * Proof records ({@code proofs/*.json}, written by the proof runner), read as they are and as
 * test cases ({@link dev.sharebench.reports.proof.ProofTestCase}, {@link dev.sharebench.reports.proof.ProofJUnit}:
 * JUnit XML for CI). (The jobs, baselines and headlines of the recommendations come from the run's
 * {@code workloads.json}, which proofs guard which mechanisms from {@code rank/proof-guards.json}.)
 *
 * <p>May depend on: {@code common}.
 */
package dev.sharebench.reports.proof;

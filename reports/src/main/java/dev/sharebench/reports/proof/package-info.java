/**
 * Proof records ({@code proofs/*.json}, written by the proof runner) and the job catalogue
 * ({@code jobs.json}: the jobs of the recommendations, default baselines, headline methods, rank
 * metrics, and which proofs guard which mechanisms).
 *
 * <p>May depend on: {@code common}.
 */
package dev.sharebench.reports.proof;

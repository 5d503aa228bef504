/**
 * The pitfall proofs' framework: a {@link dev.sharebench.core.proof.Proof} runs a broken and a fixed
 * {@link dev.sharebench.core.proof.Variant} many times, counts {@link dev.sharebench.core.proof.Outcome}s
 * and grades them into a {@link dev.sharebench.core.proof.Verdict}; the catalog lists every proof
 * (the jcstress ones too) and the records are what the report reads.
 *
 * <p>May depend on: the base package and the lower layers; never on {@code proof.cases} or
 * {@code cli}.
 */
package dev.sharebench.core.proof;

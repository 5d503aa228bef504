/**
 * Per-mechanism correctness checks (P30-P35), run in the proofs stage by {@code core.jar proofs}:
 * every alias a family's factory registers is created through that factory and stressed, so a
 * record can be cited for exactly the aliases it lists. A check has only a Fixed variant; each alias
 * has an "ok" outcome (ACCEPTABLE) and a "wrong" outcome (FORBIDDEN) of its own.
 */
package dev.sharebench.core.proof.cases.checks;

/**
 * The deterministic and cross-process proofs (P10-P19, P21-P22), each a {@code <Family>_<NN>_<Topic>} class
 * with its broken and fixed variant; {@link dev.sharebench.core.proof.cases.ProofCases} lists them.
 *
 * <p>May depend on: {@code proof} and the layers below (the mechanisms they show going wrong);
 * never on {@code cli}.
 */
package dev.sharebench.core.proof.cases;

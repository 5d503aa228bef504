/**
 * sharebench's core: every way of sharing data behind small contracts, and the registry that names
 * them. This base package holds what every layer may use: {@link dev.sharebench.core.Family},
 * {@link dev.sharebench.core.Mechanism} and {@link dev.sharebench.core.UnknownMechanismException}.
 * It depends on nothing else in core.
 *
 * <p>The layers, lowest first; a package may depend only on packages in lower rows (and the base),
 * never on a package above it, and no two packages form a cycle (ArchitectureTest checks it):
 * <table>
 *   <caption>Packages of core and what they may depend on</caption>
 *   <tr><th>layer</th><th>packages</th><th>may depend on</th></tr>
 *   <tr><td>leaves</td><td>{@code wait}, {@code nativeos}, {@code socket}, {@code wire}; {@code process}</td>
 *       <td>nothing in core; {@code process} on {@code nativeos}</td></tr>
 *   <tr><td>contracts</td><td>{@code contract}</td><td>base, {@code wait}</td></tr>
 *   <tr><td>implementations</td><td>{@code lock}, {@code queue}, {@code threadlocal}, {@code offheap}, {@code map},
 *       {@code floor}, {@code mmap}, {@code manager} (+ {@code manager.rmi}), {@code pipe}</td>
 *       <td>base, {@code contract}, the leaves; never each other</td></tr>
 *   <tr><td>workloads</td><td>{@code workload}: the factories and the registry
 *       ({@code workload.Mechanisms})</td><td>everything above</td></tr>
 *   <tr><td>on top</td><td>{@code catalog}, {@code proof}, {@code proof.cases}, {@code cli}</td>
 *       <td>everything above; only {@code cli} may use all of them</td></tr>
 * </table>
 */
package dev.sharebench.core;

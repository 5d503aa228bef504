/**
 * Java RMI, the JDK's own remote proxies ({@code rmi}): an echo remote object in a child JVM with its
 * own registry, on loopback-only sockets that perform the manager's HMAC login before JRMP sees them,
 * and the parent side of its round trip.
 *
 * <p>May depend on: the base package, {@code contract}, the leaf packages and {@code manager} (its
 * HMAC login; the same family's slice); never on another family, {@code workload} or anything above it.
 */
package dev.sharebench.core.manager.rmi;

/**
 * Local sockets done safely: {@link dev.sharebench.core.socket.Sockets} binds TCP to the loopback
 * address only and Unix sockets inside a 0700 directory, and tunes buffers and TCP_NODELAY.
 *
 * <p>May depend on: nothing in core (a leaf).
 */
package dev.sharebench.core.socket;

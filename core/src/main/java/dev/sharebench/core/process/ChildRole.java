package dev.sharebench.core.process;

/**
 * What a child JVM does, started by {@link ChildProcess}. Implementations need a public no-arg
 * constructor. {@link #run} calls {@link ChildContext#ready} once its end of the mechanism is set up
 * (the parent's {@code start} returns only then), serves until {@link ChildContext#stopRequested()}
 * or until the parent closes the transport, and may {@link ChildContext#report} a result.
 * Throwing fails the child: the parent sees the message in {@link ChildProcess#close()}.
 */
@FunctionalInterface
public interface ChildRole {
    void run(ChildContext ctx) throws Exception;
}

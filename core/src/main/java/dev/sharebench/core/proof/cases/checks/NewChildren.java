package dev.sharebench.core.proof.cases.checks;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/*
 * The child processes a mechanism started: a snapshot of this JVM's children before it was created,
 * compared with the children after. Killing exactly those is "the peer died" as the mechanism's
 * user would meet it (a crash, an OOM kill), without the mechanism's cooperation.
 */
final class NewChildren {

    private final Set<Long> before;

    private NewChildren(Set<Long> before) {
        this.before = before;
    }

    static NewChildren snapshot() {
        return new NewChildren(ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet()));
    }

    /** The children started since the snapshot. */
    List<ProcessHandle> started() {
        return ProcessHandle.current().children().filter(p -> !before.contains(p.pid())).toList();
    }

    /** Kills (SIGKILL) every child started since the snapshot and waits until each is gone; returns how many. */
    int killAll() throws Exception {
        List<ProcessHandle> peers = started();
        for (ProcessHandle p : peers) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : peers) {
            p.onExit().get(10, TimeUnit.SECONDS);
        }
        return peers.size();
    }
}

package dev.sharebench.core.proof;

import java.util.Locale;
import java.util.Optional;

/**
 * What a Broken variant that needs a reordering can show on one CPU architecture. The note is only
 * ever given for the architecture a record ran on: x86-64's total store order explains a silent
 * Broken variant there, and says nothing about ARM or POWER, where such reorderings are common.
 */
public final class MemoryModelNote {

    static final String X86_TSO = "x86-64 (this run's CPU) is TSO: it never reorders the writer's two stores or the reader's two loads, "
            + "so only a JIT reordering could show it, and that seldom happens; weaker CPUs (ARM, POWER) show it readily.";

    private MemoryModelNote() {
    }

    /** True for the names Java and the manifest use for x86-64 ({@code os.arch}: amd64, x86_64). */
    public static boolean isX86(String arch) {
        String a = arch == null ? "" : arch.toLowerCase(Locale.ROOT);
        return a.equals("amd64") || a.equals("x86_64") || a.equals("x86-64");
    }

    /** The note for a silent reordering proof on {@code arch}; empty where the generic reason applies. */
    public static Optional<String> notReproduced(String arch) {
        return isX86(arch) ? Optional.of(X86_TSO) : Optional.empty();
    }
}

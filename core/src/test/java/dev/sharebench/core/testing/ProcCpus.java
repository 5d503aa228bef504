package dev.sharebench.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/*
 * Where threads run, as the kernel reports it in /proc (Linux), read independently of the
 * sched_getaffinity call that Affinity itself uses: a pinning test that only reads back the mask
 * it set through the same code could pass with both halves wrong.
 */
public final class ProcCpus {

    /** Field 39 of /proc/.../stat, "processor": the CPU the thread last ran on. */
    private static final int PROCESSOR_FIELD = 39;

    private ProcCpus() {
    }

    /** The CPU the calling thread is running on (it just made this read, so "last ran" is "runs"). */
    public static int cpuOfThisThread() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: the first of them is field 3.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[PROCESSOR_FIELD - 3]);
    }

    /** Thread id -> the CPUs it may run on (Cpus_allowed_list), for every thread of process {@code pid}. */
    public static Map<Long, BitSet> allowedCpusOfEveryThread(long pid) throws IOException {
        Map<Long, BitSet> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("Cpus_allowed_list:")) {
                            out.put(Long.parseLong(task.getFileName().toString()), parseList(line.substring(line.indexOf(':') + 1).strip()));
                        }
                    }
                } catch (java.nio.file.NoSuchFileException threadEnded) {
                    // a thread may end between the listing and the read
                }
            }
        }
        return out;
    }

    /** A kernel CPU list such as {@code 0-3,6}. */
    static BitSet parseList(String list) {
        BitSet cpus = new BitSet();
        for (String range : list.split(",")) {
            String[] ends = range.split("-");
            int from = Integer.parseInt(ends[0]);
            cpus.set(from, Integer.parseInt(ends[ends.length - 1]) + 1);
        }
        return cpus;
    }

    /** A set of one CPU. */
    public static BitSet only(int cpu) {
        BitSet one = new BitSet();
        one.set(cpu);
        return one;
    }
}

package dev.sharebench.core.load;

/**
 * How a load driver offers messages.
 *
 * <ul>
 *   <li>{@link #OPEN}: at a fixed rate, message {@code i} intended at {@code t0 + i / rate}, whatever
 *       happened to the ones before; latency runs from the intended time. A stall of 50 ms at
 *       10,000 msg/s delays 500 messages and all of them show it: the queueing a real client sees.</li>
 *   <li>{@link #CLOSED}: the next message goes when the previous one is done; latency runs from the
 *       actual send. The same stall shows up once: one slow message among thousands, invisible at
 *       p99. That is coordinated omission, what every ping-pong benchmark (RttBench too) measures.</li>
 * </ul>
 */
public enum LoadMode {
    OPEN("open"),
    CLOSED("closed");

    private final String alias;

    LoadMode(String alias) {
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }
}

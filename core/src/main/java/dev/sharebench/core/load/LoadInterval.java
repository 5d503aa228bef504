package dev.sharebench.core.load;

import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * What one interval of a load driver measured.
 *
 * @param mode         how the messages were offered
 * @param offeredRate  messages per second asked for (NaN for a closed loop)
 * @param messages     messages completed (replied to, or received by the consumer)
 * @param seconds      from the interval's begin to its end
 * @param latency      per message, ns from the intended send time (open) or the actual send (closed)
 *                     to the reply or the receipt
 * @param fromSend     per message, ns from the actual send to the reply: what a closed-loop tool
 *                     would report for the same run; null where the driver cannot see it (handoffs:
 *                     the consumer only knows the stamped, intended time)
 */
public record LoadInterval(LoadMode mode, double offeredRate, long messages, double seconds, Histogram latency, Histogram fromSend) {

    public LoadInterval {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(latency, "latency");
    }

    /** Messages per second actually completed. */
    public double achievedRate() {
        return seconds > 0 ? messages / seconds : Double.NaN;
    }

    /** The latency at {@code percentile} (0-100), in ns. */
    public long latencyAt(double percentile) {
        return latency.getValueAtPercentile(percentile);
    }
}

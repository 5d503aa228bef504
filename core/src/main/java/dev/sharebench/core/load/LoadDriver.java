package dev.sharebench.core.load;

/**
 * Offers messages to one mechanism and measures their latency, interval by interval:
 * {@link #begin} (with the interval's pacing), {@link #sendOne()} as often as the caller likes (a
 * JMH benchmark method, or a loop), {@link #end()}. Every reply or receipt is checked (value and
 * sequence number); a wrong one throws, naming the mechanism. Single sender thread.
 */
public interface LoadDriver extends AutoCloseable {

    /** The mechanism alias, for messages. */
    String mechanism();

    /** Starts an interval paced by {@code pacer}: its schedule starts now, the histograms are empty. */
    void begin(Pacer pacer);

    /** Waits until the next message is due, sends it and records its latency (or hands it to the recording consumer). */
    void sendOne();

    /** Ends the interval once every message sent in it is accounted for; returns what it measured. */
    LoadInterval end();

    /** Stops what the driver started (threads); the mechanism itself belongs to the caller. */
    @Override
    void close();

    /**
     * Runs one interval for {@code millis} and returns it: what a test or a calibration needs (a JMH
     * benchmark calls {@link #sendOne()} itself).
     */
    default LoadInterval run(Pacer pacer, long millis) {
        begin(pacer);
        long end = System.nanoTime() + millis * 1_000_000;
        do {
            sendOne();
        } while (System.nanoTime() < end);
        return end();
    }
}

package dev.sharebench.core.catalog;

import java.util.Objects;

/**
 * One row of the recommendations table: a job people need done ("count events from many threads"),
 * answered by one or more workloads.
 *
 * @param id    short id, e.g. {@code count}
 * @param title what the job is, as a reader would say it
 */
public record Job(String id, String title) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}

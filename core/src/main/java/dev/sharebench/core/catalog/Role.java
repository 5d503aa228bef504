package dev.sharebench.core.catalog;

/** Why a parameter set runs: the report treats the two differently. */
public enum Role {
    /** The workload's headline: enough forks for a confidence interval, ranked in the recommendations. */
    HEADLINE("headline"),
    /** A set a target or a guide of the report reads outside the headline (e.g. another placement): exploratory forks, not ranked. */
    TARGET("target"),
    /** The rest of the parameter space: fewer forks, marked exploratory in the report. */
    EXPLORATORY("exploratory");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

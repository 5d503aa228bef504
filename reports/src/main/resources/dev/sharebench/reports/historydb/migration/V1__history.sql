-- The run history, version 1. One schema for SQLite and PostgreSQL: portable types only, primary
-- keys computed by the application (hashes: the same run or benchmark gets the same id in every
-- database, so adding a run twice, or from two runners, stores it once), no auto-increment.

-- A machine kind (see Fingerprint.java for what it is made of and why).
CREATE TABLE machine (
    fingerprint  VARCHAR(12)   NOT NULL PRIMARY KEY,
    description  VARCHAR(2000) NOT NULL
);

CREATE TABLE run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    run_id       VARCHAR(300)  NOT NULL,
    git_commit   VARCHAR(64)   NOT NULL,
    started_ms   BIGINT        NOT NULL,
    started      VARCHAR(64)   NOT NULL,
    profile      VARCHAR(64)   NOT NULL,
    jdk          VARCHAR(300)  NOT NULL,
    fingerprint  VARCHAR(12)   NOT NULL REFERENCES machine (fingerprint),
    hostname     VARCHAR(300)  NOT NULL
);
CREATE INDEX run_by_machine_time ON run (fingerprint, started_ms);

-- One JMH entry: benchmark, mode and parameters (BenchmarkRun.key()), in one unit.
CREATE TABLE benchmark (
    id           BIGINT        NOT NULL PRIMARY KEY,
    bench_key    VARCHAR(2000) NOT NULL,
    unit         VARCHAR(64)   NOT NULL
);

-- One fork's summary: the median of its measurement iterations.
CREATE TABLE fork_value (
    run_ref        BIGINT           NOT NULL REFERENCES run (id),
    benchmark_ref  BIGINT           NOT NULL REFERENCES benchmark (id),
    fork           INTEGER          NOT NULL,
    value          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (benchmark_ref, run_ref, fork)
);

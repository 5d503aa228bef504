package dev.sharebench.jmh;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.runner.options.WarmupMode;
import org.openjdk.jmh.util.Optional;

/**
 * JMH {@link Options} that answer like another set of options; subclasses override the few they
 * change. (JMH's OptionsBuilder.parent() merges include lists instead of replacing them.)
 */
class DelegatingOptions implements Options {

    private static final long serialVersionUID = 1L;

    private final Options d;

    DelegatingOptions(Options delegate) {
        this.d = delegate;
    }

    @Override
    public List<String> getIncludes() {
        return d.getIncludes();
    }

    @Override
    public List<String> getExcludes() {
        return d.getExcludes();
    }

    @Override
    public Optional<String> getOutput() {
        return d.getOutput();
    }

    @Override
    public Optional<ResultFormatType> getResultFormat() {
        return d.getResultFormat();
    }

    @Override
    public Optional<String> getResult() {
        return d.getResult();
    }

    @Override
    public Optional<Boolean> shouldDoGC() {
        return d.shouldDoGC();
    }

    @Override
    public List<ProfilerConfig> getProfilers() {
        return d.getProfilers();
    }

    @Override
    public Optional<VerboseMode> verbosity() {
        return d.verbosity();
    }

    @Override
    public Optional<Boolean> shouldFailOnError() {
        return d.shouldFailOnError();
    }

    @Override
    public Optional<Integer> getThreads() {
        return d.getThreads();
    }

    @Override
    public Optional<int[]> getThreadGroups() {
        return d.getThreadGroups();
    }

    @Override
    public Optional<Boolean> shouldSyncIterations() {
        return d.shouldSyncIterations();
    }

    @Override
    public Optional<Integer> getWarmupIterations() {
        return d.getWarmupIterations();
    }

    @Override
    public Optional<TimeValue> getWarmupTime() {
        return d.getWarmupTime();
    }

    @Override
    public Optional<Integer> getWarmupBatchSize() {
        return d.getWarmupBatchSize();
    }

    @Override
    public Optional<WarmupMode> getWarmupMode() {
        return d.getWarmupMode();
    }

    @Override
    public List<String> getWarmupIncludes() {
        return d.getWarmupIncludes();
    }

    @Override
    public Optional<Integer> getMeasurementIterations() {
        return d.getMeasurementIterations();
    }

    @Override
    public Optional<TimeValue> getMeasurementTime() {
        return d.getMeasurementTime();
    }

    @Override
    public Optional<Integer> getMeasurementBatchSize() {
        return d.getMeasurementBatchSize();
    }

    @Override
    public Collection<Mode> getBenchModes() {
        return d.getBenchModes();
    }

    @Override
    public Optional<TimeUnit> getTimeUnit() {
        return d.getTimeUnit();
    }

    @Override
    public Optional<Integer> getOperationsPerInvocation() {
        return d.getOperationsPerInvocation();
    }

    @Override
    public Optional<Integer> getForkCount() {
        return d.getForkCount();
    }

    @Override
    public Optional<Integer> getWarmupForkCount() {
        return d.getWarmupForkCount();
    }

    @Override
    public Optional<String> getJvm() {
        return d.getJvm();
    }

    @Override
    public Optional<Collection<String>> getJvmArgs() {
        return d.getJvmArgs();
    }

    @Override
    public Optional<Collection<String>> getJvmArgsAppend() {
        return d.getJvmArgsAppend();
    }

    @Override
    public Optional<Collection<String>> getJvmArgsPrepend() {
        return d.getJvmArgsPrepend();
    }

    @Override
    public Optional<Collection<String>> getParameter(String a0) {
        return d.getParameter(a0);
    }

    @Override
    public Optional<TimeValue> getTimeout() {
        return d.getTimeout();
    }
}

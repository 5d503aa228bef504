package dev.sharebench.reports.historydb;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log as the history wants it: warnings and errors on stderr, its progress lines dropped.
 * Named in Flyway's {@code loggers} setting, which instantiates it by class name (hence public).
 */
public final class FlywayWarnings implements LogCreator {

    @Override
    public Log createLogger(Class<?> source) {
        return new Log() {
            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
            }

            @Override
            public void notice(String message) {
            }

            @Override
            public void warn(String message) {
                System.err.println("flyway: warning: " + message);
            }

            @Override
            public void error(String message) {
                System.err.println("flyway: error: " + message);
            }

            @Override
            public void error(String message, Exception e) {
                System.err.println("flyway: error: " + message + ": " + e);
            }
        };
    }
}

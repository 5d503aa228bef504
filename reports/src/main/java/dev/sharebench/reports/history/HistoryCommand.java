package dev.sharebench.reports.history;

import dev.sharebench.reports.common.CliErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reports history}: the run history, its trends and change points. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"The run history: store runs, draw trends, find change points (E-divisive means on fork-level data).",
            "Default database: jdbc:sqlite:results/history.db; --db jdbc:postgresql://HOST/DB for a fleet",
            "(credentials in the URL or in SHAREBENCH_DB_USER / SHAREBENCH_DB_PASSWORD).",
            "Exit codes: 0 ok; 2 bad input or a database that cannot be used."},
        subcommands = {HistoryAddCommand.class, HistoryShowCommand.class, DetectionQualityCommand.class, ScaleTestCommand.class,
            CommandLine.HelpCommand.class})
public final class HistoryCommand implements Runnable {

    /** The default history: a SQLite file under results/ of the current directory (the scripts run from the checkout). */
    static final String DEFAULT_DB = "jdbc:sqlite:results/history.db";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw CliErrors.subcommandRequired(spec);
    }
}

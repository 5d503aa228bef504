package dev.sharebench.core.cli;

import dev.sharebench.core.process.JvmFlags;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints the suite's JVM flags on one line: how the scripts get the one list the build holds. */
@Command(name = "jvm-flags", mixinStandardHelpOptions = true,
        description = "Print the JVM flags every JVM of the suite needs (from the pom's sharebench.jvmFlags), on one line.")
final class JvmFlagsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println(JvmFlags.line());
        return CoreMain.EXIT_OK;
    }
}

package org.medopt.app.command;

import java.io.PrintStream;
import java.util.List;

/** Something MedOpt does from the command line instead of serving pages: {@code java -jar medopt-app.jar NAME ...}. */
public interface Command {

    String name();

    /** One line saying what the command does, for the list shown on an unknown name. */
    String summary();

    /** Runs with the arguments after the name and returns the process exit code (0 for success). */
    int run(List<String> arguments, PrintStream out);
}

package org.medopt.app.command;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts MedOpt without its web server to run one command against the configured database, then stops. */
public final class CommandLine {

    private CommandLine() {
    }

    /** Whether the arguments name a command rather than configure the web application ({@code --key=value}). */
    public static boolean namesCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs the command the first argument names, writing its answer to {@code out}; returns its exit code, 2 for an unknown name. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                .run(withoutDemoData(args))) {
            Map<String, Command> commands = context.getBeansOfType(Command.class).values().stream()
                    .collect(Collectors.toMap(Command::name, command -> command));
            Command command = commands.get(args[0]);
            if (command == null) {
                out.println("Unknown command '" + args[0] + "'. Commands:");
                commands.values().forEach(known -> out.println("  " + known.name() + "  " + known.summary()));
                return 2;
            }
            List<String> arguments = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
            return command.run(arguments, out);
        }
    }

    /** The configuration arguments, with demo data off: a command never changes what the database holds. */
    private static String[] withoutDemoData(String[] args) {
        return Stream.concat(Arrays.stream(args).skip(1), Stream.of("--medopt.demo-data.load=never"))
                .toArray(String[]::new);
    }
}

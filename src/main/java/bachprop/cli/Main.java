package bachprop.cli;

import bachprop.util.BadInputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command-line entry point behind the {@code bachprop} script: the picocli root command. Its
 * subcommands are listed by type below, so a renamed command is a compile error. Exit codes:
 * 0 success, 1 a check failed, 2 bad input (an unknown or malformed option, or a
 * {@link BadInputException} from a command, reported in one line without a stack trace).
 */
@Command(
        name = "bachprop",
        description =
                "a step-through companion to \"Music Generation with Deep Learning\" (no command opens the window)",
        subcommands = {
            WindowCommand.class,
            ChaptersCommand.class,
            ReadCommand.class,
            TraceCommand.class,
            RenderCommand.class,
            GradeCommand.class,
            DataCommand.class,
            ChoraleCommand.class,
            BenchCommand.class,
            CompletionCommand.class,
            HelpCommand.class
        })
public final class Main extends BaseCommand {
    /** Exit code of a passed run. */
    public static final int OK = 0;
    /** Exit code of a check that failed (a cell, a grade, a data check). */
    public static final int FAILED = 1;
    /** Exit code of bad input: an unknown option, a missing file, a malformed value. */
    public static final int BAD_INPUT = 2;
    /** Columns of the generated help. */
    static final int USAGE_WIDTH = 100;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] argv = args.length == 0 ? new String[] {"window"} : args;
        return commandLine(out, err).execute(argv);
    }

    /** The whole command tree, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        Main root = new Main();
        root.streams(out, err);
        CommandLine cl = new CommandLine(root, factory(out, err));
        addHelpOption(cl);
        cl.setExpandAtFiles(false); // an argument starting with @ is a name, as before, not a file of arguments
        cl.setOverwrittenOptionsAllowed(true); // an option given twice: the last one counts, as before
        cl.setOut(writer(out));
        cl.setErr(writer(err));
        cl.setParameterExceptionHandler(parameterErrors());
        cl.setExecutionExceptionHandler(executionErrors());
        return cl;
    }

    /** Without a subcommand: the usage, and exit code 2. */
    @Override
    protected int run() {
        return usage();
    }

    /** Every command of the tree, the root first, then each command before its subcommands. */
    public static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(allCommands(sub));
        }
        return all;
    }

    /** Creates each command and hands it the streams. */
    private static IFactory factory(PrintStream out, PrintStream err) {
        IFactory base = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = base.create(cls);
                if (made instanceof BaseCommand c) {
                    c.streams(out, err);
                }
                return made;
            }
        };
    }

    /** {@code -h, --help} on every command and subcommand; options listed in declaration order. */
    private static void addHelpOption(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        spec.usageMessage().sortOptions(false).width(USAGE_WIDTH);
        if (spec.findOption("--help") == null && !(spec.userObject() instanceof HelpCommand)) {
            spec.addOption(OptionSpec.builder("-h", "--help")
                    .usageHelp(true)
                    .description("Show this help and exit.")
                    .build());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            addHelpOption(sub);
        }
    }

    /** A bad option or argument: one line naming the nearest valid name, exit code 2. */
    private static IParameterExceptionHandler parameterErrors() {
        return (ParameterException e, String[] args) -> {
            CommandLine cl = e.getCommandLine();
            String line = cl.getCommandSpec().qualifiedName() + ": " + e.getMessage();
            if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                line += ". Did you mean " + u.getSuggestions().get(0) + "?";
            }
            cl.getErr().println(line + " (see " + cl.getCommandSpec().qualifiedName() + " --help)");
            cl.getErr().flush();
            return BAD_INPUT;
        };
    }

    /** A {@link BadInputException} is one line and exit code 2; any other failure one line and 1. */
    private static IExecutionExceptionHandler executionErrors() {
        return (Exception e, CommandLine cl, ParseResult parsed) -> {
            String name = topLevelName(cl);
            if (e instanceof BadInputException) {
                cl.getErr().println(name + ": " + e.getMessage());
                cl.getErr().flush();
                return BAD_INPUT;
            }
            cl.getErr().println(name + ": " + e);
            cl.getErr().flush();
            return FAILED;
        };
    }

    /** "bachprop chorale" for {@code bachprop chorale train}: the prefix errors always had. */
    private static String topLevelName(CommandLine cl) {
        CommandLine c = cl;
        while (c.getParent() != null && c.getParent().getParent() != null) {
            c = c.getParent();
        }
        return c.getCommandSpec().qualifiedName();
    }

    /** Characters written through the stream itself, so help and output share its encoding. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(
                new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        stream.print(new String(chars, offset, length));
                    }

                    @Override
                    public void flush() {
                        stream.flush();
                    }

                    @Override
                    public void close() {
                        stream.flush();
                    }
                },
                true);
    }
}

package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/** The command line as a whole: help everywhere, one-line errors, exit codes, completion. */
class CommandLineTest {
    static final PrintStream SINK = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    /** The words after "bachprop" that name this command, e.g. [chorale, train]. */
    static List<String> path(CommandLine c) {
        List<String> words = new ArrayList<>();
        for (CommandLine p = c; p.getParent() != null; p = p.getParent()) {
            words.add(0, p.getCommandName());
        }
        return words;
    }

    @TestFactory
    Stream<DynamicTest> helpWorksForEveryCommandAndSubcommand() {
        List<CommandLine> all = Main.allCommands(Main.commandLine(SINK, SINK));
        assertTrue(all.size() >= 20, "root, 11 commands, 4 chorale, 4 bench, 3 data subcommands: " + all.size());
        return all.stream()
                .map(c -> DynamicTest.dynamicTest(String.join(" ", path(c)) + " --help", () -> {
                    List<String> args = new ArrayList<>(path(c));
                    args.add("--help");
                    Cli r = Cli.run(args.toArray(String[]::new));
                    assertEquals(0, r.code(), r.err());
                    assertTrue(r.out().contains("Usage: " + c.getCommandSpec().qualifiedName() + " "), r.out());
                    assertEquals("", r.err());
                }));
    }

    @Test
    void everyCommandIsATypedBachpropCommand() {
        for (CommandLine c : Main.allCommands(Main.commandLine(SINK, SINK))) {
            Object command = c.getCommandSpec().userObject();
            assertTrue(
                    command instanceof BaseCommand || command instanceof HelpCommand,
                    c.getCommandName() + ": " + command);
        }
    }

    @Test
    void windowHelpDescribesItsOptions() {
        Cli r = Cli.run("window", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--chapter=N") && r.out().contains("--presenter"), r.out());
    }

    @Test
    void aMisspeltOptionExits2InOneLineNamingTheNearestValidOne() {
        Cli r = Cli.run("render", "delta-flow", "--sizez", "9x9");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("bachprop render: Unknown option"), r.err());
        assertTrue(r.err().contains("'--sizez'") && r.err().contains("Did you mean --size?"), r.err());
    }

    @Test
    void aMisspeltModelOptionOfChoraleTrainNamesTheNearestOne() {
        Cli r = Cli.run("chorale", "train", "--model", "ngram", "--max-ordr", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Did you mean --max-order?"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aMisspeltCommandNamesTheNearestOne() {
        Cli r = Cli.run("chapterz");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'chapterz'") && r.err().contains("Did you mean chapters?"), r.err());
        Cli sub = Cli.run("chorale", "evaluat");
        assertEquals(2, sub.code());
        assertTrue(sub.err().contains("Did you mean evaluate?"), sub.err());
    }

    @Test
    void aBadInputExceptionIsOneLineOnStderrAndExitCode2() {
        Cli r = Cli.run("trace", "--net", "no-such-preset");
        assertEquals(2, r.code());
        assertEquals(
                "bachprop trace: unknown preset 'no-such-preset' (presets: mazur, default; or give a FILE.json)",
                r.err().strip());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        Cli chorale = Cli.run("chorale", "train");
        assertEquals(2, chorale.code());
        assertTrue(chorale.err().startsWith("bachprop chorale: --model is required"), chorale.err());
    }

    @Test
    void aValueOfTheWrongTypeIsBadInput() {
        Cli r = Cli.run("render", "delta-flow", "--step", "five", "--out", "x.png");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--step") && r.err().contains("five"), r.err());
    }

    @Test
    void anOptionGivenTwiceTakesTheLastValueAsBefore() {
        Cli r = Cli.run("trace", "--net", "no-such-preset", "--net", "other-preset");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown preset 'other-preset'"), r.err());
    }

    @Test
    void aGroupWithoutSubcommandPrintsItsUsageAndExits2() {
        Cli r = Cli.run("bench");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("train") && r.out().contains("lstm"), r.out());
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        Cli r = Cli.run("help", "chorale");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: bachprop chorale"), r.out());
    }

    @Test
    void completionPrintsABashAndZshScriptThatCompletesCommandsAndOptions(@TempDir Path dir) throws Exception {
        Cli zsh = Cli.run("completion", "zsh");
        assertEquals(0, zsh.code());
        assertTrue(zsh.out().contains("bashcompinit"), "zsh loads bash completion");
        Cli bash = Cli.run("completion", "bash");
        assertEquals(0, bash.code());
        assertTrue(
                bash.out().contains("complete -F _complete_bachprop"),
                bash.out().substring(0, 200));
        assertEquals(2, Cli.run("completion", "fish").code());
        Path bashBinary = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bashBinary), "bash is needed to run the script");
        Path script = dir.resolve("bachprop_completion");
        Files.writeString(script, bash.out());
        assertEquals("chorale", complete(script, "bachprop", "cho"));
        assertEquals("--size", complete(script, "bachprop", "render", "delta-flow", "--si"));
        assertEquals("seed-experiment", complete(script, "bachprop", "chorale", "se"));
    }

    /** What the script offers for the last word. */
    static String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('"').append(w).append("\" ");
        }
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + line
                + "'; COMP_POINT=${#COMP_LINE}; _complete_bachprop 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder("/bin/bash", "-c", program)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }
}

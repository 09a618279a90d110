package bachprop.grade;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles an exercise's sources with {@code javax.tools} into a directory of the grader's own
 * (never beside the learner's files). Errors come back as "file:line: message" lines, with the
 * file named as the learner knows it (relative to the exercise folder).
 */
public final class LearnerCompiler implements AutoCloseable {
    /** The outcome: where the classes went, and the compiler's error messages (empty when it compiled). */
    public record Result(Path mainClasses, Path testClasses, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final JavaCompiler javac;
    private final StandardJavaFileManager fm;

    public LearnerCompiler() {
        javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): the grader needs a JDK, not a JRE");
        }
        // One file manager for every compilation: it keeps the libraries' jars open and indexed.
        fm = javac.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        fm.close();
    }

    /**
     * @param mainSources relative path (as shown to the learner) → file, for src/main/java
     * @param testSources the same for src/test/java
     * @param out         an empty directory of the grader's; classes go to out/main and out/test
     */
    public Result compile(Map<String, Path> mainSources, Map<String, Path> testSources, Path out) throws IOException {
        return compile(mainSources, testSources, null, out);
    }

    /**
     * As above; when {@code compiledTests} is given, the tests are not compiled again but those
     * classes are used (the check's mistakes share the tests compiled against the reference).
     */
    public Result compile(Map<String, Path> mainSources, Map<String, Path> testSources, Path compiledTests, Path out)
            throws IOException {
        Path mainOut = Files.createDirectories(out.resolve("main"));
        Path testOut = compiledTests != null ? compiledTests : Files.createDirectories(out.resolve("test"));
        List<String> errors = new ArrayList<>();
        List<Path> libs = ChildSession.libraries();
        compileInto(mainSources, libs, mainOut, errors);
        if (errors.isEmpty() && compiledTests == null) {
            List<Path> withMain = new ArrayList<>(libs);
            withMain.add(0, mainOut);
            compileInto(testSources, withMain, testOut, errors);
        }
        return new Result(mainOut, testOut, errors);
    }

    private void compileInto(Map<String, Path> sources, List<Path> classpath, Path out, List<String> errors)
            throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(sources.values());
        List<String> options = List.of(
                "-d",
                out.toString(),
                "-classpath",
                String.join(
                        File.pathSeparator,
                        classpath.stream().map(Path::toString).toList()),
                "-encoding",
                "UTF-8",
                "-g",
                "-nowarn",
                "-implicit:none",
                "-proc:none",
                "--release",
                "17",
                "-Xlint:none",
                "-Xmaxerrs",
                "50");
        boolean ok = Boolean.TRUE.equals(
                javac.getTask(null, fm, diags, options, null, units).call());
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null
                    ? ""
                    : shown(sources, Path.of(d.getSource().toUri()));
            String msg = d.getMessage(Locale.ENGLISH).lines().findFirst().orElse("");
            errors.add(file + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "") + ": error: " + msg);
        }
        if (!ok && errors.isEmpty()) {
            errors.add("the compiler failed without a message");
        }
    }

    private static String shown(Map<String, Path> sources, Path file) {
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            try {
                if (Files.isSameFile(e.getValue(), file)) {
                    return e.getKey();
                }
            } catch (IOException ignored) {
                // fall through to the plain path
            }
        }
        return file.toString();
    }
}

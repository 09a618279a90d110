import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The dry run that fills the window's class-data-sharing archive at build time; run by
 * scripts/window-archive.sh (from {@code mvn package}) as a single-file source program:
 *
 * <pre>java FLAGS -XX:ArchiveClassesAtExit=target/cds/window.jsa.new -cp JAR:DEPENDENCIES \
 *     scripts/WindowArchive.java target/cds/window.classpath.new</pre>
 *
 * Headless (Monocle): it runs {@code bachprop bench window} (the window's own start-up code on
 * chapter 5, in a temporary user folder, no display needed) until the first chapter is drawn, then
 * exits, and the JVM writes every class loaded from the class path's jars and the JDK (JavaFX, the
 * app's, JShell's and javac's) into the archive. Before exiting it writes the class path it ran with
 * to the file named by its argument: the launcher maps the archive only with exactly that class path.
 *
 * <p>Waiting for the drawing uses the window's first-rendered signal
 * ({@code CompanionApp.firstRendered}); if that field is renamed, the dry run waits for the whole
 * benchmark instead: slower, the same archive.
 */
public final class WindowArchive {
    public static void main(String[] args) throws Exception {
        Path classpathFile = Path.of(args[0]);
        System.err.println("WindowArchive: a headless dry run of the window, for its class-data archive");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        CompletableFuture<Integer> bench = new CompletableFuture<>();
        Thread run = new Thread(
                () -> {
                    try {
                        bench.complete(Class.forName("bachprop.cli.Main")
                                .getMethod("run", String[].class, PrintStream.class, PrintStream.class)
                                .invoke(null, new String[] {"bench", "window", "--chapter", "5"}, quiet, System.err)
                                .hashCode());
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        bench.completeExceptionally(e);
                    }
                },
                "window-archive-dry-run");
        run.setDaemon(true);
        run.start();
        CompletableFuture<?> drawn = firstRendered();
        CompletableFuture.anyOf(drawn, bench).get(180, TimeUnit.SECONDS);
        if (bench.isDone() && (bench.isCompletedExceptionally() || bench.join() != 0)) {
            System.err.println("WindowArchive: the dry run failed (bench window); no archive");
            bench.join();
            System.exit(1);
        }
        write(classpathFile, System.getProperty("java.class.path"));
        System.exit(0); // the JVM writes the archive now
    }

    /** The window's "first chapter drawn" future, or one that never completes. */
    private static CompletableFuture<?> firstRendered() {
        try {
            Field f = Class.forName("bachprop.app.CompanionApp").getDeclaredField("firstRendered");
            f.setAccessible(true);
            return (CompletableFuture<?>) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("WindowArchive: no CompanionApp.firstRendered (" + e + "); running the whole benchmark");
            return new CompletableFuture<>();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text + "\n");
    }
}

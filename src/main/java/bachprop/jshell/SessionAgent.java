package bachprop.jshell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The {@code -javaagent} option that starts a {@link SessionWatch} in a session's JVM. Its jar
 * (two class files and a manifest, about 5 KB; {@link SessionMain} is the JVM's main class) is written to a temporary file for each session and
 * deleted once the session has started (the JVM has loaded the class by then).
 */
final class SessionAgent {
    private SessionAgent() {}

    /** {@code -javaagent:JAR=APP_PID,PID_FILE}: the session JVM writes its pid to {@code pidFile}. */
    static String option(Path jar, Path pidFile) {
        return "-javaagent:" + jar + "=" + ProcessHandle.current().pid() + "," + pidFile;
    }

    /** Deletes a temporary file now, or when the app exits where the session JVM holds it open (Windows). */
    static void delete(Path jar) {
        try {
            Files.deleteIfExists(jar);
        } catch (IOException e) {
            jar.toFile().deleteOnExit();
        }
    }

    static Path writeJar() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), SessionWatch.class.getName());
        try {
            Path file = Files.createTempFile("bachprop-session-watch", ".jar");
            try (OutputStream os = Files.newOutputStream(file);
                    JarOutputStream out = new JarOutputStream(os, manifest)) {
                // SessionMain: the session JVM's main class (the agent jar is on its class path)
                for (Class<?> c : new Class<?>[] {SessionWatch.class, SessionMain.class}) {
                    String entry = c.getName().replace('.', '/') + ".class";
                    try (InputStream in = c.getResourceAsStream("/" + entry)) {
                        if (in == null) {
                            throw new IllegalStateException("cannot find " + entry + " on the classpath");
                        }
                        out.putNextEntry(new JarEntry(entry));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the session's agent jar: " + e.getMessage(), e);
        }
    }
}

package bachprop.grade.bundle;

import bachprop.util.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A self-contained copy of the grader for a bundle: Bachprop's own classes as {@code bachprop.jar}
 * (packed from the build's class folder, or the jar it runs from) and every library it runs with,
 * read from {@code target/runtime.classpath} beside the class folder (the list the {@code ./bachprop}
 * launcher uses), else from {@code java.class.path}. Run it as {@code java -cp 'lib/*' bachprop.cli.Main}.
 */
public final class GraderCopy {
    /** The class the copy is started with. */
    public static final String MAIN = "bachprop.cli.Main";

    private GraderCopy() {}

    /** Adds {@code prefix/bachprop.jar} and {@code prefix/<library>.jar} to the bundle; returns how many jars. */
    public static int addTo(BundleFiles bundle, String prefix) throws IOException {
        Path own = codeSource();
        bundle.add(prefix + "/bachprop.jar", Files.isDirectory(own) ? jarOf(own) : Files.readAllBytes(own));
        Set<String> names = new LinkedHashSet<>();
        for (Path lib : libraries(own)) {
            String name = lib.getFileName().toString();
            if (names.add(name)) {
                bundle.add(prefix + "/" + name, Files.readAllBytes(lib));
            }
        }
        return names.size() + 1;
    }

    /** Where Bachprop's classes are: a class folder (a build) or a jar. */
    static Path codeSource() {
        try {
            return Path.of(GraderCopy.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new BadInputException("cannot find the grader's own classes to bundle: " + e.getMessage());
        }
    }

    /** The library jars: the build's runtime.classpath when there is one, else the JVM's class path. */
    static List<Path> libraries(Path own) throws IOException {
        Path listed = own.toAbsolutePath().getParent().resolve("runtime.classpath");
        String path = Files.isRegularFile(listed)
                ? Files.readString(listed).strip()
                : System.getProperty("java.class.path", "");
        List<Path> jars = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.endsWith(".jar")
                    && Files.isRegularFile(Path.of(entry))
                    && !Path.of(entry).equals(own)) {
                jars.add(Path.of(entry));
            }
        }
        if (jars.stream().noneMatch(j -> j.getFileName().toString().startsWith("picocli"))) {
            throw new BadInputException("cannot find the grader's libraries to bundle (looked in " + listed
                    + " and java.class.path); build with mvn -o -DskipTests compile first");
        }
        return jars;
    }

    /** A jar of every file under a class folder. */
    static byte[] jarOf(Path classes) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = classes.relativize(p).toString().replace('\\', '/');
                if (rel.equals("META-INF/MANIFEST.MF") || rel.startsWith(".")) {
                    continue;
                }
                jar.putNextEntry(new JarEntry(rel));
                jar.write(Files.readAllBytes(p));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package bachprop.grade.bundle;

import static java.nio.charset.StandardCharsets.UTF_8;

import bachprop.util.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The files of a bundle, collected in memory (relative path → bytes, and which are executable),
 * then written either as one zip, atomically, with Unix modes on its entries (a Gradescope
 * autograder), or into a folder (a GitHub Classroom template repository).
 */
public final class BundleFiles {
    /** Unix mode of a regular file: rwxr-xr-x for scripts, rw-r--r-- for the rest. */
    static final int EXECUTABLE = 0100755;

    static final int PLAIN = 0100644;

    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, Boolean> executable = new TreeMap<>();

    public void add(String path, byte[] bytes) {
        put(path, bytes, false);
    }

    public void addScript(String path, String text) {
        put(path, text.getBytes(UTF_8), true);
    }

    public void addText(String path, String text) {
        put(path, text.getBytes(UTF_8), false);
    }

    /** Copies every regular file under {@code dir} to {@code prefix/…}, keeping executable bits. */
    public void addTree(String prefix, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                put(prefix.isEmpty() ? rel : prefix + "/" + rel, Files.readAllBytes(p), Files.isExecutable(p));
            }
        }
    }

    private void put(String path, byte[] bytes, boolean exec) {
        if (path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("a bundle path must be relative: " + path);
        }
        files.put(path, bytes);
        executable.put(path, exec);
    }

    public Map<String, byte[]> files() {
        return Map.copyOf(files);
    }

    public boolean isExecutable(String path) {
        return executable.getOrDefault(path, false);
    }

    /** The zip, written to a temporary file beside {@code target} and moved over it. */
    public void writeZip(Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(f.getKey());
                entry.setUnixMode(isExecutable(f.getKey()) ? EXECUTABLE : PLAIN);
                zip.putArchiveEntry(entry);
                zip.write(f.getValue());
                zip.closeArchiveEntry();
            }
        }
        AtomicFiles.write(target, bytes.toByteArray());
    }

    /** Every file into {@code dir} (created), scripts made executable. */
    public void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path dest = dir.resolve(f.getKey());
            Files.createDirectories(dest.getParent());
            Files.write(dest, f.getValue());
            if (isExecutable(f.getKey())) {
                try {
                    Files.setPosixFilePermissions(dest, PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (UnsupportedOperationException e) {
                    dest.toFile().setExecutable(true);
                }
            }
        }
    }

    @Override
    public String toString() {
        long size = files.values().stream().mapToLong(b -> b.length).sum();
        return "BundleFiles(" + files.size() + " files, " + size / 1024 + " KiB)";
    }
}

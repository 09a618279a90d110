package bachprop.music.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that the JSB files <em>in use</em> are the published ones, not only the archive: the
 * archive kept beside the CSV tree ({@code jsb-chorales/jsb_chorales.tgz}) is checked against its
 * SHA-256, read in memory, and every CSV it holds is compared byte for byte with the file in the
 * tree; a CSV in the tree that the archive does not hold is a difference too. For
 * {@code bachprop data verify}.
 */
public final class InstalledCheck {
    /** Files compared, and each difference in words (empty when the tree is the published one). */
    public record Result(int compared, List<String> differences) {
        public boolean ok() {
            return differences.isEmpty();
        }

        @Override
        public String toString() {
            return ok()
                    ? compared + " files as published"
                    : differences.size() + " of " + compared + " files differ: " + differences;
        }
    }

    private InstalledCheck() {}

    /** {@code csvTree} is the folder holding {@code train/valid/test} (as {@link DataLocator.Location#jsb()} gives it). */
    public static Result jsb(Path csvTree) throws IOException {
        return jsb(csvTree, Fetcher.JSB_SHA256);
    }

    static Result jsb(Path csvTree, String archiveSha256) throws IOException {
        Path tgz = csvTree.resolveSibling(Fetcher.JSB_FILE);
        if (!Files.isRegularFile(tgz)) {
            return new Result(
                    0, List.of("no " + Fetcher.JSB_FILE + " beside " + csvTree + " to compare the files with"));
        }
        byte[] archive = Files.readAllBytes(tgz);
        if (!Fetcher.sha256(archive).equals(archiveSha256)) {
            return new Result(0, List.of(tgz + ": SHA-256 mismatch, not the published archive"));
        }
        Map<String, byte[]> entries =
                Archives.readTarGz(archive, tgz, Fetcher.Limits.standard().maxUnpackedBytes());
        Path parent = csvTree.getParent();
        String prefix = csvTree.getFileName() + "/";
        List<String> differences = new ArrayList<>();
        Set<String> published = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getValue() == null || !e.getKey().startsWith(prefix)) {
                continue;
            }
            published.add(e.getKey());
            Path file = parent.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                differences.add("missing: " + file);
            } else if (!Arrays.equals(Files.readAllBytes(file), e.getValue())) {
                differences.add("changed: " + file);
            }
        }
        try (Stream<Path> walk = Files.walk(csvTree)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (!published.contains(parent.relativize(p).toString().replace('\\', '/'))) {
                    differences.add("not in the archive: " + p);
                }
            }
        }
        return new Result(published.size(), differences);
    }
}

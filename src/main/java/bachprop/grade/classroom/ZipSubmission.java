package bachprop.grade.classroom;

import bachprop.grade.Exercise;
import bachprop.grade.classroom.Staging.Source;
import bachprop.grade.classroom.Submission.Refused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zipped submission, read through Apache Commons Compress (its central directory). Every
 * entry's name is checked before anything is read: an absolute name, a {@code ..} segment (also
 * written with backslashes), a symbolic link, or more than {@link Staging#MAX_ENTRIES} entries
 * refuses the whole submission. Only the learner sources and {@code progress.json} are read,
 * each capped at what it actually expands to; nothing is ever extracted by name.
 */
final class ZipSubmission {
    /** The largest zip opened: its central directory is read whole, so its size bounds the memory. */
    static final long MAX_ZIP = 32L << 20;

    private ZipSubmission() {}

    /** The learner sources (staged key → bytes) of the zip at {@code file}. */
    static Map<String, Source> read(Path file, List<Exercise> exercises) throws Refused, IOException {
        if (Files.size(file) > MAX_ZIP) {
            throw new Refused("a zip of more than " + MAX_ZIP + " bytes: refused (a pack is well under 1 MB)");
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            throw new Refused("not a readable zip: " + oneLine(e));
        }
        try (zip) {
            List<ZipArchiveEntry> entries = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (entries.size() >= Staging.MAX_ENTRIES) {
                    throw new Refused("more than " + Staging.MAX_ENTRIES + " entries: refused");
                }
                checkName(e.getName());
                if (e.isUnixSymlink()) {
                    throw new Refused("entry '" + e.getName() + "' is a symbolic link: refused");
                }
                entries.add(e);
            }
            String prefix = prefix(entries, exercises);
            Map<String, Source> files = new LinkedHashMap<>();
            for (ZipArchiveEntry e : entries) {
                String key = staged(name(e), prefix, exercises);
                if (key == null || e.isDirectory()) {
                    continue;
                }
                if (!zip.canReadEntryData(e)) {
                    throw new Refused("entry '" + e.getName() + "' cannot be read (encrypted or an unknown method)");
                }
                if (files.containsKey(key)) {
                    throw new Refused("entry '" + e.getName() + "' appears twice: refused");
                }
                files.put(key, new Source(Staging.readCapped(zip.getInputStream(e), e.getName())));
            }
            return files;
        } catch (IOException | RuntimeException e) {
            throw new Refused("a truncated or corrupt zip: " + oneLine(e));
        }
    }

    /** Refuses names that would land outside the submission's folder wherever it were unpacked. */
    static void checkName(String raw) throws Refused {
        String n = raw.replace('\\', '/');
        boolean climbs = false;
        for (String segment : n.split("/")) {
            climbs |= segment.equals("..");
        }
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || climbs || n.indexOf('\0') >= 0) {
            throw new Refused("entry '" + raw + "' would be written outside the submission's folder: refused");
        }
    }

    /** "" when the exercises sit at the top; "top/" when they sit in the zip's one top-level folder. */
    private static String prefix(List<ZipArchiveEntry> entries, List<Exercise> exercises) {
        Set<String> tops = new LinkedHashSet<>();
        for (ZipArchiveEntry e : entries) {
            String n = name(e);
            if (n.startsWith("__MACOSX/") || n.startsWith(".")) {
                continue;
            }
            int slash = n.indexOf('/');
            tops.add(slash < 0 ? n : n.substring(0, slash + 1));
        }
        for (Exercise ex : exercises) {
            if (tops.contains(ex.slug() + "/")) {
                return "";
            }
        }
        if (tops.size() == 1 && tops.iterator().next().endsWith("/")) {
            return tops.iterator().next();
        }
        return "";
    }

    /** Where an entry goes in the staged folder, or null when it is not a file a class run takes. */
    private static String staged(String n, String prefix, List<Exercise> exercises) {
        if (!n.startsWith(prefix)) {
            return null;
        }
        String rest = n.substring(prefix.length());
        if (rest.equals(Staging.PROGRESS)) {
            return rest;
        }
        for (Exercise ex : exercises) {
            if (rest.startsWith(ex.slug() + "/src/main/java/") && rest.endsWith(".java")) {
                return rest;
            }
        }
        return null;
    }

    private static String name(ZipArchiveEntry e) {
        return e.getName().replace('\\', '/');
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 197) + "..." : m;
    }
}

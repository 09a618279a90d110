package bachprop.music.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.z.ZCompressorInputStream;

/**
 * The chorale archives, read through Apache Commons Compress: a gzip-compressed tar (the JSB
 * CSVs), a zip, and Unix {@code compress} ({@code .Z}, the UCI lisp). Every read is capped: the
 * bytes an archive expands to may not exceed {@code maxBytes}, so a small "bomb" ends in a
 * {@link DataFormatException} naming the archive instead of filling the memory or the disk.
 * A truncated or corrupt archive, and an entry that would land outside the target folder, are
 * {@link DataFormatException}s too. Callers check the archive's SHA-256 before calling these.
 */
public final class Archives {
    /** More entries than any chorale archive has (the JSB tar holds 386). */
    static final int MAX_ENTRIES = 10_000;

    private Archives() {}

    /** True if the bytes start with the {@code .Z} magic number {@code 1F 9D}. */
    public static boolean isUnixCompressed(byte[] data) {
        return ZCompressorInputStream.matches(data, data.length);
    }

    /** True if the bytes start with a zip's local header {@code PK}. */
    public static boolean isZip(byte[] data) {
        return data.length > 4 && data[0] == 'P' && data[1] == 'K';
    }

    /**
     * Extracts the regular files and folders of a {@code .tar.gz} into {@code dir}, writing at most
     * {@code maxBytes} in all; returns the files written (paths relative to {@code dir}).
     */
    public static List<String> extractTarGz(byte[] archive, Path archiveName, Path dir, long maxBytes)
            throws IOException {
        Path base = dir.toAbsolutePath().normalize();
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e :
                readTarGz(archive, archiveName, maxBytes).entrySet()) {
            Path target = inside(base, e.getKey(), archiveName);
            if (e.getValue() == null) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
                written.add(base.relativize(target).toString());
            }
        }
        return written;
    }

    /**
     * The entries of a {@code .tar.gz} in archive order: name → bytes for a regular file, name →
     * null for a folder; at most {@code maxBytes} in all. Names that would climb out of a target
     * folder are refused here already.
     */
    public static Map<String, byte[]> readTarGz(byte[] archive, Path archiveName, long maxBytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path base = Path.of("").toAbsolutePath();
        long total = 0;
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                inside(base, entry.getName(), archiveName);
                if (entries.size() >= MAX_ENTRIES) {
                    throw new DataFormatException(archiveName, 0, "more than " + MAX_ENTRIES + " entries: refused");
                }
                if (entry.isDirectory()) {
                    entries.put(entry.getName(), null);
                } else if (entry.isFile()) {
                    byte[] body = readCapped(tar, maxBytes - total, archiveName, maxBytes);
                    total += body.length;
                    entries.put(entry.getName(), body);
                }
            }
        } catch (DataFormatException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new DataFormatException(archiveName, 0, "truncated or corrupt archive: " + e.getMessage(), e);
        }
        return entries;
    }

    /** The bytes of a {@code .Z} stream, at most {@code maxBytes} of them. */
    public static byte[] uncompressZ(byte[] data, Path name, long maxBytes) {
        int maxBits = data.length > 2 ? data[2] & 0x1f : 0;
        if (!isUnixCompressed(data) || maxBits < 9 || maxBits > 16) {
            throw new DataFormatException(
                    name, 0, "not a .Z (Unix compress) stream: a bad header (codes of 9 to 16 bits expected)");
        }
        try (InputStream in = new ZCompressorInputStream(new ByteArrayInputStream(data))) {
            return readCapped(in, maxBytes, name, maxBytes);
        } catch (DataFormatException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new DataFormatException(name, 0, "corrupt .Z (Unix compress) data: " + e.getMessage(), e);
        }
    }

    /** The first entry of a zip whose name {@code wanted} accepts, at most {@code maxBytes} of it; empty if none. */
    public static Optional<Entry> zipEntry(byte[] zip, Path name, Predicate<String> wanted, long maxBytes) {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            ZipArchiveEntry e;
            int seen = 0;
            while ((e = in.getNextEntry()) != null) {
                if (++seen > MAX_ENTRIES) {
                    throw new DataFormatException(name, 0, "more than " + MAX_ENTRIES + " entries: refused");
                }
                if (!e.isDirectory() && wanted.test(e.getName())) {
                    return Optional.of(new Entry(e.getName(), readCapped(in, maxBytes, name, maxBytes)));
                }
            }
        } catch (DataFormatException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new DataFormatException(name, 0, "truncated or corrupt zip: " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    /** One entry read out of an archive. */
    public record Entry(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    /** Reads {@code in} to its end, refusing more than {@code room} bytes ({@code cap} is the limit named in the error). */
    static byte[] readCapped(InputStream in, long room, Path name, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > room) {
                throw new DataFormatException(
                        name, 0, "expands to more than " + cap + " bytes: refused (a damaged or hostile archive)");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** {@code base/entryName}, refusing absolute names and names that climb out of {@code base}. */
    private static Path inside(Path base, String entryName, Path archiveName) {
        Path target = base.resolve(entryName).normalize();
        if (entryName.startsWith("/") || !target.startsWith(base)) {
            throw new DataFormatException(
                    archiveName, 0, "entry '" + entryName + "' would be written outside the target folder");
        }
        return target;
    }
}

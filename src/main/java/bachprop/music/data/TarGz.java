package bachprop.music.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Unpacks a gzip-compressed tar archive (ustar, with GNU long names and pax path headers) into a
 * folder. Refuses entries that would land outside the folder. A truncated or corrupt archive is a
 * {@link DataFormatException} naming the archive.
 */
public final class TarGz {
    private TarGz() {
    }

    /** Extracts regular files and folders into {@code dir}; returns the files written (relative paths). */
    public static List<String> extract(byte[] archive, Path archiveName, Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            byte[] header = new byte[512];
            String longName = null;
            while (true) {
                if (!readFully(in, header)) {
                    throw new DataFormatException(archiveName, 0, "truncated archive: it ends without the closing empty blocks");
                }
                if (isZero(header)) {
                    break;
                }
                checkChecksum(header, archiveName);
                String name = longName != null ? longName : name(header);
                longName = null;
                long size = octal(header, 124, 12, archiveName);
                char type = (char) header[156];
                byte[] body = new byte[(int) size];
                if (!readFully(in, body)) {
                    throw new DataFormatException(archiveName, 0, "truncated archive: entry '" + name + "' is cut short");
                }
                skip(in, (512 - size % 512) % 512, archiveName);
                if (type == 'L') {
                    longName = trimNul(new String(body, StandardCharsets.UTF_8));
                    continue;
                }
                if (type == 'x') {
                    longName = paxPath(new String(body, StandardCharsets.UTF_8));
                    continue;
                }
                if (type == 'g') {
                    continue;
                }
                Path target = dir.resolve(name).normalize();
                if (!target.startsWith(dir.normalize()) || name.startsWith("/")) {
                    throw new DataFormatException(archiveName, 0, "entry '" + name + "' would be written outside the target folder");
                }
                if (type == '5') {
                    Files.createDirectories(target);
                } else if (type == '0' || type == 0) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, body);
                    written.add(dir.normalize().relativize(target).toString());
                }
            }
        } catch (EOFException | ZipException e) {
            throw new DataFormatException(archiveName, 0, "truncated or corrupt archive: " + e.getMessage());
        }
        return written;
    }

    private static boolean readFully(InputStream in, byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            int n = in.read(b, off, b.length - off);
            if (n < 0) {
                return false;
            }
            off += n;
        }
        return true;
    }

    private static void skip(InputStream in, long n, Path archiveName) throws IOException {
        byte[] pad = new byte[(int) n];
        if (!readFully(in, pad)) {
            throw new DataFormatException(archiveName, 0, "truncated archive");
        }
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static void checkChecksum(byte[] h, Path archiveName) {
        long stored = octal(h, 148, 8, archiveName);
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
        }
        if (sum != stored) {
            throw new DataFormatException(archiveName, 0, "corrupt archive: a tar header's checksum does not match");
        }
    }

    private static String name(byte[] h) {
        String name = trimNul(new String(h, 0, 100, StandardCharsets.UTF_8));
        String magic = new String(h, 257, 5, StandardCharsets.US_ASCII);
        if (magic.equals("ustar")) {
            String prefix = trimNul(new String(h, 345, 155, StandardCharsets.UTF_8));
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        return name;
    }

    private static String paxPath(String records) {
        for (String rec : records.split("\n")) {
            int sp = rec.indexOf(' ');
            if (sp > 0 && rec.startsWith("path=", sp + 1)) {
                return rec.substring(sp + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String trimNul(String s) {
        int z = s.indexOf('\0');
        return (z >= 0 ? s.substring(0, z) : s).trim();
    }

    private static long octal(byte[] h, int off, int len, Path archiveName) {
        String s = trimNul(new String(h, off, len, StandardCharsets.US_ASCII));
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new DataFormatException(archiveName, 0, "corrupt archive: '" + s + "' is not an octal number in a tar header");
        }
    }
}

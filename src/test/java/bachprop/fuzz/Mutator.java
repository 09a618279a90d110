package bachprop.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of a valid input file: seed {@code s} applies mutation {@code s % 12}
 * (so every kind of damage appears in any 12 consecutive seeds) at places drawn from {@code new
 * Random(s)}. Text mutations work on lines and number tokens; {@link #binary} overwrites the fields
 * at the start of a binary payload (counts and sizes) with huge, negative or NaN values.
 */
public final class Mutator {
    /** Brackets opened by the deep-nesting mutation. */
    public static final int DEPTH = 100_000;

    /** The names of the twelve mutations, by {@code seed % 12}. */
    public static final List<String> NAMES = List.of(
            "truncate",
            "byte-flip",
            "delete-line",
            "duplicate-line",
            "huge-number",
            "negative-number",
            "nan",
            "deep-nesting",
            "binary-garbage",
            "non-utf8",
            "long-line",
            "empty");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String[] HUGE = {
        "1e309",
        "99999999999999999999",
        "2147483648",
        "1000000000",
        "1e9",
        "10000",
        "-2147483649",
        "1.7976931348623157e308"
    };
    private static final String[] NAN = {"NaN", "Infinity", "-Infinity", "nan", "1e-400", "0x1p3"};

    private final long longLine;
    private final char opener;

    /**
     * @param longLine characters of the long-line mutation (2 MB in sample mode, 100 MB in full mode)
     * @param opener   the format's opening bracket, nested {@link #DEPTH} deep
     */
    public Mutator(long longLine, char opener) {
        this.longLine = longLine;
        this.opener = opener;
    }

    /** The mutation that {@code seed} applies. */
    public static String name(int seed) {
        return NAMES.get(Math.floorMod(seed, NAMES.size()));
    }

    /** The valid file {@code base} damaged by mutation {@code seed % 12}. */
    public byte[] mutate(byte[] base, int seed) {
        Random r = new Random(seed);
        return switch (Math.floorMod(seed, NAMES.size())) {
            case 0 -> truncate(base, r);
            case 1 -> flip(base, r);
            case 2 -> deleteLine(base, r);
            case 3 -> duplicateLine(base, r);
            case 4 -> replaceNumber(base, r, HUGE[r.nextInt(HUGE.length)]);
            case 5 -> replaceNumber(base, r, "-" + (1 + r.nextInt(1000)));
            case 6 -> replaceNumber(base, r, NAN[r.nextInt(NAN.length)]);
            case 7 -> insert(base, r, String.valueOf(opener).repeat(DEPTH).getBytes(StandardCharsets.US_ASCII));
            case 8 -> garbage(base, r);
            case 9 -> insert(base, r, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0x80});
            case 10 -> insert(base, r, longLine(r));
            default -> r.nextBoolean() ? new byte[0] : " \n\n".getBytes(StandardCharsets.US_ASCII);
        };
    }

    /**
     * Damage to a binary payload: the first 64 bytes hold the counts and sizes a reader allocates
     * from, so three in four mutations overwrite an int or a double there.
     */
    public static byte[] binary(byte[] payload, int seed) {
        Random r = new Random(seed);
        byte[] b = payload.clone();
        if (b.length < 8) {
            return b;
        }
        int limit = r.nextInt(4) == 0 ? b.length - 8 : Math.min(64, b.length - 8);
        int at = r.nextInt(limit + 1);
        ByteBuffer buf = ByteBuffer.wrap(b);
        switch (r.nextInt(6)) {
            case 0 -> buf.putInt(at, Integer.MAX_VALUE);
            case 1 -> buf.putInt(at, 10_000);
            case 2 -> buf.putInt(at, -1 - r.nextInt(1000));
            case 3 -> buf.putDouble(at, Double.NaN);
            case 4 -> buf.putFloat(at, Float.POSITIVE_INFINITY);
            default -> b[at] ^= (byte) (1 + r.nextInt(255));
        }
        return b;
    }

    private static byte[] truncate(byte[] base, Random r) {
        return Arrays.copyOf(base, base.length == 0 ? 0 : r.nextInt(base.length));
    }

    private static byte[] flip(byte[] base, Random r) {
        byte[] b = base.clone();
        int flips = 1 + r.nextInt(8);
        for (int i = 0; i < flips && b.length > 0; i++) {
            b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
        }
        return b;
    }

    private static List<String> lines(byte[] base) {
        return new ArrayList<>(List.of(new String(base, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] deleteLine(byte[] base, Random r) {
        List<String> lines = lines(base);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n && lines.size() > 1; i++) {
            lines.remove(r.nextInt(lines.size()));
        }
        return join(lines);
    }

    private static byte[] duplicateLine(byte[] base, Random r) {
        List<String> lines = lines(base);
        int at = r.nextInt(lines.size());
        int copies = r.nextBoolean() ? 1 : 1 + r.nextInt(1000);
        for (int i = 0; i < copies; i++) {
            lines.add(at, lines.get(at));
        }
        return join(lines);
    }

    private static byte[] replaceNumber(byte[] base, Random r, String with) {
        String text = new String(base, StandardCharsets.ISO_8859_1);
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return insert(base, r, with.getBytes(StandardCharsets.US_ASCII));
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return (text.substring(0, s[0]) + with + text.substring(s[1])).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] insert(byte[] base, Random r, byte[] what) {
        int at = base.length == 0 ? 0 : r.nextInt(base.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(base.length + what.length);
        out.write(base, 0, at);
        out.write(what, 0, what.length);
        out.write(base, at, base.length - at);
        return out.toByteArray();
    }

    private static byte[] garbage(byte[] base, Random r) {
        byte[] junk = new byte[1 + r.nextInt(4096)];
        r.nextBytes(junk);
        if (r.nextInt(3) == 0) {
            return junk; // the whole file replaced
        }
        return insert(base, r, junk);
    }

    private byte[] longLine(Random r) {
        byte[] line = new byte[(int) longLine + 2];
        byte fill = (byte) (r.nextBoolean() ? '7' : 'a');
        Arrays.fill(line, fill);
        line[0] = '\n';
        line[line.length - 1] = '\n';
        return line;
    }
}

package bachprop.music.data;

import java.io.ByteArrayOutputStream;

/**
 * A decoder for the Unix {@code compress} format ({@code .Z}: LZW, 9 to 16-bit codes), which the
 * UCI repository uses for {@code chorales.lisp.Z}. The format's details, as the classic
 * implementations write it:
 * <ul>
 *   <li>header {@code 1F 9D}, then one byte: low 5 bits the largest code width, bit 7 "block mode"
 *       (code 256 = CLEAR resets the dictionary);</li>
 *   <li>codes are packed least-significant bit first, starting 9 bits wide; the width grows by one
 *       when the next dictionary entry would not fit;</li>
 *   <li>codes travel in groups of eight (a group of n-bit codes is n bytes): when the width changes
 *       or a CLEAR arrives, the rest of the current group is padding and is skipped.</li>
 * </ul>
 */
public final class UnixCompress {
    private static final int CLEAR = 256;

    private UnixCompress() {
    }

    /** True if the bytes start with the {@code .Z} magic number. */
    public static boolean isCompressed(byte[] data) {
        return data.length >= 3 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x9d;
    }

    /**
     * Decompresses a whole {@code .Z} stream.
     *
     * @throws IllegalArgumentException for a bad header or a code that cannot occur (corrupt data)
     */
    public static byte[] decompress(byte[] in) {
        if (!isCompressed(in)) {
            throw new IllegalArgumentException("not a .Z file (it does not start with 1F 9D)");
        }
        int maxBits = in[2] & 0x1f;
        boolean blockMode = (in[2] & 0x80) != 0;
        if (maxBits < 9 || maxBits > 16) {
            throw new IllegalArgumentException("unsupported largest code width " + maxBits + " (9..16)");
        }
        int maxMaxCode = 1 << maxBits;
        int[] prefix = new int[maxMaxCode];
        byte[] suffix = new byte[maxMaxCode];
        for (int i = 0; i < 256; i++) {
            suffix[i] = (byte) i;
        }
        byte[] stack = new byte[maxMaxCode + 1];
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 4);

        long totalBits = (long) in.length * 8;
        long pos = 24;           // bit position, after the 3-byte header
        long groupStart = pos;   // where the codes of the current width began
        int nBits = 9;
        int maxCode = (1 << nBits) - 1;
        int freeEnt = blockMode ? CLEAR + 1 : 256;
        int oldCode = -1;
        int finChar = 0;
        while (true) {
            if (freeEnt > maxCode) {
                pos = endOfGroup(pos, groupStart, nBits);
                groupStart = pos;
                nBits++;
                maxCode = nBits == maxBits ? maxMaxCode : (1 << nBits) - 1;
            }
            if (pos + nBits > totalBits) {
                break;
            }
            int code = read(in, pos, nBits);
            pos += nBits;
            if (oldCode == -1) {
                if (code >= 256) {
                    throw new IllegalArgumentException("corrupt .Z data: the first code is " + code + ", not a byte");
                }
                oldCode = code;
                finChar = code;
                out.write(code);
                continue;
            }
            if (code == CLEAR && blockMode) {
                pos = endOfGroup(pos, groupStart, nBits);
                groupStart = pos;
                nBits = 9;
                maxCode = (1 << nBits) - 1;
                freeEnt = CLEAR; // the next code fills a dummy entry 256, so the count stays in step with the encoder
                continue;
            }
            int inCode = code;
            int sp = stack.length;
            if (code >= freeEnt) {
                if (code > freeEnt) {
                    throw new IllegalArgumentException("corrupt .Z data: code " + code + " refers past the dictionary (" + freeEnt + ") at byte " + (pos / 8));
                }
                stack[--sp] = (byte) finChar; // the KwKwK case: the entry being defined right now
                code = oldCode;
            }
            while (code >= 256) {
                stack[--sp] = suffix[code];
                code = prefix[code];
            }
            finChar = suffix[code] & 0xff;
            stack[--sp] = (byte) finChar;
            out.write(stack, sp, stack.length - sp);
            if (freeEnt < maxMaxCode) {
                prefix[freeEnt] = oldCode;
                suffix[freeEnt] = (byte) finChar;
                freeEnt++;
            }
            oldCode = inCode;
        }
        return out.toByteArray();
    }

    /** The first bit after the group of eight {@code nBits}-wide codes that {@code pos} is in. */
    static long endOfGroup(long pos, long groupStart, int nBits) {
        long group = nBits * 8L;
        long used = pos - groupStart;
        return groupStart + (used + group - 1) / group * group;
    }

    private static int read(byte[] in, long pos, int nBits) {
        int byteIndex = (int) (pos >>> 3);
        int shift = (int) (pos & 7);
        int v = 0;
        for (int i = 0; i < 3 && byteIndex + i < in.length; i++) {
            v |= (in[byteIndex + i] & 0xff) << (8 * i);
        }
        return (v >>> shift) & ((1 << nBits) - 1);
    }
}

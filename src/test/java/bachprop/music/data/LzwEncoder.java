package bachprop.music.data;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A test-only Unix compress (.Z) encoder, block mode, 16-bit codes, CLEAR whenever the table is
 * full (a valid if simple policy). Its output is checked against the system's gzip where present,
 * so the decoder under test is not only checked against our own reading of the format.
 */
final class LzwEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long bitBuffer;
    private int bitCount;
    private long groupBits; // bits written since the current width began
    private int nBits = 9;
    private int maxCode = 511;
    private int freeEnt = 257;
    private final int maxBits;

    private LzwEncoder(int maxBits) {
        this.maxBits = maxBits;
    }

    static byte[] compress(byte[] data, int maxBits) {
        LzwEncoder e = new LzwEncoder(maxBits);
        e.out.write(0x1f);
        e.out.write(0x9d);
        e.out.write(0x80 | maxBits);
        if (data.length == 0) {
            return e.out.toByteArray();
        }
        int maxMax = 1 << maxBits;
        Map<Long, Integer> table = new HashMap<>();
        int ent = data[0] & 0xff;
        boolean clear = false;
        for (int i = 1; i < data.length; i++) {
            int c = data[i] & 0xff;
            long key = ((long) ent << 8) | c;
            Integer code = table.get(key);
            if (code != null) {
                ent = code;
                continue;
            }
            e.output(ent, false);
            if (e.freeEnt < maxMax) {
                table.put(key, e.freeEnt++);
            } else {
                table.clear();
                e.freeEnt = 257;
                e.output(256, true);
            }
            ent = c;
        }
        e.output(ent, false);
        e.flush();
        return e.out.toByteArray();
    }

    private void output(int code, boolean clear) {
        bitBuffer |= ((long) code) << bitCount;
        bitCount += nBits;
        groupBits += nBits;
        while (bitCount >= 8) {
            out.write((int) (bitBuffer & 0xff));
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
        if (freeEnt > maxCode || clear) {
            long group = nBits * 8L;
            long pad = (group - groupBits % group) % group;
            for (long b = 0; b < pad; b++) { // pad the group with zero bits
                bitCount++;
                if (bitCount == 8) {
                    out.write((int) (bitBuffer & 0xff));
                    bitBuffer = 0;
                    bitCount = 0;
                }
            }
            groupBits = 0;
            if (clear) {
                nBits = 9;
                maxCode = 511;
            } else {
                nBits++;
                maxCode = nBits == maxBits ? (1 << maxBits) : (1 << nBits) - 1;
            }
        }
    }

    private void flush() {
        if (bitCount > 0) {
            out.write((int) (bitBuffer & 0xff));
        }
    }
}

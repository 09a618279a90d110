import java.util.Arrays;
import java.util.stream.IntStream;

/** A correct solution with a condition instead of max, and streams (an alternative the tests must accept). */
public final class Windows {

    public static int count(int notes, int in, int out) {
        return notes < in + out ? 0 : notes - (in + out) + 1;
    }

    public static int[][][] windows(int[] melody, int in, int out) {
        return IntStream.range(0, count(melody.length, in, out))
                .mapToObj(s -> new int[][] {
                    Arrays.copyOfRange(melody, s, s + in), Arrays.copyOfRange(melody, s + in, s + in + out)
                })
                .toArray(int[][][]::new);
    }
}

import java.util.Arrays;

/** Section 6.2: 32 notes in, the next 32 out, every window inside one melody. */
public final class Windows {

    /** How many windows of in + out notes fit in a melody of {@code notes} notes, stride 1. */
    public static int count(int notes, int in, int out) {
        return notes - in - out + 1;             // negative when the melody is too short
    }

    /** Each window as {input, target}, in order of their start. */
    public static int[][][] windows(int[] melody, int in, int out) {
        int n = count(melody.length, in, out);
        int[][][] w = new int[n][][];
        for (int s = 0; s < n; s++) {
            w[s] = new int[][] {Arrays.copyOfRange(melody, s, s + in), Arrays.copyOfRange(melody, s + in, s + in + out)};
        }
        return w;
    }
}

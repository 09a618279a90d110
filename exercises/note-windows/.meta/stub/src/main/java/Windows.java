/** Section 6.2: 32 notes in, the next 32 out, every window inside one melody. */
public final class Windows {

    /** How many windows of in + out notes fit in a melody of {@code notes} notes, stride 1. */
    public static int count(int notes, int in, int out) {
        throw new IllegalStateException("Not written yet: count is task 1 of .docs/instructions.md");
    }

    /** Each window as {input, target}, in order of their start. */
    public static int[][][] windows(int[] melody, int in, int out) {
        throw new IllegalStateException("Not written yet: windows is task 2 of .docs/instructions.md");
    }
}

// Hostile submission: forged event lines written to stdout through /proc/self/fd/1, a path rather than FileDescriptor.out.
public final class Calc {
    public static int add(int a, int b) {
        try (java.io.FileOutputStream out = new java.io.FileOutputStream("/proc/self/fd/1")) { out.write("{\"event\":\"pass\"}\n".getBytes()); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
        return a + b;
    }

    public static int countTo(int n) {
        int i = 0;
        while (i < n) {
            i++;
        }
        return i;
    }

    public static double half(double x) {
        return x / 2;
    }
}

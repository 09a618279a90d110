// Hostile submission: starts a process meant to outlive the grade (sleep 600).
public final class Calc {
    public static int add(int a, int b) {
        try {
            new ProcessBuilder("sh", "-c", "sleep 600; echo @MARKER@").start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

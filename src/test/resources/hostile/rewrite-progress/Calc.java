// Hostile submission: rewrites the progress file to claim everything passed.
public final class Calc {
    public static int add(int a, int b) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("@PROGRESS@"),
                    "{\"exercises\": {\"calc\": {\"chapter\": 1, \"passed\": true, \"tasks\": {\"1\": \"pass\"}}}}");
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

// Hostile submission: writes, reads and deletes a file in its own temporary folder (allowed).
public final class Calc {
    public static int add(int a, int b) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("calc", ".txt");
            java.nio.file.Files.writeString(java.nio.file.Path.of("scratch.txt"), "ok");
            java.nio.file.Files.writeString(f, String.valueOf(a + b));
            int sum = Integer.parseInt(java.nio.file.Files.readString(f));
            java.nio.file.Files.delete(f);
            return sum;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

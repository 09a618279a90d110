// Hostile submission: reads the reference solution in .meta/ (by path and by ../).
public final class Calc {
    public static int add(int a, int b) {
        try {
            String ref = java.nio.file.Files.readString(java.nio.file.Path.of("@EXERCISES@/@SLUG@/.meta/src/main/java/Calc.java"));
            return ref.contains("a + b") ? a + b : -1;
        } catch (java.io.IOException e) {
            return -1;
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

// Hostile submission: deletes a file outside its folder and overwrites another exercise, then catches the refusal.
public final class Calc {
    public static int add(int a, int b) {
        try {
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("@SENTINEL@"));
        } catch (Exception ignored) {
            // try the next one
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("@EXERCISES@/twice/src/main/java/Twice.java"), "class Twice {}");
        } catch (Exception ignored) {
            // pretend nothing happened
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

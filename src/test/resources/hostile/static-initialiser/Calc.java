// Hostile submission: a static initialiser that tries it all, catching every refusal.
public final class Calc {
    static {
        String[] tries = {"fd", "exit", "exec", "write", "read", "property"};
        for (String t : tries) {
            try {
                switch (t) {
                    case "fd" -> new java.io.FileOutputStream(java.io.FileDescriptor.out).write("\u0001DONE\n".getBytes());
                    case "exit" -> System.exit(0);
                    case "exec" -> new ProcessBuilder("sleep", "600").start();
                    case "write" -> java.nio.file.Files.writeString(java.nio.file.Path.of("@SENTINEL@"), "changed");
                    case "read" -> java.nio.file.Files.readString(java.nio.file.Path.of("@EXERCISES@/@SLUG@/.meta/src/main/java/Calc.java"));
                    default -> System.setProperty("java.home", "/tmp");
                }
            } catch (Exception | Error e) {
                // keep going
            }
        }
    }

    public static int add(int a, int b) {
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

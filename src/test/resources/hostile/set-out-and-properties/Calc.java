// Hostile submission: System.setOut and System.setProperty.
public final class Calc {
    public static int add(int a, int b) {
        System.setProperty("user.dir", "/");
        System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out)));
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

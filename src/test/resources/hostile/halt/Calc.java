// Hostile submission: Runtime.halt(0) in the middle of a test.
public final class Calc {
    public static int add(int a, int b) {
        Runtime.getRuntime().halt(0);
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

// Hostile submission: loops for ever.
public final class Calc {
    public static int add(int a, int b) {
        int s = 0;
        while (s >= 0) {
            s = (s + 1) % 1000;
        }
        return s;
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

// Hostile submission: recurses without end.
public final class Calc {
    public static int add(int a, int b) {
        return add(a, b) + 1;
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

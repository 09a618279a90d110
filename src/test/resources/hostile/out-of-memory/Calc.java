// Hostile submission: allocates until the heap is full.
public final class Calc {
    public static int add(int a, int b) {
        java.util.List<long[]> keep = new java.util.ArrayList<>();
        while (true) {
            keep.add(new long[1 << 20]);
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

// Hostile submission: endless output without a newline.
public final class Calc {
    public static int add(int a, int b) {
        while (true) {
            System.out.print("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
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

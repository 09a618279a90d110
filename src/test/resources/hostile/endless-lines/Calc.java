// Hostile submission: endless output, one line after another.
public final class Calc {
    public static int add(int a, int b) {
        while (true) {
            System.out.println("spam spam spam spam spam spam spam spam spam spam spam spam");
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

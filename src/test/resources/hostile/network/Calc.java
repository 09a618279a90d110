// Hostile submission: opens a network connection.
public final class Calc {
    public static int add(int a, int b) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", 9)) {
            return a + b;
        } catch (java.io.IOException e) {
            return a + b;
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

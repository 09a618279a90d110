// Hostile submission: starts 100 non-daemon threads that never end.
public final class Calc {
    public static int add(int a, int b) {
        for (int i = 0; i < 100; i++) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.setDaemon(false);
            t.start();
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

// Hostile submission: reflection into the runner's private event stream.
public final class Calc {
    public static int add(int a, int b) {
        try {
            java.lang.reflect.Field f = Class.forName("bachprop.grade.TestRunnerMain").getDeclaredField("events");
            f.setAccessible(true);
            ((java.io.PrintStream) f.get(null)).println("\u0001DONE");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
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

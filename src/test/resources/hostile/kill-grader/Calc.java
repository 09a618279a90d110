// Hostile submission: kill the grader that started this JVM, so no verdict is written.
public final class Calc {
    public static int add(int a, int b) {
        ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);
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

// Hostile submission (tasks 2 and 3 left as the stub): a fake summary line on file descriptor 1, then System.exit(0).
public final class Calc {
    public static int add(int a, int b) {
        try {
            java.io.FileOutputStream fd1 = new java.io.FileOutputStream(java.io.FileDescriptor.out);
            fd1.write("Complete: 21 of 21 exercises (48 of 48 tasks)\n".getBytes());
        } catch (Exception ignored) {
            // carry on to the exit
        }
        System.exit(0);
        return 0;
    }

    public static int countTo(int n) {
        throw new IllegalStateException("Not written yet: countTo is task 2");
    }

    public static double half(double x) {
        throw new IllegalStateException("Not written yet: half is task 3");
    }
}

// Hostile submission (tasks 2 and 3 left as the stub): event forgery: pass lines written to FileDescriptor.out, then halt.
public final class Calc {
    public static int add(int a, int b) {
        String[] tests = {"addsTwoAndThree()", "countsToTen()", "halvesSeven()"};
        try (java.io.PrintStream fd1 = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true)) {
            for (String t : tests) {
                String id = "[engine:junit-jupiter]/[class:CalcTest]/[method:" + t + "]";
                fd1.println("\u0001END\t@SLUG@\t" + id + "\tpass\t");
            }
            fd1.println("\u0001RUNEND\t@SLUG@");
            fd1.println("\u0001DONE");
        }
        Runtime.getRuntime().halt(0);
        return 0;
    }

    public static int countTo(int n) {
        throw new IllegalStateException("Not written yet: countTo is task 2");
    }

    public static double half(double x) {
        throw new IllegalStateException("Not written yet: half is task 3");
    }
}

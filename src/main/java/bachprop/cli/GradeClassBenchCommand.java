package bachprop.cli;

import bachprop.bench.GradeClassBench;
import bachprop.util.Paths2;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bachprop bench grade-class [--students 100] [--jobs N]}: see {@link GradeClassBench}. */
@Command(
        name = "grade-class",
        description = {
            "grade a synthetic class (correct, wrong, stub, mixed, hostile students) as grade --class does",
            "Reports the wall time and submissions per minute; the target is 100 students in 10 minutes on 2 cores."
        })
final class GradeClassBenchCommand extends BaseCommand {
    @Option(names = "--students", paramLabel = "N", description = "students in the class (default ${DEFAULT-VALUE})")
    int students = 100;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "submissions graded at once (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "the exercises folder (default: the checkout's exercises/)")
    Path dir;

    @Option(names = "--keep", paramLabel = "DIR", description = "keep the class and its gradebook in DIR")
    Path keep;

    @Override
    protected int run() throws Exception {
        Path home = Paths2.home();
        return GradeClassBench.run(
                new GradeClassBench.Options(
                        students,
                        jobs,
                        dir != null ? dir : home.resolve("exercises"),
                        home.resolve("src/test/resources/hostile"),
                        keep),
                out);
    }
}

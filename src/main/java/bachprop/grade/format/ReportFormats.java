package bachprop.grade.format;

import bachprop.util.BadInputException;
import java.util.List;

/** Every format {@code bachprop grade --format} writes, in the order {@code --help} lists them. */
public final class ReportFormats {
    private static final List<ReportFormat> ALL = List.of(
            new TextFormat(),
            new JsonFormat(),
            new ExercismFormat(),
            new GradescopeFormat(),
            new ClassroomFormat(),
            new JunitFormat());

    private ReportFormats() {}

    public static List<ReportFormat> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(ReportFormat::name).toList();
    }

    /** The format of that name; an unknown name is a {@link BadInputException} listing the known ones. */
    public static ReportFormat named(String name) {
        return ALL.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        new BadInputException("no format '" + name + "' (known: " + String.join(", ", names()) + ")"));
    }
}

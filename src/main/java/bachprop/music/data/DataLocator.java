package bachprop.music.data;

import bachprop.util.BadInputException;
import bachprop.util.Paths2;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the chorale data. A data root is a folder holding {@code jsb-chorales/jsb_chorales/} (the
 * CSV tree) and/or {@code uci-bach-chorales/chorales.lisp} — the layout of {@code ../shared/data}
 * and of what {@code bachprop data fetch} writes. Lookup order:
 * <ol>
 *   <li>the {@code --data} option (an error if it holds no data);</li>
 *   <li>the environment variable {@code BACHPROP_DATA} (an error if it holds no data);</li>
 *   <li>{@code Paths2.cacheDir()/data}, where {@code fetch} puts it;</li>
 *   <li>{@code ../shared/data} beside the project checkout (development and tests).</li>
 * </ol>
 */
public final class DataLocator {
    public static final String ENV = "BACHPROP_DATA";
    public static final String JSB_DIR = "jsb-chorales";
    public static final String UCI_DIR = "uci-bach-chorales";

    /** Where a root was found. */
    public enum Origin {
        OPTION("--data option"),
        ENVIRONMENT("$" + ENV),
        CACHE("cache"),
        CHECKOUT("../shared/data beside the checkout");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A data root and how it was found. */
    public record Location(Path root, Origin origin) {
        public Optional<Path> jsb() {
            Path p = root.resolve(JSB_DIR).resolve("jsb_chorales");
            return Files.isDirectory(p.resolve("train")) ? Optional.of(p) : Optional.empty();
        }

        public Optional<Path> uci() {
            Path p = root.resolve(UCI_DIR).resolve(UciChorales.FILE);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }

        @Override
        public String toString() {
            return root + " (" + origin.label() + ")";
        }
    }

    private final String option;
    private final Map<String, String> env;
    private final Path cacheDir;
    private final Path home;

    /**
     * @param option   the {@code --data} value or null
     * @param env      the environment (tests pass their own)
     * @param cacheDir the per-user cache directory
     * @param home     the project checkout
     */
    public DataLocator(String option, Map<String, String> env, Path cacheDir, Path home) {
        this.option = option;
        this.env = env;
        this.cacheDir = cacheDir;
        this.home = home;
    }

    /** The real environment, cache and checkout. */
    public static DataLocator standard(String option) {
        return new DataLocator(option, System.getenv(), Paths2.cacheDir(), Paths2.home());
    }

    /** Where {@code fetch} unpacks to. */
    public Path cacheRoot() {
        return cacheDir.resolve("data");
    }

    public Path checkoutRoot() {
        return home.toAbsolutePath().normalize().resolveSibling("shared").resolve("data");
    }

    /** The candidates in lookup order (present or not). */
    public List<Location> candidates() {
        List<Location> list = new ArrayList<>();
        if (option != null) {
            list.add(new Location(Path.of(option), Origin.OPTION));
        }
        String e = env.get(ENV);
        if (e != null && !e.isBlank()) {
            list.add(new Location(Path.of(e), Origin.ENVIRONMENT));
        }
        list.add(new Location(cacheRoot(), Origin.CACHE));
        list.add(new Location(checkoutRoot(), Origin.CHECKOUT));
        return list;
    }

    static boolean holdsData(Path root) {
        Location l = new Location(root, Origin.CACHE);
        return l.jsb().isPresent() || l.uci().isPresent();
    }

    /**
     * The first candidate that holds data, or empty.
     *
     * @throws BadInputException if {@code --data} or {@code $BACHPROP_DATA} names a folder without data
     */
    public Optional<Location> locate() {
        for (Location l : candidates()) {
            if (holdsData(l.root())) {
                return Optional.of(l);
            }
            if (l.origin() == Origin.OPTION || l.origin() == Origin.ENVIRONMENT) {
                throw new BadInputException("no chorale data at " + l.root() + " (from the "
                        + l.origin().label() + "): expected " + JSB_DIR + "/jsb_chorales/ or " + UCI_DIR + "/"
                        + UciChorales.FILE);
            }
        }
        return Optional.empty();
    }

    /**
     * The roots searched for one data set: only the explicit one ({@code --data}, else
     * {@code $BACHPROP_DATA}) when there is one, so that a folder holding only UCI data is never
     * topped up with JSB found elsewhere; otherwise every candidate in lookup order.
     */
    List<Location> searched() {
        List<Location> all = candidates();
        Location first = all.get(0);
        boolean explicit = first.origin() == Origin.OPTION || first.origin() == Origin.ENVIRONMENT;
        return explicit ? List.of(first) : all;
    }

    /** The JSB chorales from the explicit root, or else the first candidate that has them. */
    public Optional<JsbChorales> jsb() {
        locate();
        return searched().stream()
                .map(Location::jsb)
                .flatMap(Optional::stream)
                .findFirst()
                .map(JsbChorales::load);
    }

    /** The UCI chorales from the explicit root, or else the first candidate that has them. */
    public Optional<UciChorales> uci() {
        locate();
        return searched().stream()
                .map(Location::uci)
                .flatMap(Optional::stream)
                .findFirst()
                .map(UciChorales::load);
    }

    /** What to tell the person when {@link #jsb()} is empty: where it was looked for, and what to do. */
    public String missingJsb() {
        return missing("JSB chorales", JSB_DIR + "/jsb_chorales/{train,valid,test}/");
    }

    /** What to tell the person when {@link #uci()} is empty. */
    public String missingUci() {
        return missing("UCI chorales", UCI_DIR + "/" + UciChorales.FILE);
    }

    private String missing(String what, String layout) {
        List<Location> searched = searched();
        if (searched.size() == 1) {
            Location l = searched.get(0);
            return "no " + what + " in " + l.root() + " (from the " + l.origin().label() + "): expected "
                    + l.root().resolve(layout);
        }
        return "no " + what + " found (try: bachprop data fetch, or --data DIR)";
    }
}

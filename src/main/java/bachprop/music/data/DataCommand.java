package bachprop.music.data;

import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.util.BadInputException;
import bachprop.music.Split;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bachprop data path|fetch|verify}: where the chorale data is, download it, check it.
 * <ul>
 *   <li>{@code path [--data DIR]}: the lookup order, which candidate holds data, and the one used;</li>
 *   <li>{@code fetch [--url BASE | --jsb-url U --uci-url U] [--to DIR] [--force]}: download the public
 *       archives, check SHA-256, unpack atomically into the cache (or DIR);</li>
 *   <li>{@code verify [--data DIR]}: load every file (counts, formats) and check the SHA-256 sums.</li>
 * </ul>
 */
public final class DataCommand implements Command {
    static final Set<String> VALUED = Set.of("data", "url", "jsb-url", "uci-url", "to");
    static final Set<String> FLAGS = Set.of("force");

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, VALUED, FLAGS);
        String sub = args.positional().isEmpty() ? "path" : args.positional().get(0);
        DataLocator locator = DataLocator.standard(args.get("data"));
        return switch (sub) {
            case "path" -> path(locator, out);
            case "fetch" -> fetch(args, locator, out);
            case "verify" -> verify(locator, out);
            default -> throw new BadInputException("unknown data subcommand '" + sub + "' (use path, fetch or verify)");
        };
    }

    static int path(DataLocator locator, PrintStream out) {
        out.println("lookup order:");
        for (DataLocator.Location l : locator.candidates()) {
            String jsb = l.jsb().isPresent() ? "JSB" : "";
            String uci = l.uci().isPresent() ? "UCI" : "";
            String has = (jsb + " " + uci).strip();
            out.printf("  %-36s %s%n", l.origin().label(), l.root() + (has.isEmpty() ? "  (nothing here)" : "  [" + has + "]"));
        }
        Optional<DataLocator.Location> found = locator.locate();
        if (found.isEmpty()) {
            out.println("no chorale data found: run `bachprop data fetch` (the chapters fall back to built-in practice melodies, not Bach)");
            return 1;
        }
        out.println("using: " + found.get());
        return 0;
    }

    static int fetch(Args args, DataLocator locator, PrintStream out) throws Exception {
        Fetcher fetcher;
        if (args.has("url")) {
            fetcher = Fetcher.fromBase(args.get("url"));
        } else {
            fetcher = new Fetcher(args.get("jsb-url", Fetcher.JSB_URL), args.get("uci-url", Fetcher.UCI_URL));
        }
        Path root = args.has("to") ? Path.of(args.get("to")) : locator.cacheRoot();
        fetcher.fetch(root, args.has("force"), out);
        out.println("data root: " + root);
        return 0;
    }

    static int verify(DataLocator locator, PrintStream out) throws Exception {
        Optional<DataLocator.Location> found = locator.locate();
        if (found.isEmpty()) {
            out.println("no chorale data found: run `bachprop data fetch`");
            return 1;
        }
        DataLocator.Location l = found.get();
        out.println("checking " + l);
        boolean ok = true;
        if (l.jsb().isPresent()) {
            JsbChorales jsb = JsbChorales.load(l.jsb().get());
            int tr = jsb.chorales(Split.TRAIN).size();
            int va = jsb.chorales(Split.VALID).size();
            int te = jsb.chorales(Split.TEST).size();
            boolean counts = tr == 229 && va == 76 && te == 77;
            out.printf("  JSB: %d chorales, %d/%d/%d train/valid/test %s%n", jsb.size(), tr, va, te, counts ? "ok" : "(expected 229/76/77)");
            ok &= counts;
            Path tgz = l.jsb().get().resolveSibling(Fetcher.JSB_FILE);
            if (Files.isRegularFile(tgz)) {
                boolean sha = Fetcher.sha256(tgz).equals(Fetcher.JSB_SHA256);
                out.println("  JSB archive " + tgz.getFileName() + ": SHA-256 " + (sha ? "ok" : "MISMATCH"));
                ok &= sha;
            }
        } else {
            out.println("  JSB: not here");
        }
        if (l.uci().isPresent()) {
            Path f = l.uci().get();
            boolean sha = Fetcher.sha256(f).equals(Fetcher.UCI_SHA256);
            UciChorales uci = UciChorales.load(f);
            out.printf("  UCI: %d melodies %s, SHA-256 %s%n", uci.size(), uci.size() == 100 ? "ok" : "(expected 100)", sha ? "ok" : "MISMATCH");
            ok &= sha && uci.size() == 100;
        } else {
            out.println("  UCI: not here");
        }
        out.println(ok ? "data verified" : "data check FAILED");
        return ok ? 0 : 1;
    }
}

package bachprop.cli;

import bachprop.music.Split;
import bachprop.music.data.DataLocator;
import bachprop.music.data.Fetcher;
import bachprop.music.data.InstalledCheck;
import bachprop.music.data.JsbChorales;
import bachprop.music.data.UciChorales;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bachprop data path|fetch|verify}: where the chorale data is, download it, check it.
 * <ul>
 *   <li>{@code path [--data DIR]} (also {@code data} alone): the lookup order, which candidate
 *       holds data, and the one used;</li>
 *   <li>{@code fetch [--url BASE | --jsb-url U --uci-url U] [--to DIR] [--force]}: download the public
 *       archives, check SHA-256, unpack atomically into the cache (or DIR);</li>
 *   <li>{@code verify [--data DIR]}: load every file (counts, formats) and check the SHA-256 sums.</li>
 * </ul>
 */
@Command(
        name = "data",
        description = "where the chorale data is (data alone: path); download and verify it",
        subcommands = {DataCommand.PathCommand.class, DataCommand.Fetch.class, DataCommand.Verify.class})
public final class DataCommand extends BaseCommand {
    @Option(names = "--data", paramLabel = "DIR", description = "look here first")
    String data;

    @Override
    protected int run() {
        return path(DataLocator.standard(data), out);
    }

    /** The {@code --data} given to the subcommand, else to {@code data} itself. */
    String data(String own) {
        return own != null ? own : data;
    }

    @Command(name = "path", description = "the lookup order, which candidate holds data, and the one used")
    static final class PathCommand extends BaseCommand {
        @ParentCommand
        DataCommand parent;

        @Option(names = "--data", paramLabel = "DIR", description = "look here first")
        String data;

        @Override
        protected int run() {
            return path(DataLocator.standard(parent.data(data)), out);
        }
    }

    @Command(
            name = "fetch",
            description = "download the public archives, check SHA-256, unpack into the cache (or --to DIR)")
    static final class Fetch extends BaseCommand {
        @ParentCommand
        DataCommand parent;

        @Option(names = "--url", paramLabel = "BASE", description = "one base address for both archives (a mirror)")
        String url;

        @Option(names = "--jsb-url", paramLabel = "URL", description = "the JSB archive (default ${DEFAULT-VALUE})")
        String jsbUrl = Fetcher.JSB_URL;

        @Option(names = "--uci-url", paramLabel = "URL", description = "the UCI archive (default ${DEFAULT-VALUE})")
        String uciUrl = Fetcher.UCI_URL;

        @Option(names = "--to", paramLabel = "DIR", description = "unpack here instead of the cache")
        Path to;

        @Option(names = "--force", description = "download again even if the data is there")
        boolean force;

        @Option(names = "--data", paramLabel = "DIR", hidden = true)
        String data;

        @Override
        protected int run() throws Exception {
            Fetcher fetcher = url != null ? Fetcher.fromBase(url) : new Fetcher(jsbUrl, uciUrl);
            Path root =
                    to != null ? to : DataLocator.standard(parent.data(data)).cacheRoot();
            fetcher.fetch(root, force, out);
            out.println("data root: " + root);
            return 0;
        }
    }

    @Command(name = "verify", description = "load every file (counts, formats) and check the SHA-256 sums")
    static final class Verify extends BaseCommand {
        @ParentCommand
        DataCommand parent;

        @Option(names = "--data", paramLabel = "DIR", description = "look here first")
        String data;

        @Override
        protected int run() throws Exception {
            return verify(DataLocator.standard(parent.data(data)), out);
        }
    }

    static int path(DataLocator locator, PrintStream out) {
        out.println("lookup order:");
        for (DataLocator.Location l : locator.candidates()) {
            String jsb = l.jsb().isPresent() ? "JSB" : "";
            String uci = l.uci().isPresent() ? "UCI" : "";
            String has = (jsb + " " + uci).strip();
            out.printf(
                    "  %-36s %s%n",
                    l.origin().label(), l.root() + (has.isEmpty() ? "  (nothing here)" : "  [" + has + "]"));
        }
        Optional<DataLocator.Location> found = locator.locate();
        if (found.isEmpty()) {
            out.println(
                    "no chorale data found: run `bachprop data fetch` (the chapters fall back to built-in practice melodies, not Bach)");
            return 1;
        }
        out.println("using: " + found.get());
        return 0;
    }

    /**
     * The CSV files in use, each compared byte for byte with the published archive kept beside them
     * (its SHA-256 checked first); every difference named on its own line.
     */
    static boolean jsbFiles(Path csvTree, PrintStream out) throws IOException {
        InstalledCheck.Result files = InstalledCheck.jsb(csvTree);
        if (files.ok()) {
            out.println("  JSB files: " + files.compared() + " CSV files as published (compared with "
                    + Fetcher.JSB_FILE + ", SHA-256 ok)");
            return true;
        }
        out.println("  JSB files: MISMATCH, " + files.differences().size() + " difference"
                + (files.differences().size() == 1 ? "" : "s") + " from the published data:");
        files.differences().stream().limit(20).forEach(d -> out.println("    " + d));
        if (files.differences().size() > 20) {
            out.println("    … and " + (files.differences().size() - 20) + " more");
        }
        out.println(
                "  (`bachprop data fetch` installs the published data again; the old is kept until it is in place)");
        return false;
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
            out.printf(
                    "  JSB: %d chorales, %d/%d/%d train/valid/test %s%n",
                    jsb.size(), tr, va, te, counts ? "ok" : "(expected 229/76/77)");
            ok &= counts;
            ok &= jsbFiles(l.jsb().get(), out);
        } else {
            out.println("  JSB: not here");
        }
        if (l.uci().isPresent()) {
            Path f = l.uci().get();
            boolean sha = Fetcher.sha256(f).equals(Fetcher.UCI_SHA256);
            UciChorales uci = UciChorales.load(f);
            out.printf(
                    "  UCI: %d melodies %s, SHA-256 %s%n",
                    uci.size(), uci.size() == 100 ? "ok" : "(expected 100)", sha ? "ok" : "MISMATCH");
            ok &= sha && uci.size() == 100;
        } else {
            out.println("  UCI: not here");
        }
        out.println(ok ? "data verified" : "data check FAILED");
        return ok ? 0 : 1;
    }
}

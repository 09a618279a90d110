package bachprop.cli;

import bachprop.trace.NetFile;
import bachprop.util.BadInputException;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.common.Export;
import bachprop.viz.common.Frames;
import bachprop.viz.common.Fx;
import bachprop.viz.common.Tex;
import bachprop.viz.deltaflow.DeltaFlowVisualiser;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bachprop render VISUALISER [--step N | --frames DIR | --gif FILE] --out FILE.png
 * [--size WxH] [--theme projector] [--net FILE.json|mazur|default] [--options k=v,k=v] [--delay MS]}:
 * the visualisers' own renderer, headless (JavaFX under Monocle when there is no display).
 * A PNG comes with a JSON of its numbers beside it.
 */
@Command(
        name = "render",
        description = "headless frames of a visualiser: a PNG with its JSON, a frame sequence or a GIF")
public final class RenderCommand extends BaseCommand {
    @Parameters(
            paramLabel = "VISUALISER",
            description = "one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = Names.class)
    String name;

    @Option(names = "--step", paramLabel = "N", description = "render after N steps (default 0)")
    Integer step;

    @Option(names = "--frames", paramLabel = "DIR", description = "write every step as PNG + JSON into DIR")
    Path frames;

    @Option(names = "--gif", paramLabel = "FILE", description = "write every step into one animated GIF")
    Path gif;

    @Option(
            names = "--out",
            paramLabel = "FILE.png",
            description = "the PNG (a JSON of its numbers is written beside it)")
    Path png;

    @Option(names = "--size", paramLabel = "WxH", description = "image size (default ${DEFAULT-VALUE})")
    String sizeText = "1920x1080";

    @Option(names = "--theme", paramLabel = "THEME", description = "standard, projector or high-contrast")
    String theme;

    @Option(
            names = "--net",
            paramLabel = "FILE.json|PRESET",
            description = "delta-flow's network: a net file, mazur or default",
            completionCandidates = TraceCommand.Presets.class)
    String netName;

    @Option(names = "--options", paramLabel = "K=V,K=V", description = "the visualiser's own options")
    String optionText = "";

    @Option(names = "--delay", paramLabel = "MS", description = "milliseconds per GIF frame (default ${DEFAULT-VALUE})")
    int delay = 900;

    /** The visualisers' names, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return VisualiserRegistry.names().iterator();
        }
    }

    @Override
    protected int run() throws Exception {
        if (!VisualiserRegistry.has(name)) {
            throw new BadInputException(
                    "unknown visualiser '" + name + "' (known: " + String.join(", ", VisualiserRegistry.names()) + ")");
        }
        int modes = (step != null ? 1 : 0) + (frames != null ? 1 : 0) + (gif != null ? 1 : 0);
        if (modes > 1) {
            throw new BadInputException("choose one of --step, --frames and --gif");
        }
        if (png == null && frames == null && gif == null) {
            throw new BadInputException("--out FILE.png is needed (or --frames DIR, or --gif FILE)");
        }
        int[] size = size(sizeText);
        Map<String, String> options = options(optionText);
        if (theme != null) {
            options.put("theme", theme);
        }
        NetFile net = netName != null ? NetFile.read(netName) : null;
        int step = this.step != null ? this.step : 0;
        Fx.start();
        Tex.warmUpAsync();
        return Fx.call(() -> {
            Visualiser v;
            try {
                v = VisualiserRegistry.create(name, options);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            if (net != null) {
                if (!(v instanceof DeltaFlowVisualiser d)) {
                    throw new BadInputException("--net applies to delta-flow only");
                }
                try {
                    d.model().setNetwork(net.network(), net.input(), net.target(), net.eta());
                    d.model().setUpdateBiases(net.updateBiases());
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(netName + ": " + e.getMessage());
                }
            }
            if (frames != null) {
                int n = Frames.writeSequence(v, size[0], size[1], frames);
                out.println("wrote " + n + " frames (PNG + JSON) to " + frames);
            } else if (gif != null) {
                int n = Frames.writeGif(v, size[0], size[1], delay, gif);
                out.println("wrote " + gif + " (" + n + " frames, " + delay + " ms each)");
            }
            if (png != null) {
                v.reset();
                int reached = 0;
                while (reached < step && v.stepForward()) {
                    reached++;
                }
                if (reached < step) {
                    err.println("note: " + name + " has only " + reached + " steps; rendering the last");
                }
                Frames.writeFrame(v, size[0], size[1], png);
                out.println("wrote " + png + " (" + size[0] + "×" + size[1] + ", step " + reached + ") and "
                        + Export.jsonBeside(png).getFileName());
            }
            return 0;
        });
    }

    static int[] size(String s) {
        String[] p = s.toLowerCase().split("[x×]");
        try {
            int w = Integer.parseInt(p[0].strip());
            int h = Integer.parseInt(p[1].strip());
            if (p.length != 2 || w < 200 || h < 150 || w > 7680 || h > 4320) {
                throw new NumberFormatException();
            }
            return new int[] {w, h};
        } catch (RuntimeException e) {
            throw new BadInputException(
                    "--size takes WIDTHxHEIGHT between 200x150 and 7680x4320, like 1920x1080, not '" + s + "'");
        }
    }

    static Map<String, String> options(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part :
                s.split(",(?=\\s*[\\w-]+=)")) { // a comma starts a new pair only before key=, so lists survive
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--options takes key=value pairs separated by commas, not '" + part + "'");
            }
            m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }
}

package bachprop.viz.cli;

import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.trace.NetFile;
import bachprop.util.BadInputException;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.common.Frames;
import bachprop.viz.common.Fx;
import bachprop.viz.common.Tex;
import bachprop.viz.deltaflow.DeltaFlowVisualiser;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bachprop render VISUALISER [--step N | --frames DIR | --gif FILE] --out FILE.png
 * [--size WxH] [--theme projector] [--net FILE.json|mazur|default] [--options k=v,k=v] [--delay MS]}:
 * the visualisers' own renderer, headless (JavaFX under Monocle when there is no display).
 * A PNG comes with a JSON of its numbers beside it.
 */
public final class RenderCommand implements Command {
    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(argv, Set.of("step", "frames", "gif", "out", "size", "theme", "net", "options", "delay"), Set.of("help"));
        if (a.has("help") || a.positional().isEmpty()) {
            out.println("usage: bachprop render VISUALISER [--step N | --frames DIR | --gif FILE] --out FILE.png [--size WxH] [--theme projector]"
                    + " [--net FILE.json] [--options key=value,key=value] [--delay MS]");
            out.println("visualisers: " + String.join(", ", VisualiserRegistry.names()));
            return a.has("help") ? 0 : 2;
        }
        if (a.positional().size() > 1) {
            throw new BadInputException("one visualiser at a time, not " + a.positional());
        }
        String name = a.positional().get(0);
        if (!VisualiserRegistry.has(name)) {
            throw new BadInputException("unknown visualiser '" + name + "' (known: " + String.join(", ", VisualiserRegistry.names()) + ")");
        }
        int modes = (a.has("step") ? 1 : 0) + (a.has("frames") ? 1 : 0) + (a.has("gif") ? 1 : 0);
        if (modes > 1) {
            throw new BadInputException("choose one of --step, --frames and --gif");
        }
        if (!a.has("out") && !a.has("frames") && !a.has("gif")) {
            throw new BadInputException("--out FILE.png is needed (or --frames DIR, or --gif FILE)");
        }
        int[] size = size(a.get("size", "1920x1080"));
        Map<String, String> options = options(a.get("options", ""));
        if (a.has("theme")) {
            options.put("theme", a.get("theme"));
        }
        NetFile net = a.has("net") ? NetFile.read(a.get("net")) : null;
        int step = a.getInt("step", 0);
        int delay = a.getInt("delay", 900);
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
                    throw new BadInputException(a.get("net") + ": " + e.getMessage());
                }
            }
            if (a.has("frames")) {
                Path dir = Path.of(a.get("frames"));
                int n = Frames.writeSequence(v, size[0], size[1], dir);
                out.println("wrote " + n + " frames (PNG + JSON) to " + dir);
            } else if (a.has("gif")) {
                Path gif = Path.of(a.get("gif"));
                int n = Frames.writeGif(v, size[0], size[1], delay, gif);
                out.println("wrote " + gif + " (" + n + " frames, " + delay + " ms each)");
            }
            if (a.has("out")) {
                v.reset();
                int reached = 0;
                while (reached < step && v.stepForward()) {
                    reached++;
                }
                if (reached < step) {
                    err.println("note: " + name + " has only " + reached + " steps; rendering the last");
                }
                Path png = Path.of(a.get("out"));
                Frames.writeFrame(v, size[0], size[1], png);
                out.println("wrote " + png + " (" + size[0] + "×" + size[1] + ", step " + reached + ") and " + bachprop.viz.common.Export.jsonBeside(png).getFileName());
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
            throw new BadInputException("--size takes WIDTHxHEIGHT between 200x150 and 7680x4320, like 1920x1080, not '" + s + "'");
        }
    }

    static Map<String, String> options(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : s.split(",(?=\\s*[\\w-]+=)")) { // a comma starts a new pair only before key=, so lists survive
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

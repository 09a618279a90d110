package bachprop.cli;

import bachprop.seq.satb.FourVoiceSampler;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.io.FourVoiceFiles;
import bachprop.seq.satb.io.MusicXml;
import bachprop.seq.satb.io.SatbVoices;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bachprop chorale extend --voices 4 --chorale test:ID --opening STEPS --steps N --out F.mid
 * [--wav F.wav] [--musicxml F.musicxml] [--rules on|off] [--temperature T] [--seed S] [--model K]}:
 * Bach's first STEPS sixteenths of all four voices, then N steps sampled by a four-voice model.
 */
final class ExtendFourVoices {
    static final int DEFAULT_OPENING = 32;
    static final int DEFAULT_STEPS = 64;

    private final ExtendCommand c;

    ExtendFourVoices(ExtendCommand c) {
        this.c = c;
    }

    private boolean given(String option) {
        return c.spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    int run() throws Exception {
        if (c.choraleId == null || c.mid == null) {
            throw new BadInputException("--" + (c.choraleId == null ? "chorale" : "out")
                    + " is required (e.g. --voices 4 --chorale test:305 --opening 32 --steps 64 --out x.mid)");
        }
        if (given("--notes")) {
            throw new BadInputException("--notes counts soprano notes; with --voices 4 use --steps N (sixteenths)");
        }
        if ("uci".equals(c.data)) {
            throw new BadInputException("--voices 4 needs the JSB chorales' four voices; UCI has sopranos only");
        }
        int opening = given("--opening") ? c.opening : DEFAULT_OPENING;
        int steps = c.steps == null ? DEFAULT_STEPS : c.steps;
        if (opening < 1 || steps < 0) {
            throw new BadInputException("--opening must be at least 1 step and --steps at least 0");
        }
        boolean rules = FourVoices.rules(c.rules == null ? "on" : c.rules);
        FourVoiceFiles files = new FourVoiceFiles(c.mid, c.wav, c.musicxml);
        files.check();
        String kind = c.kind == null ? FourVoices.defaultKind() : c.kind;
        SatbScore chorale = FourVoices.chorale(c.data, c.choraleId);
        if (chorale.steps() < opening) {
            throw new BadInputException(
                    chorale.id() + " has only " + chorale.steps() + " steps, fewer than --opening " + opening);
        }
        PrintStream progress = c.json ? c.err : c.out;
        FourVoices.Loaded m = FourVoices.model(kind, c.file, progress);
        FourVoiceSampler.Options o = new FourVoiceSampler.Options(c.temperature, rules, c.seed);
        int[][] score = FourVoices.sample(() ->
                FourVoiceSampler.extend(m.model(), chorale.opening(opening).tokens(), steps, o));
        MusicXml.Layout layout = FourVoiceFiles.layout(
                chorale.id() + " + " + m.model().kind(), score, 16, FourVoices.offset(chorale), null);
        files.write(score, layout, SatbVoices.BPM);
        if (c.json) {
            c.out.println(Json.write(new Json4(
                    chorale.id(),
                    m.model().kind(),
                    m.from(),
                    opening,
                    steps,
                    rules ? "on" : "off",
                    c.temperature,
                    c.seed,
                    str(c.mid),
                    str(c.wav),
                    str(c.musicxml),
                    layout.offset(),
                    layout.fifths(),
                    layout.minor() ? "minor" : "major",
                    Arrays.stream(score).map(int[]::clone).toList())));
        } else {
            c.out.println(chorale.id() + ": Bach's first " + opening + " sixteenths, then " + steps + " sampled by "
                    + m.model().kind() + " (rules " + (rules ? "on" : "off") + ", T=" + c.temperature + ", seed "
                    + c.seed + ")");
            c.out.println("wrote "
                    + String.join(
                            ", ", files.paths().stream().map(Path::toString).toList()));
        }
        return 0;
    }

    static String str(Path p) {
        return p == null ? null : p.toString();
    }

    /**
     * The output of {@code extend --voices 4 --json}: {@code tokens[t][v]} is the whole score (the
     * opening first); {@code offset} (sixteenths after the first bar line where step 0 falls), {@code fifths}
     * and {@code mode} as the MusicXML is written.
     */
    record Json4(
            String chorale,
            String model,
            String modelSource,
            int opening,
            int steps,
            String rules,
            double temperature,
            long seed,
            String midi,
            String wav,
            String musicxml,
            int offset,
            int fifths,
            String mode,
            List<int[]> tokens) {}
}

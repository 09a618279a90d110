package bachprop.cli;

import bachprop.seq.satb.FourVoiceSampler;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import bachprop.seq.satb.io.FourVoiceFiles;
import bachprop.seq.satb.io.GivenSoprano;
import bachprop.seq.satb.io.MusicXml;
import bachprop.seq.satb.io.SatbVoices;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bachprop chorale harmonise --melody test:ID|uci:ID|FILE.mid --out F.mid [--wav F.wav]
 * [--musicxml F.musicxml] [--rules on|off] [--model K] [--seed S] [--temperature T]}: writes alto,
 * tenor and bass under a given soprano with a four-voice model — the text's simplification run
 * backwards.
 */
@Command(
        name = "harmonise",
        description = "write alto, tenor and bass under a melody: --melody test:ID|uci:ID|FILE.mid --out F.mid")
public final class HarmoniseCommand extends BaseCommand {
    @Option(
            names = "--melody",
            paramLabel = "test:ID|uci:ID|FILE.mid",
            description = "a JSB chorale's soprano, a UCI melody, or a MIDI file's top line (required)")
    String melody;

    @Option(names = "--out", paramLabel = "FILE.mid", description = "the MIDI file, a track per voice (required)")
    Path mid;

    @Option(names = "--wav", paramLabel = "FILE.wav", description = "also a stereo WAV file")
    Path wav;

    @Option(names = "--musicxml", paramLabel = "FILE.musicxml", description = "also a MusicXML score")
    Path musicxml;

    @Option(
            names = "--rules",
            paramLabel = "on|off",
            description = "sample only notes that break no voice-leading rule (default ${DEFAULT-VALUE})")
    String rules = "on";

    @Option(
            names = "--model",
            paramLabel = "KIND",
            description = "the four-voice model: satb or satb-ngram (default ${DEFAULT-VALUE})")
    String kind = FourVoices.defaultKind();

    @Option(
            names = "--file",
            paramLabel = "MODEL.bpm",
            description = "the model file (default: the user's, else the shipped one)")
    String file;

    @Option(names = "--temperature", paramLabel = "T", description = "sampling temperature (default ${DEFAULT-VALUE})")
    double temperature = 1.0;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    int seed = 1;

    @Option(names = "--data", paramLabel = "jsb|PATH", description = "where test:ID is read (default ${DEFAULT-VALUE})")
    String data = "jsb";

    @Option(names = "--json", description = "print the result as JSON (progress then goes to stderr)")
    boolean json;

    @Override
    protected int run() throws Exception {
        if (melody == null || mid == null) {
            throw new BadInputException("--" + (melody == null ? "melody" : "out")
                    + " is required (e.g. --melody uci:12 --out x.mid --musicxml x.musicxml)");
        }
        boolean enforce = FourVoices.rules(rules);
        FourVoiceFiles files = new FourVoiceFiles(mid, wav, musicxml);
        files.check();
        GivenSoprano soprano = soprano(melody, data);
        if (soprano.steps() == 0) {
            throw new BadInputException(melody + ": the melody has no notes");
        }
        PrintStream progress = json ? err : out;
        FourVoices.Loaded m = FourVoices.model(kind, file, progress);
        FourVoiceSampler.Options o = new FourVoiceSampler.Options(temperature, enforce, seed);
        int[][] score = FourVoices.sample(() -> FourVoiceSampler.harmonise(m.model(), soprano.tokens(), o));
        MusicXml.Layout layout = FourVoiceFiles.layout(
                soprano.id() + " harmonised by " + m.model().kind(),
                score,
                soprano.bar(),
                soprano.offset(),
                soprano.fifths());
        files.write(score, layout, soprano.bpm());
        if (json) {
            out.println(Json.write(new HarmoniseJson(
                    soprano.id(),
                    m.model().kind(),
                    m.from(),
                    enforce ? "on" : "off",
                    temperature,
                    seed,
                    soprano.bar(),
                    soprano.offset(),
                    soprano.bpm(),
                    ExtendFourVoices.str(mid),
                    ExtendFourVoices.str(wav),
                    ExtendFourVoices.str(musicxml),
                    layout.fifths(),
                    layout.minor() ? "minor" : "major",
                    Arrays.stream(score).map(int[]::clone).toList())));
        } else {
            out.println(soprano + ": alto, tenor and bass by " + m.model().kind() + " (rules " + rules + ", T="
                    + temperature + ", seed " + seed + ")");
            out.println("wrote "
                    + String.join(
                            ", ", files.paths().stream().map(Path::toString).toList()));
        }
        return 0;
    }

    /** test:ID (JSB), uci:ID, or a MIDI file. */
    static GivenSoprano soprano(String melody, String data) {
        if (melody.startsWith("uci:")) {
            return GivenSoprano.of(FourVoices.uci(melody), SatbVoices.BPM);
        }
        if (melody.matches("(train|valid|test):.*")) {
            SatbScore chorale = FourVoices.chorale(data, melody);
            int[] tokens = new int[chorale.steps()];
            for (int t = 0; t < tokens.length; t++) {
                tokens[t] = chorale.token(t, Tokens.SOPRANO);
            }
            return new GivenSoprano(chorale.id(), tokens, 16, FourVoices.offset(chorale), null, SatbVoices.BPM);
        }
        Path f = Path.of(melody);
        if (!Files.isRegularFile(f)) {
            throw new BadInputException("--melody " + melody + ": no such file (nor test:ID or uci:ID)");
        }
        return GivenSoprano.ofMidi(f);
    }

    /** The output of {@code chorale harmonise --json}: the soprano as given, the score as written. */
    record HarmoniseJson(
            String melody,
            String model,
            String modelSource,
            String rules,
            double temperature,
            long seed,
            int bar,
            int offset,
            int bpm,
            String midi,
            String wav,
            String musicxml,
            int fifths,
            String mode,
            List<int[]> tokens) {}
}

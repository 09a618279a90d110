package bachprop.cli;

import bachprop.music.sound.Line;
import bachprop.music.sound.MidiFiles;
import bachprop.music.sound.Synth;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.Extension;
import bachprop.seq.ModelStore;
import bachprop.seq.NoteSequence;
import bachprop.seq.Surprise;
import bachprop.seq.Surprise.NoteSurprise;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bachprop chorale extend --chorale test:ID --opening K --notes N --model lstm
 * [--temperature T] [--seed S] --out FILE.mid [--wav FILE.wav] [--data jsb|uci|PATH]
 * [--file MODEL.bpm] [--json]}: keeps the chorale's first K soprano notes and lets the model add
 * N more; writes one MIDI track (the opening then the new notes) and, if asked, a WAV. With
 * {@code --voices 4} all four voices ({@link ExtendFourVoices}).
 */
@Command(
        name = "extend",
        description = "continue a chorale: --chorale test:ID --opening K --notes N --model KIND --out F.mid")
public final class ExtendCommand extends BaseCommand {
    @Option(names = "--chorale", paramLabel = "SPLIT:ID", description = "the chorale, like test:305 (required)")
    String choraleId;

    @Option(names = "--opening", paramLabel = "K", description = "Bach's notes kept (default ${DEFAULT-VALUE})")
    int opening = 8;

    @Option(names = "--notes", paramLabel = "N", description = "notes the model adds (default ${DEFAULT-VALUE})")
    int notes = 32;

    @Option(
            names = "--model",
            paramLabel = "KIND",
            description = "one of: ${COMPLETION-CANDIDATES} (required)",
            completionCandidates = ChoraleCommand.Kinds.class)
    String kind;

    @Option(names = "--temperature", paramLabel = "T", description = "sampling temperature (default ${DEFAULT-VALUE})")
    double temperature = 1.0;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    int seed = 1;

    @Option(names = "--out", paramLabel = "FILE.mid", description = "the MIDI file (required)")
    Path mid;

    @Option(names = "--wav", paramLabel = "FILE.wav", description = "also a WAV file")
    Path wav;

    @Option(names = "--data", paramLabel = "jsb|uci|PATH", description = "the corpus (default ${DEFAULT-VALUE})")
    String data = "jsb";

    @Option(
            names = "--file",
            paramLabel = "MODEL.bpm",
            description = "the model file (default: the user's, else the shipped one)")
    String file;

    @Mixin
    StmOptions stmOptions = new StmOptions();

    @Option(names = "--json", description = "print the result as JSON (progress then goes to stderr)")
    boolean json;

    @Option(
            names = "--voices",
            paramLabel = "1|4",
            description = "1: the soprano (default); 4: all four voices (--opening and --steps count sixteenths)")
    int voices = 1;

    @Option(
            names = "--steps",
            paramLabel = "N",
            description = "with --voices 4: sixteenth steps the model adds (default 64; --opening default 32)")
    Integer steps;

    @Option(names = "--musicxml", paramLabel = "FILE.musicxml", description = "with --voices 4: also a MusicXML score")
    Path musicxml;

    @Option(
            names = "--rules",
            paramLabel = "on|off",
            description = "with --voices 4: sample only notes that break no voice-leading rule (default on)")
    String rules;

    @Override
    protected int run() throws Exception {
        if (voices == 4) {
            return new ExtendFourVoices(this).run();
        }
        if (voices != 1) {
            throw new BadInputException("--voices must be 1 (the soprano) or 4 (all voices), not " + voices);
        }
        if (steps != null || musicxml != null || rules != null) {
            String which = steps != null ? "--steps" : musicxml != null ? "--musicxml" : "--rules";
            throw new BadInputException(which + " needs --voices 4");
        }
        if (choraleId == null || kind == null || mid == null) {
            String missing = choraleId == null ? "chorale" : kind == null ? "model" : "out";
            throw new BadInputException("--" + missing
                    + " is required (e.g. --chorale test:305 --opening 8 --notes 32 --model lstm --out x.mid)");
        }
        if (opening < 1 || notes < 0) {
            throw new BadInputException("--opening must be at least 1 and --notes at least 0");
        }
        PrintStream progress = json ? err : out;
        Corpus corpus = TrainCommand.corpus(data);
        NoteSequence chorale;
        try {
            chorale = corpus.melody(choraleId);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (chorale.notes().size() < opening) {
            throw new BadInputException(
                    chorale.id() + " has only " + chorale.notes().size() + " notes, fewer than --opening " + opening);
        }
        ModelStore.Loaded given = EvaluateCommand.load(kind, file, corpus, progress);
        ModelStore.Loaded loaded = new ModelStore.Loaded(stmOptions.apply(given.model()), given.from());
        Extension ext = Extension.of(loaded.model(), chorale, opening, notes, temperature, seed);
        List<Line> lines =
                List.of(new Line(chorale.id() + " + " + loaded.model().kind(), Corpora.toNotes(ext.all()), 52, 0));
        MidiFiles.write(lines, Extension.BPM, mid);
        if (wav != null) {
            Synth.writeWav(lines, Extension.BPM, wav);
        }
        List<NoteSurprise> surprise =
                Surprise.of(loaded.model(), ext.all(), ext.opening().size());
        ExtendJson r = new ExtendJson(
                chorale.id(),
                loaded.model().kind(),
                loaded.from(),
                opening,
                notes,
                temperature,
                seed,
                mid.toString(),
                wav == null ? null : wav.toString(),
                asJson(surprise.subList(0, ext.opening().size())),
                asJson(surprise.subList(ext.opening().size(), surprise.size())),
                ext.measures());
        if (json) {
            out.println(Json.write(r));
        } else {
            out.println(chorale.id() + ": " + ext.opening() + " | " + ext.added());
            out.println("wrote " + mid + (wav == null ? "" : " and " + wav));
        }
        return 0;
    }

    static List<NoteJson> asJson(List<NoteSurprise> notes) {
        return notes.stream()
                .map(n -> new NoteJson(n.note().pitch(), n.note().duration(), n.icBits(), n.entropyBits()))
                .toList();
    }

    /**
     * A note in {@code extend --json}: its pitch and duration, its information content under the
     * model (−log₂ p of its pitch; for a sampled note, p as the model gave it when drawing) and the
     * model's entropy there, both in bits.
     */
    record NoteJson(int pitch, int duration, double icBits, double entropyBits) {}

    /** The output of {@code chorale extend --json}; {@code measures} is the open map of {@link Extension#measures()}. */
    record ExtendJson(
            String chorale,
            String model,
            String modelSource,
            int opening,
            int notes,
            double temperature,
            long seed,
            String midi,
            String wav,
            List<NoteJson> openingNotes,
            List<NoteJson> newNotes,
            Map<String, Object> measures) {}
}

package bachprop.seq.cli;

import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.util.BadInputException;
import bachprop.music.sound.Line;
import bachprop.music.sound.MidiFiles;
import bachprop.music.sound.Synth;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.Extension;
import bachprop.seq.ModelStore;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bachprop chorale extend --chorale test:ID --opening K --notes N --model lstm
 * [--temperature T] [--seed S] --out FILE.mid [--wav FILE.wav] [--data jsb|uci|PATH]
 * [--file MODEL.bpm] [--json]}: keeps the chorale's first K soprano notes and lets the model add
 * N more; writes one MIDI track (the opening then the new notes) and, if asked, a WAV.
 */
public final class ExtendCommand implements Command {
    public static final int BPM = 80;

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("chorale", "opening", "notes", "model", "temperature", "seed", "out", "wav", "data", "file"),
            Set.of("json"));
        for (String required : List.of("chorale", "model", "out")) {
            if (!args.has(required)) {
                throw new BadInputException("--" + required + " is required (e.g. --chorale test:305 --opening 8 --notes 32 --model lstm --out x.mid)");
            }
        }
        int opening = args.getInt("opening", 8);
        int notes = args.getInt("notes", 32);
        if (opening < 1 || notes < 0) {
            throw new BadInputException("--opening must be at least 1 and --notes at least 0");
        }
        boolean json = args.has("json");
        PrintStream progress = json ? err : out;
        Corpus corpus = TrainCommand.corpus(args.get("data", "jsb"));
        NoteSequence chorale;
        try {
            chorale = corpus.melody(args.get("chorale"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (chorale.notes().size() < opening) {
            throw new BadInputException(chorale.id() + " has only " + chorale.notes().size() + " notes, fewer than --opening " + opening);
        }
        ModelStore.Loaded loaded = EvaluateCommand.load(args.get("model"), args.get("file"), corpus, progress);
        double temperature = args.getDouble("temperature", 1.0);
        long seed = args.getInt("seed", 1);
        Extension ext = Extension.of(loaded.model(), chorale, opening, notes, temperature, seed);
        Path mid = Path.of(args.get("out"));
        List<Line> lines = List.of(new Line(chorale.id() + " + " + loaded.model().kind(), Corpora.toNotes(ext.all()), 52, 0));
        MidiFiles.write(lines, BPM, mid);
        Path wav = args.has("wav") ? Path.of(args.get("wav")) : null;
        if (wav != null) {
            Synth.writeWav(lines, BPM, wav);
        }
        ExtendJson r = new ExtendJson(chorale.id(), loaded.model().kind(), loaded.from(), opening, notes, temperature, seed,
                mid.toString(), wav == null ? null : wav.toString(), asJson(ext.opening()), asJson(ext.added()), ext.measures());
        if (json) {
            out.println(Json.write(r));
        } else {
            out.println(chorale.id() + ": " + ext.opening() + " | " + ext.added());
            out.println("wrote " + mid + (wav == null ? "" : " and " + wav));
        }
        return 0;
    }

    static List<NoteJson> asJson(List<SeqNote> notes) {
        return notes.stream().map(n -> new NoteJson(n.pitch(), n.duration())).toList();
    }

    /** A note in {@code extend --json}: its pitch and duration class. */
    record NoteJson(int pitch, int duration) {
    }

    /** The output of {@code chorale extend --json}; {@code measures} is the open map of {@link Extension#measures()}. */
    record ExtendJson(String chorale, String model, String modelSource, int opening, int notes, double temperature, long seed,
            String midi, String wav, List<NoteJson> openingNotes, List<NoteJson> newNotes, Map<String, Object> measures) {
    }
}

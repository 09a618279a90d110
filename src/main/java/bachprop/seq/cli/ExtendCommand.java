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
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public static final int BPM = Extension.BPM;

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
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("chorale", chorale.id());
        r.put("model", loaded.model().kind());
        r.put("modelSource", loaded.from());
        r.put("opening", opening);
        r.put("notes", notes);
        r.put("temperature", temperature);
        r.put("seed", seed);
        r.put("midi", mid.toString());
        r.put("wav", wav == null ? null : wav.toString());
        r.put("openingNotes", asJson(ext.opening()));
        r.put("newNotes", asJson(ext.added()));
        r.put("measures", ext.measures());
        if (json) {
            out.println(Json.write(r));
        } else {
            out.println(chorale.id() + ": " + ext.opening() + " | " + ext.added());
            out.println("wrote " + mid + (wav == null ? "" : " and " + wav));
        }
        return 0;
    }

    static List<Map<String, Object>> asJson(List<SeqNote> notes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SeqNote n : notes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pitch", n.pitch());
            m.put("duration", n.duration());
            list.add(m);
        }
        return list;
    }
}

package bachprop.seq.cli;

import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.util.BadInputException;
import bachprop.seq.Corpus;
import bachprop.seq.Evaluation;
import bachprop.seq.ModelFileException;
import bachprop.seq.ModelStore;
import bachprop.seq.NoteSequence;
import bachprop.util.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bachprop chorale evaluate --model mlp|ngram|rnn|lstm [--data jsb|uci|PATH] [--split test]
 * [--file MODEL.bpm] [--opening K] [--notes N] [--samples S] [--temperature T] [--seed S] [--json]}.
 * The measures and JSON keys are in docs/sequence-models.md.
 */
public final class EvaluateCommand implements Command {
    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("model", "data", "split", "file", "opening", "notes", "samples", "temperature", "seed"),
            Set.of("json"));
        String kind = args.get("model");
        if (kind == null) {
            throw new BadInputException("--model is required (one of " + String.join(", ", bachprop.seq.SequenceModels.names()) + ")");
        }
        boolean json = args.has("json");
        PrintStream progress = json ? err : out;
        Corpus corpus = TrainCommand.corpus(args.get("data", "jsb"));
        String split = args.get("split", "test");
        List<NoteSequence> melodies;
        try {
            melodies = corpus.split(split);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Evaluation.Options o = new Evaluation.Options(args.getInt("opening", 8), args.getInt("notes", 32), args.getInt("samples", 4),
            args.getDouble("temperature", 1.0), args.getInt("seed", 1));
        ModelStore.Loaded loaded = load(kind, args.get("file"), corpus, progress);
        progress.println("model: " + loaded.model().describe() + " (" + loaded.from() + ")");
        Map<String, Object> result = Evaluation.evaluate(loaded.model(), corpus.name() + ":" + split, melodies, o);
        result.put("modelSource", loaded.from());
        if (json) {
            out.println(Json.write(result));
        } else {
            print(result, out);
        }
        return 0;
    }

    static ModelStore.Loaded load(String kind, String file, Corpus corpus, PrintStream progress) throws Exception {
        ConsoleProgress bar = ConsoleProgress.forStream(progress);
        try {
            return ModelStore.obtain(kind, file == null ? null : Path.of(file), corpus, progress::println, bar);
        } catch (ModelFileException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            bar.finish();
        }
    }

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> r, PrintStream out) {
        Map<String, Object> tf = (Map<String, Object>) r.get("teacherForced");
        Map<String, Object> g = (Map<String, Object>) r.get("generation");
        Map<String, Object> m = (Map<String, Object>) g.get("model");
        Map<String, Object> b = (Map<String, Object>) g.get("bach");
        out.printf("%s on %s (%s melodies, %s notes), teacher-forced:%n", r.get("model"), r.get("data"), r.get("melodies"), tf.get("notes"));
        out.printf("  pitch: %.3f bits per note, top-1 accuracy %.1f%%%n", (Double) tf.get("pitchBitsPerNote"), 100 * (Double) tf.get("pitchAccuracy"));
        out.printf("  duration: %.3f bits per note, accuracy %.1f%%%n", (Double) tf.get("durationBitsPerNote"), 100 * (Double) tf.get("durationAccuracy"));
        out.printf("sampled continuations (opening %s notes, %s new notes, %s samples, T=%s):%n", g.get("opening"), g.get("notes"), g.get("samples"), g.get("temperature"));
        out.printf("  interval histogram KL from Bach's: %.4f bits%n", (Double) g.get("intervalKlBits"));
        out.printf("  %-28s %10s %10s%n", "", "model", "Bach");
        row(out, "mean |interval| (semitones)", m.get("meanAbsInterval"), b.get("meanAbsInterval"));
        row(out, "leaps beyond an octave", m.get("leapsBeyondOctave"), b.get("leapsBeyondOctave"));
        row(out, "share of notes in key", m.get("inKeyShare"), b.get("inKeyShare"));
        row(out, "lowest pitch", m.get("lowest"), b.get("lowest"));
        row(out, "highest pitch", m.get("highest"), b.get("highest"));
        row(out, "mean range (semitones)", m.get("meanRange"), b.get("meanRange"));
    }

    private static void row(PrintStream out, String name, Object model, Object bach) {
        out.printf("  %-28s %10s %10s%n", name, fmt(model), fmt(bach));
    }

    private static String fmt(Object v) {
        return v instanceof Double d ? String.format("%.3f", d) : String.valueOf(v);
    }
}

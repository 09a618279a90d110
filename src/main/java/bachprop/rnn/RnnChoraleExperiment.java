package bachprop.rnn;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.data.DataLocator;
import bachprop.music.data.JsbChorales;
import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the text's RNN on the JSB soprano melodies (rests dropped, as chapter 9 tokenises them)
 * and prints one line per epoch, then the teacher-forced pitch bits per note and top-1 accuracy
 * on the test split — the numbers chapter 8 quotes. Run:
 * {@code java -cp target/classes:$(cat target/runtime.classpath) bachprop.rnn.RnnChoraleExperiment [name value]...}
 * with any {@link RnnModelKind} option (e.g. {@code epochs 20 eta 0.2}).
 */
public final class RnnChoraleExperiment {
    private RnnChoraleExperiment() {
    }

    static List<NoteSequence> notes(List<Melody> melodies) {
        List<NoteSequence> out = new ArrayList<>();
        for (Melody m : melodies) {
            List<SeqNote> n = new ArrayList<>();
            for (Note x : m.withoutRests().notes()) {
                n.add(new SeqNote(x.pitch(), x.duration()));
            }
            out.add(new NoteSequence(m.id(), n));
        }
        return out;
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        JsbChorales jsb = DataLocator.standard(null).jsb()
                .orElseThrow(() -> new IllegalStateException("no JSB chorale data found (try: bachprop data fetch)"));
        TrainingData data = new TrainingData("jsb", notes(jsb.train()), notes(jsb.valid()));
        long start = System.nanoTime();
        SequenceModel model = new RnnModelKind().train(data, new TrainingOptions(options),
                s -> System.out.printf("%s  (%.1f s)%n", s, (System.nanoTime() - start) / 1e9));
        double bits = 0;
        long n = 0;
        long hits = 0;
        for (NoteSequence s : notes(jsb.test())) {
            List<NextNote> p = model.teacherForced(s.notes());
            for (int t = 0; t < p.size(); t++) {
                int pitch = s.notes().get(t).pitch();
                bits -= Math.log(p.get(t).pitchProbability(pitch)) / Math.log(2);
                hits += p.get(t).topPitch() == pitch ? 1 : 0;
                n++;
            }
        }
        System.out.printf("%s%ntest split: %.3f pitch bits per note, top-1 pitch accuracy %.1f%% over %d notes%n",
                model.describe(), bits / n, 100.0 * hits / n, n);
    }
}

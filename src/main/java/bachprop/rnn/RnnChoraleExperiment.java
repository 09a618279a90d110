package bachprop.rnn;

import bachprop.music.data.DataLocator;
import bachprop.music.data.JsbChorales;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.Evaluation;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trains the text's RNN on the JSB soprano melodies (rests dropped, as chapter 9 tokenises them)
 * and prints one line per epoch, then the teacher-forced pitch bits per note and top-1 accuracy
 * on the test split — the numbers chapter 8 quotes. Run:
 * {@code java -cp target/classes:$(cat target/runtime.classpath) bachprop.rnn.RnnChoraleExperiment [name value]...}
 * with any {@link RnnModelKind} option (e.g. {@code epochs 20 eta 0.2}).
 */
public final class RnnChoraleExperiment {
    private RnnChoraleExperiment() {}

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        JsbChorales jsb = DataLocator.standard(null)
                .jsb()
                .orElseThrow(() -> new IllegalStateException("no JSB chorale data found (try: bachprop data fetch)"));
        Corpus corpus = Corpora.jsb(jsb);
        long start = System.nanoTime();
        SequenceModel model = new RnnModelKind()
                .train(
                        corpus.trainingData(),
                        new TrainingOptions(options),
                        s -> System.out.printf("%s  (%.1f s)%n", s, (System.nanoTime() - start) / 1e9));
        Evaluation.TeacherForced test = Evaluation.teacherForced(model, corpus.test());
        System.out.printf(
                "%s%ntest split: %.3f pitch bits per note, top-1 pitch accuracy %.1f%% over %d notes%n",
                model.describe(), test.pitchBitsPerNote(), 100 * test.pitchAccuracy(), test.notes());
    }
}

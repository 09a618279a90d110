package bachprop.seq.lstm;

import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.ModelFile;
import bachprop.seq.SequenceModel;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The measurement behind {@link SamplingChoice} (a benchmark, not a test): for a trained LSTM file
 * and a corpus's VALIDATION split, every sampling candidate's interval KL and leap share, with the
 * file's first network (what {@code train} uses when it has no refit) joined to the file's n-gram, if it has
 * one, and its STM settings (or the
 * default STM if the file has none). The test split is never read. Run:
 * {@code java -cp … bachprop.seq.lstm.SamplingValidation FILE.bpm jsb|uci [seed]}.
 */
public final class SamplingValidation {
    private SamplingValidation() {}

    public static void main(String[] args) throws Exception {
        SequenceModel model = ModelFile.load(Path.of(args[0]));
        StmSettings stm = LongShortTerm.settingsOf(model);
        LstmModel ltm = (LstmModel) (model instanceof LongShortTerm lst ? lst.longTerm() : model);
        Corpus corpus = Corpora.load(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long start = System.nanoTime();
        LstmModel first = new LstmModel(List.of(ltm.network()), Map.of()).withNgram(ltm.ngram, ltm.ngramWeight);
        SamplingChoice.Result r =
                SamplingChoice.choose(first, stm.on() ? stm : StmSettings.DEFAULT, corpus.valid(), seed, 2);
        System.out.println(args[1] + ":valid, " + corpus.valid().size() + " melodies, " + r.samples()
                + " samples per opening, Bach's leap share " + r.bachLeapShare());
        r.candidates().forEach(System.out::println);
        System.out.println("chosen: " + r.chosen());
        System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}

package bachprop.seq.satb;

import bachprop.music.Split;
import bachprop.music.data.DataLocator;
import bachprop.music.data.JsbChorales;
import java.util.List;

/**
 * The JSB chorales as four-voice scores, split as the data is (train 229 / valid 76 / test 77;
 * each split in file-name order). The four-voice task needs the JSB CSVs: UCI holds sopranos only.
 */
public record SatbCorpus(String source, List<SatbScore> train, List<SatbScore> valid, List<SatbScore> test) {
    /** The corpus name in model-file names ({@code satb-ngram-jsb.bpm}). */
    public static final String NAME = "jsb";

    public static SatbCorpus of(JsbChorales jsb) {
        return new SatbCorpus(
                jsb.root().toString(),
                scores(jsb.chorales(Split.TRAIN)),
                scores(jsb.chorales(Split.VALID)),
                scores(jsb.chorales(Split.TEST)));
    }

    /**
     * {@code jsb} (found where {@code bachprop data path} looks) or a folder holding the JSB
     * chorales. @throws IllegalArgumentException saying where it looked, when there are none
     */
    public static SatbCorpus load(String data) {
        if (data.equals("uci")) {
            throw new IllegalArgumentException(
                    "four voices need the JSB chorales (--data jsb or a JSB folder): the UCI chorales hold sopranos only");
        }
        DataLocator at = DataLocator.standard(data.equals(NAME) ? null : data);
        return of(at.jsb().orElseThrow(() -> new IllegalArgumentException(at.missingJsb())));
    }

    private static List<SatbScore> scores(List<JsbChorales.Chorale> chorales) {
        return chorales.stream().map(SatbScore::of).toList();
    }

    /** What a four-voice kind trains on: train, with valid for every choice. */
    public SatbData trainingData() {
        return new SatbData(NAME + " (" + source + ")", train, valid);
    }

    /** {@code train}, {@code valid} or {@code test}. */
    public List<SatbScore> split(String name) {
        return switch (name) {
            case "train" -> train;
            case "valid" -> valid;
            case "test" -> test;
            default -> throw new IllegalArgumentException("unknown split '" + name + "' (train, valid or test)");
        };
    }

    @Override
    public String toString() {
        return "JSB chorales, four voices: " + train.size() + " train / " + valid.size() + " valid / " + test.size()
                + " test (" + source + ")";
    }
}

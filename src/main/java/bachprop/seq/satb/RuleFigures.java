package bachprop.seq.satb;

import bachprop.music.Split;
import bachprop.music.data.DataLocator;
import bachprop.music.data.JsbChorales;
import bachprop.util.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bach's own voice-leading measures on the JSB test split (a measurement, not a test): the whole
 * of the 77 chorales, and the 64-step spans after the 32-step openings that sampled continuations
 * are compared on; also each voice's lowest and highest note in the train split (the ranges of
 * {@link VoiceLeading}). Prints JSON. Run (data from {@code $BACHPROP_DATA} or the usual places):
 * {@code java -cp target/classes:… bachprop.seq.satb.RuleFigures}.
 */
public final class RuleFigures {
    private RuleFigures() {}

    public static void main(String[] args) {
        JsbChorales jsb = DataLocator.standard(args.length > 0 ? args[0] : null)
                .jsb()
                .orElseThrow(() -> new IllegalStateException("no JSB chorales found (set BACHPROP_DATA)"));
        System.out.println(Json.write(figures(jsb)));
    }

    /** The figures as JSON-writable maps. */
    public static Map<String, Object> figures(JsbChorales jsb) {
        List<SatbScore> test = scores(jsb, Split.TEST);
        Continuations.Options o = Continuations.Options.defaults();
        RuleMeasures whole = new RuleMeasures();
        RuleMeasures spans = new RuleMeasures();
        for (SatbScore s : test) {
            whole.add(s.tokens(), 0, s.steps());
            spans.add(s.tokens(), o.opening(), o.opening() + o.steps());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("testChorales", test.size());
        m.put("wholeChorales", whole.toJson());
        m.put("spans", "steps " + o.opening() + ".." + (o.opening() + o.steps() - 1));
        m.put("spanMeasures", spans.toJson());
        m.put("trainRanges", ranges(scores(jsb, Split.TRAIN)));
        return m;
    }

    /** The chorales of a split as token scores. */
    public static List<SatbScore> scores(JsbChorales jsb, Split split) {
        return jsb.chorales(split).stream().map(SatbScore::of).toList();
    }

    /** Each voice's lowest and highest sounding MIDI note, S A T B, as {@code [[low, high], …]}. */
    public static int[][] ranges(List<SatbScore> scores) {
        int[][] r = new int[Tokens.VOICES][];
        for (int v = 0; v < Tokens.VOICES; v++) {
            r[v] = new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE};
        }
        for (SatbScore s : scores) {
            for (int[] step : s.tokens()) {
                for (int v = 0; v < Tokens.VOICES; v++) {
                    if (Tokens.sounding(step[v])) {
                        r[v][0] = Math.min(r[v][0], Tokens.midi(step[v]));
                        r[v][1] = Math.max(r[v][1], Tokens.midi(step[v]));
                    }
                }
            }
        }
        return r;
    }
}

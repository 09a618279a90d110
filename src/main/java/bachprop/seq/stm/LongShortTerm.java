package bachprop.seq.stm;

import bachprop.seq.IntervalCalibration;
import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A trained long-term model (LTM) combined with a {@link ShortTermModel} of the melody being
 * predicted (Conklin & Witten 1995; Pearce 2005): for note t, the LTM's pitch distribution and the
 * STM's (from notes 0..t−1 of this melody) become one by {@link Combination}; the duration is the
 * LTM's. It is the LTM's kind to the rest of the program, and its file is the LTM's payload
 * followed by the {@link StmSettings}.
 */
public final class LongShortTerm implements SequenceModel {
    private final SequenceModel ltm;
    private final StmSettings settings;

    public LongShortTerm(SequenceModel ltm, StmSettings settings) {
        if (ltm instanceof LongShortTerm) {
            throw new IllegalArgumentException("the long-term model already has a short-term model");
        }
        if (!settings.on()) {
            throw new IllegalArgumentException("settings with the STM off: use the long-term model alone");
        }
        this.ltm = ltm;
        this.settings = settings;
    }

    /** The model as the settings say: the LTM alone, or the LTM with an STM. */
    public static SequenceModel of(SequenceModel ltm, StmSettings settings) {
        SequenceModel base = ltm instanceof LongShortTerm lst ? lst.ltm : ltm;
        return settings.on() ? new LongShortTerm(base, settings) : base;
    }

    /** The settings of a model: its own if it has an STM, else {@link StmSettings#OFF}. */
    public static StmSettings settingsOf(SequenceModel model) {
        return model instanceof LongShortTerm lst ? lst.settings : StmSettings.OFF;
    }

    public SequenceModel longTerm() {
        return ltm;
    }

    public StmSettings settings() {
        return settings;
    }

    @Override
    public String kind() {
        return ltm.kind();
    }

    @Override
    public String describe() {
        return ltm.describe() + " + " + settings;
    }

    @Override
    public Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>(ltm.info());
        info.put("stm", settings.toString());
        return info;
    }

    @Override
    public NextNote next(List<SeqNote> soFar) {
        ShortTermModel stm = new ShortTermModel(settings);
        for (SeqNote n : soFar) {
            stm.add(n);
        }
        return combined(ltm.next(soFar), stm);
    }

    /** Element t: the LTM's p(note t | notes < t) with the STM after reading notes 0..t−1 only. */
    @Override
    public List<NextNote> teacherForced(List<SeqNote> melody) {
        List<NextNote> longTerm = ltm.teacherForced(melody);
        ShortTermModel stm = new ShortTermModel(settings);
        List<NextNote> out = new ArrayList<>(melody.size());
        for (int t = 0; t < melody.size(); t++) {
            out.add(combined(longTerm.get(t), stm));
            stm.add(melody.get(t)); // note t is read only after it was predicted
        }
        return out;
    }

    /** The combined pitch distribution, the LTM's duration. */
    private NextNote combined(NextNote longTerm, ShortTermModel stm) {
        return new NextNote(
                settings.combination().combine(longTerm.pitch(), stm.pitch(longTerm.pitch())), longTerm.duration());
    }

    /**
     * Samples note by note; every sampled note is read by the STM too (from the LTM's nucleus, if it
     * has one; from the LTM's own distribution if it {@link LongTermModel#samplesAlone}; reweighted by
     * its {@link LongTermModel#calibration} before the draw).
     */
    @Override
    public List<SeqNote> extend(List<SeqNote> opening, int n, double temperature, Random rng) {
        ShortTermModel stm = new ShortTermModel(settings);
        opening.forEach(stm::add);
        List<SeqNote> melody = new ArrayList<>(opening);
        LongTermModel.Stepper stepper = ltm instanceof LongTermModel s ? s.start(opening) : null;
        double topP = ltm instanceof LongTermModel s ? s.topP() : 1.0;
        boolean alone = ltm instanceof LongTermModel s && s.samplesAlone();
        IntervalCalibration calibration = ltm instanceof LongTermModel s ? s.calibration() : IntervalCalibration.NONE;
        for (int i = 0; i < n; i++) {
            NextNote longTerm = stepper != null ? stepper.next() : ltm.next(melody);
            NextNote p = alone ? longTerm : combined(longTerm, stm); // the STM still reads every note
            SeqNote note = calibration.apply(p, melody).sample(rng, temperature, topP);
            melody.add(note);
            stm.add(note);
            if (stepper != null) {
                stepper.add(note);
            }
        }
        return new ArrayList<>(melody.subList(opening.size(), melody.size()));
    }

    /** The LTM's payload, then the settings. */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        if (!(ltm instanceof LongTermModel body)) {
            throw new IOException("a " + ltm.kind() + " model file cannot store short-term-model settings");
        }
        body.writeBody(out);
        settings.write(out);
    }

    @Override
    public String toString() {
        return "LongShortTerm[" + describe() + "]";
    }
}

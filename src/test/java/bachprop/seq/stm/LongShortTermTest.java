package bachprop.seq.stm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.ModelFile;
import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.Vocab;
import bachprop.seq.lstm.Features;
import bachprop.seq.lstm.Lstm;
import bachprop.seq.lstm.LstmKind;
import bachprop.seq.lstm.LstmModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongShortTermTest {
    /** A melody with a repeated phrase, the second time a tone higher. */
    static final List<SeqNote> MELODY = melody(67, 67, 69, 71, 72, 71, 69, 67, 69, 69, 71, 73, 74, 73, 71, 69, 67, 62);

    static List<SeqNote> melody(int... pitches) {
        List<SeqNote> notes = new ArrayList<>();
        for (int i = 0; i < pitches.length; i++) {
            notes.add(new SeqNote(pitches[i], 1 + i % 4));
        }
        return notes;
    }

    static LstmModel lstm(double topP) {
        return new LstmModel(
                List.of(Lstm.random(Features.WIDTH, 6, Vocab.PITCHES, Vocab.DURATIONS, new Random(3))), Map.of(), topP);
    }

    static List<StmSettings> allSettings() {
        List<StmSettings> all = new ArrayList<>();
        for (ShortTermModel.Viewpoint v : ShortTermModel.Viewpoint.values()) {
            for (Ppm.Escape e : Ppm.Escape.values()) {
                for (Combination.Rule r : Combination.Rule.values()) {
                    all.add(new StmSettings(true, v, 3, e, new Combination(r, r == Combination.Rule.FIXED ? 0.3 : 2)));
                }
            }
        }
        return all;
    }

    /** The LTM seen only through SequenceModel: no stepping, so extension asks next() on every prefix. */
    record Plain(SequenceModel inner) implements SequenceModel {
        public String kind() {
            return inner.kind();
        }

        public String describe() {
            return inner.describe();
        }

        public NextNote next(List<SeqNote> soFar) {
            return inner.next(soFar);
        }

        public void writePayload(DataOutputStream out) throws IOException {
            inner.writePayload(out);
        }
    }

    @Test
    void ppmMatchesHandCountedPpmC() {
        // read 0 1 0 (alphabet 3, orders 0..1): order 0 has c = (2, 1, 0), T = 3, 2 distinct;
        // p0 = c/5 + 2/5 · 1/3 = (8, 5, 2)/15. Context "0" was followed once, by 1: p1 = c/2 + p0/2.
        Ppm ppm = new Ppm(3, 1, Ppm.Escape.C);
        ppm.add(0);
        ppm.add(1);
        ppm.add(0);
        assertArrayEquals(new double[] {4.0 / 15, 2.0 / 3, 1.0 / 15}, ppm.predict(), 1e-15);
        // method X: order 0 has one symbol seen once (1), e = 2: p0 = c/5 + 2/5 · 1/3; order 1: T = 1, one seen once, e
        // = 2
        Ppm x = new Ppm(3, 1, Ppm.Escape.X);
        x.add(0);
        x.add(1);
        x.add(0);
        double[] p0 = {2.0 / 5 + 2.0 / 15, 1.0 / 5 + 2.0 / 15, 2.0 / 15};
        assertArrayEquals(
                new double[] {2.0 / 3 * p0[0], 1.0 / 3 + 2.0 / 3 * p0[1], 2.0 / 3 * p0[2]}, x.predict(), 1e-15);
    }

    @Test
    void everyDistributionSumsToOneWithin1e9IncludingTheFirstNote() {
        for (StmSettings s : allSettings()) {
            LongShortTerm model = new LongShortTerm(lstm(1), s);
            List<NextNote> p = model.teacherForced(MELODY);
            assertEquals(MELODY.size(), p.size());
            for (NextNote n : p) {
                assertEquals(1.0, sum(n.pitch()), 1e-9, s.toString());
                assertEquals(1.0, sum(n.duration()), 1e-9, s.toString());
            }
            ShortTermModel stm = new ShortTermModel(s);
            for (SeqNote n : MELODY) {
                assertEquals(1.0, sum(stm.pitch()), 1e-9, s.toString());
                stm.add(n);
            }
        }
    }

    @Test
    void changingNoteTDoesNotChangeTheDistributionAtTButDoesAtTPlusOne() {
        for (StmSettings s : allSettings()) {
            LongShortTerm model = new LongShortTerm(lstm(1), s);
            for (int t = 0; t + 1 < MELODY.size(); t++) {
                List<SeqNote> changed = new ArrayList<>(MELODY);
                changed.set(
                        t, new SeqNote(MELODY.get(t).pitch() - 5, MELODY.get(t).duration()));
                NextNote before = model.teacherForced(MELODY).get(t);
                NextNote after = model.teacherForced(changed).get(t);
                assertArrayEquals(before.pitch(), after.pitch(), 0.0, s + " peeks at note " + t);
                assertNotEquals(
                        model.teacherForced(MELODY).get(t + 1),
                        model.teacherForced(changed).get(t + 1),
                        s.toString());
            }
        }
    }

    @Test
    void theShortTermModelAloneUsesOnlyTheNotesItWasGiven() {
        ShortTermModel a = new ShortTermModel(ShortTermModel.Viewpoint.BOTH, 4, Ppm.Escape.C);
        ShortTermModel b = new ShortTermModel(ShortTermModel.Viewpoint.BOTH, 4, Ppm.Escape.C);
        for (int t = 0; t < 8; t++) {
            a.add(MELODY.get(t));
            b.add(MELODY.get(t));
        }
        double[] before = a.pitch().clone();
        b.add(MELODY.get(8));
        assertArrayEquals(before, a.pitch(), 0.0);
        assertFalse(Arrays.equals(before, b.pitch()));
    }

    @Test
    void anStmOverTheLtmIsTheLtmBeforeItHasReadAnythingAndNeverPutsLessThanItsShareOnAnyPitch() {
        double[] ltm = lstm(1).next(MELODY.subList(0, 5)).pitch();
        ShortTermModel stm = new ShortTermModel(ShortTermModel.Viewpoint.PITCH_OVER_LTM, 4, Ppm.Escape.C);
        assertArrayEquals(ltm, stm.pitch(ltm), 0.0);
        for (int t = 0; t < 10; t++) {
            stm.add(MELODY.get(t));
        }
        double[] p = stm.pitch(ltm);
        assertEquals(1.0, sum(p), 1e-12);
        // every order escapes to the LTM with weight e/(T + e) > 0, so p(x) ≥ (product of escapes) · p_LTM(x) > 0
        for (int x = 0; x < p.length; x++) {
            assertTrue(p[x] > 0 && p[x] <= 1);
        }
        ShortTermModel plain = new ShortTermModel(ShortTermModel.Viewpoint.PITCH, 4, Ppm.Escape.C);
        for (int t = 0; t < 10; t++) {
            plain.add(MELODY.get(t));
        }
        double[] uniformBase = plain.pitch();
        // a pitch the melody never had and the LTM finds unlikely keeps less mass than under the uniform base
        int far = Vocab.pitchIndex(Vocab.LOWEST);
        assertTrue(p[far] < uniformBase[far], p[far] + " vs " + uniformBase[far]);
    }

    @Test
    void combinationEqualsTheLtmWhenTheStmIsUniformWithin1e12() {
        double[] ltm = lstm(1).next(MELODY.subList(0, 5)).pitch();
        double[] uniform = new double[Vocab.PITCHES];
        Arrays.fill(uniform, 1.0 / uniform.length);
        for (Combination.Rule r : List.of(Combination.Rule.ARITHMETIC, Combination.Rule.GEOMETRIC)) {
            for (double b : new double[] {0, 1, 7}) {
                assertArrayEquals(ltm, new Combination(r, b).combine(ltm, uniform), 1e-12, r + " " + b);
            }
        }
        // and the whole model at t = 0, where the STM has read nothing
        for (StmSettings s : allSettings()) {
            if (s.combination().rule() != Combination.Rule.FIXED) {
                assertArrayEquals(
                        lstm(1).next(List.of()).pitch(),
                        new LongShortTerm(lstm(1), s).next(List.of()).pitch(),
                        1e-12,
                        s.toString());
            }
        }
    }

    @Test
    void theMoreCertainModelWeighsMoreTheLargerTheBias() {
        double[] sharp = {0.9, 0.05, 0.05};
        double[] flat = {0.2, 0.4, 0.4};
        for (Combination.Rule r : List.of(Combination.Rule.ARITHMETIC, Combination.Rule.GEOMETRIC)) {
            double prev = 0;
            for (double b : new double[] {0, 1, 2, 4}) {
                double p = new Combination(r, b).combine(flat, sharp)[0];
                assertTrue(p > prev, r + " bias " + b + ": " + p + " after " + prev);
                prev = p;
            }
        }
        // bias 0: equal weights, the plain mean
        assertArrayEquals(
                new double[] {0.55, 0.225, 0.225},
                new Combination(Combination.Rule.ARITHMETIC, 0).combine(flat, sharp),
                1e-15);
    }

    @Test
    void teacherForcedEqualsNextOnEveryPrefixWithin1e12() {
        for (StmSettings s : allSettings()) {
            LongShortTerm model = new LongShortTerm(lstm(1), s);
            List<NextNote> all = model.teacherForced(MELODY);
            for (int t = 0; t < MELODY.size(); t++) {
                NextNote one = model.next(MELODY.subList(0, t));
                assertArrayEquals(one.pitch(), all.get(t).pitch(), 1e-12, s + " at " + t);
                assertArrayEquals(one.duration(), all.get(t).duration(), 1e-12, s + " at " + t);
            }
        }
    }

    @Test
    void theLstmsSteppingReaderAgreesWithNextOnEveryPrefixWithin1e12() {
        LstmModel lstm = lstm(1);
        LongTermModel.Stepper reader = lstm.start(MELODY.subList(0, 3));
        for (int t = 3; t < MELODY.size(); t++) {
            NextNote stepped = reader.next();
            NextNote whole = lstm.next(MELODY.subList(0, t));
            assertArrayEquals(whole.pitch(), stepped.pitch(), 1e-12, "at " + t);
            assertArrayEquals(whole.duration(), stepped.duration(), 1e-12, "at " + t);
            reader.add(MELODY.get(t));
        }
    }

    @Test
    void extensionFeedsSampledNotesToTheStmAndSteppingMatchesReadingEveryPrefix() {
        StmSettings s = new StmSettings(
                true, ShortTermModel.Viewpoint.PITCH, 4, Ppm.Escape.C, new Combination(Combination.Rule.FIXED, 0.9));
        List<SeqNote> stepped = new LongShortTerm(lstm(1), s).extend(MELODY.subList(0, 6), 20, 1.0, new Random(5));
        List<SeqNote> prefixes =
                new LongShortTerm(new Plain(lstm(1)), s).extend(MELODY.subList(0, 6), 20, 1.0, new Random(5));
        assertEquals(prefixes, stepped);
        assertEquals(20, stepped.size());
        // with λ = 0.9 the STM, which has read the opening and the sampled notes, dominates: few new pitches
        long distinct = stepped.stream().mapToInt(SeqNote::pitch).distinct().count();
        long lstmDistinct = lstm(1).extend(MELODY.subList(0, 6), 20, 1.0, new Random(5)).stream()
                .mapToInt(SeqNote::pitch)
                .distinct()
                .count();
        assertTrue(distinct < lstmDistinct, distinct + " distinct pitches with the STM, " + lstmDistinct + " without");
    }

    @Test
    void aModelFileSaysWhetherItHasAnStmAndAFileWithoutOneIsTheLstmAlone(@TempDir Path dir) throws IOException {
        StmSettings s = new StmSettings(
                true, ShortTermModel.Viewpoint.BOTH, 5, Ppm.Escape.X, new Combination(Combination.Rule.GEOMETRIC, 3));
        LongShortTerm both = new LongShortTerm(lstm(0.98), s);
        ModelFile.save(both, dir.resolve("both.bpm"));
        SequenceModel back = ModelFile.load(dir.resolve("both.bpm"));
        LongShortTerm read = assertInstanceOf(LongShortTerm.class, back);
        assertEquals(s, read.settings());
        assertArrayEquals(Files.readAllBytes(dir.resolve("both.bpm")), ModelFile.toBytes(read));
        assertTrue(ModelFile.header(dir.resolve("both.bpm")).describe().contains("STM both PPM-X orders 0..5"));

        ModelFile.save(lstm(0.98), dir.resolve("alone.bpm"));
        assertInstanceOf(LstmModel.class, ModelFile.load(dir.resolve("alone.bpm")));
        assertSame(StmSettings.OFF, LongShortTerm.settingsOf(ModelFile.load(dir.resolve("alone.bpm"))));

        // a payload v3 (before the STM settings existed) reads as the LSTM alone
        // v5's body: count, top-p, the feature layout (v3 lacks it), the sampling byte (v3 and v4 lack it)
        byte[] body = v5Body(lstm(0.98));
        byte[] v3bytes = new byte[body.length - Integer.BYTES - 1];
        System.arraycopy(body, 0, v3bytes, 0, 8);
        System.arraycopy(body, 13, v3bytes, 8, body.length - 13);
        SequenceModel old = new LstmKind().read(new DataInputStream(new ByteArrayInputStream(v3bytes)), 3);
        assertInstanceOf(LstmModel.class, old);
        assertEquals(ModelFile.load(dir.resolve("alone.bpm")).teacherForced(MELODY), old.teacherForced(MELODY));
        // a payload v4 (layout, no sampling byte; then the STM settings) reads with the mixture sampling
        ByteArrayOutputStream v4 = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(v4)) {
            out.write(body, 0, 12);
            out.write(body, 13, body.length - 13);
            s.write(out);
        }
        LongShortTerm four = assertInstanceOf(
                LongShortTerm.class,
                new LstmKind().read(new DataInputStream(new ByteArrayInputStream(v4.toByteArray())), 4));
        assertEquals(s, four.settings());
        assertFalse(((LstmModel) four.longTerm()).samplesAlone);
        // a payload v5 (the networks not deflated, no n-gram, no calibration) reads as it was written
        ByteArrayOutputStream v5 = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(v5)) {
            out.write(body);
            s.write(out);
        }
        LongShortTerm five = assertInstanceOf(
                LongShortTerm.class,
                new LstmKind().read(new DataInputStream(new ByteArrayInputStream(v5.toByteArray())), 5));
        assertEquals(s, five.settings());
        assertEquals(read.teacherForced(MELODY), five.teacherForced(MELODY));
        assertTrue(((LstmModel) five.longTerm()).calibration().isNone());
        assertNull(((LstmModel) five.longTerm()).ngram);
    }

    /** An LSTM model's payload body as version 5 wrote it (the layout this build reads back from v5 files). */
    static byte[] v5Body(LstmModel m) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(m.networks().size());
            out.writeFloat((float) m.topP);
            out.writeInt(m.layout.number);
            out.writeBoolean(m.samplesAlone);
            for (Lstm n : m.networks()) {
                out.writeInt(n.inputs);
                out.writeInt(n.hidden);
                out.writeInt(n.pitches);
                out.writeInt(n.durations);
                for (double[] row : n.theta) {
                    for (double v : row) {
                        out.writeShort(LstmModel.toBf16(v));
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void switchingTheStmOnAndOffKeepsTheSameLongTermModel() {
        LstmModel ltm = lstm(1);
        StmSettings on = new StmSettings(
                true, ShortTermModel.Viewpoint.PITCH, 4, Ppm.Escape.C, new Combination(Combination.Rule.ARITHMETIC, 1));
        SequenceModel with = LongShortTerm.of(ltm, on);
        assertSame(ltm, LongShortTerm.of(with, on.with(false, 1)));
        assertSame(ltm, ((LongShortTerm) LongShortTerm.of(with, on.with(true, 2))).longTerm());
        assertThrows(IllegalArgumentException.class, () -> new LongShortTerm(ltm, StmSettings.OFF));
        assertThrows(IllegalArgumentException.class, () -> new Combination(Combination.Rule.FIXED, 1.5));
    }

    @Test
    void toStringNamesTheLongTermModelAndTheStm() {
        StmSettings s = new StmSettings(
                true,
                ShortTermModel.Viewpoint.INTERVAL,
                4,
                Ppm.Escape.C,
                new Combination(Combination.Rule.GEOMETRIC, 2));
        assertEquals(
                "LongShortTerm[LSTM " + Features.WIDTH + "→6→46+16 ("
                        + lstm(1).networks().get(0).parameterCount()
                        + " parameters) + STM interval PPM-C orders 0..4, entropy-weighted geometric, bias 2.0]",
                new LongShortTerm(lstm(1), s).toString());
        assertEquals("lstm", new LongShortTerm(lstm(1), s).kind());
    }

    static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }
}

package bachprop.seq.satb.viz;

import bachprop.chorale.plot.FourVoiceRollModel;
import bachprop.chorale.plot.FourVoiceRollModel.Mark;
import bachprop.chorale.plot.FourVoiceRollModel.Shape;
import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceSampler;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import bachprop.seq.satb.VoiceLeading.Kind;
import bachprop.seq.satb.VoiceLeading.Violation;
import bachprop.viz.Stepping;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The chapter-10 four-voice rolls without pixels: Bach's chorale, the model's continuation of the
 * same opening, and the model's continuation with the voice-leading rules enforced while sampling
 * (the same seed), each with its violations. Stepping reveals the continuations a beat (four
 * sixteenths) at a time, all three together, from the opening alone.
 */
public final class FourVoicesModel implements Stepping {
    /** One press of → shows one more crotchet beat of each continuation. */
    public static final int BEAT = 4;

    /** What the rolls are, in order. */
    public static final List<String> NAMES = List.of("Bach", "model", "model + rules");

    /** The voice-leading measures a score is checked with ({@code VoiceLeading::violations}; a stand-in in tests). */
    @FunctionalInterface
    public interface Rules {
        List<Violation> of(int[][] score);
    }

    /** One roll: its name, the whole score (opening, then continuation) and every violation in it. */
    public record Roll(String name, int[][] tokens, List<Violation> violations) {
        @Override
        public String toString() {
            return name + " [" + tokens.length + " steps, " + violations.size() + " violations]";
        }
    }

    private final SatbScore bach;
    private final int opening;
    private final int steps;
    private final String kind;
    private final String missing;
    private final double temperature;
    private final long seed;
    private final List<Roll> rolls = new ArrayList<>();
    private int revealed;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param model   the four-voice model, or null (then only Bach's roll is shown)
     * @param missing why the model is missing or not the kind asked for, or null
     * @param opening Bach's steps every roll starts with
     * @param steps   the sixteenth steps each continuation adds
     */
    public FourVoicesModel(
            SatbScore bach,
            int opening,
            int steps,
            String kind,
            FourVoiceModel model,
            String missing,
            Rules rules,
            double temperature,
            long seed) {
        if (opening < 1 || opening >= bach.steps()) {
            throw new IllegalArgumentException(
                    "the opening must keep 1.." + (bach.steps() - 1) + " steps of " + bach.id() + ", not " + opening);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("the continuation must have at least one step, not " + steps);
        }
        this.bach = bach;
        this.opening = opening;
        this.steps = steps;
        this.kind = kind;
        this.missing = missing;
        this.temperature = temperature;
        this.seed = seed;
        int[][] bachTokens = bach.opening(opening + steps).tokens();
        rolls.add(new Roll(NAMES.get(0), bachTokens, rules.of(bachTokens)));
        if (model != null) {
            int[][] start = bach.opening(opening).tokens();
            for (boolean enforce : new boolean[] {false, true}) {
                int[][] s = FourVoiceSampler.extend(
                        model, start, steps, new FourVoiceSampler.Options(temperature, enforce, seed));
                rolls.add(new Roll(NAMES.get(enforce ? 2 : 1), s, rules.of(s)));
            }
        }
        revealed = 0; // the opening alone: each → adds a beat, as a lecture goes through it
    }

    public List<Roll> rolls() {
        return List.copyOf(rolls);
    }

    /** Why the model's two rolls are missing (or are another kind's), or null when all is as asked. */
    public String missing() {
        return missing;
    }

    public String kind() {
        return kind;
    }

    public SatbScore bach() {
        return bach;
    }

    public int opening() {
        return opening;
    }

    /** How many sixteenth steps of roll i are on show: the opening and the revealed beats. */
    public int shown(int i) {
        return Math.min(rolls.get(i).tokens().length, opening + Math.min(steps, revealed * BEAT));
    }

    /** Roll i's violations on show (at a step already shown). */
    public List<Violation> shownViolations(int i) {
        int n = shown(i);
        return rolls.get(i).violations().stream().filter(v -> v.step() < n).toList();
    }

    /** Roll i's violations on show after the opening (the opening is Bach's in all three rolls). */
    public List<Violation> added(int i) {
        return shownViolations(i).stream().filter(v -> v.step() >= opening).toList();
    }

    /** Roll i as a piano roll: its title with the count, every roll on one pitch scale, marks on show. */
    public FourVoiceRollModel roll(int i) {
        List<int[][]> all = new ArrayList<>();
        for (Roll r : rolls) {
            all.add(midi(r.tokens()));
        }
        int[] range = FourVoiceRollModel.range(all);
        List<Mark> marks = new ArrayList<>();
        for (Violation v : shownViolations(i)) {
            marks.add(new Mark(v.step(), v.upper(), v.lower(), shape(v.kind())));
        }
        Roll r = rolls.get(i);
        String title = r.name() + (i == 0 ? " — " + bach.id() : " — " + kind) + " · " + count(added(i).size());
        return new FourVoiceRollModel(title, all.get(i), opening, shown(i), range[0], range[1], marks);
    }

    /** "no violations after the opening", "1 violation …", "3 violations …". */
    static String count(int n) {
        return (n == 0 ? "no" : String.valueOf(n)) + (n == 1 ? " violation" : " violations") + " after the opening";
    }

    static Shape shape(Kind k) {
        return switch (k) {
            case PARALLEL_FIFTH, PARALLEL_OCTAVE -> Shape.PARALLEL;
            case CROSSING -> Shape.CROSSING;
            case SPACING -> Shape.SPACING;
            case RANGE -> Shape.RANGE;
        };
    }

    static int[][] midi(int[][] tokens) {
        int[][] out = new int[tokens.length][Tokens.VOICES];
        for (int t = 0; t < tokens.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                out[t][v] = Tokens.midi(tokens[t][v]);
            }
        }
        return out;
    }

    /** Roll i's four voices to play (each a run of one token a note; the whole roll, shown or not). */
    public List<Line> lines(int i) {
        int[][] s = rolls.get(i).tokens();
        List<Line> lines = new ArrayList<>();
        for (int v = 0; v < Tokens.VOICES; v++) {
            List<Note> notes = new ArrayList<>();
            int t = 0;
            while (t < s.length) {
                int end = t + 1;
                while (end < s.length && s[end][v] == s[t][v]) {
                    end++;
                }
                int p = Tokens.midi(s[t][v]);
                notes.add(p == 0 ? Note.rest(end - t) : new Note(p, end - t));
                t = end;
            }
            lines.add(Line.of(Tokens.VOICE_NAMES[v], notes));
        }
        return lines;
    }

    @Override
    public int step() {
        return revealed;
    }

    /** One step per beat of the continuation: positions 0..count(). */
    @Override
    public int count() {
        return (steps + BEAT - 1) / BEAT;
    }

    @Override
    public boolean forward() {
        if (revealed >= count()) {
            return false;
        }
        revealed++;
        changed();
        return true;
    }

    @Override
    public boolean back() {
        if (revealed <= 0) {
            return false;
        }
        revealed--;
        changed();
        return true;
    }

    @Override
    public void reset() {
        revealed = 0;
        changed();
    }

    public void seek(int beats) {
        revealed = Math.max(0, Math.min(count(), beats));
        changed();
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chorale", bach.id());
        m.put("opening", opening);
        m.put("continuationSteps", steps); // sixteenths; "steps" is the visualiser's last step (beats)
        m.put("shownSteps", shown(0));
        m.put("model", kind);
        m.put("temperature", temperature);
        m.put("seed", seed);
        List<Object> per = new ArrayList<>();
        for (int i = 0; i < rolls.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("roll", rolls.get(i).name());
            r.put("violationsAfterOpening", added(i).size());
            Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
            for (Violation v : added(i)) {
                byKind.merge(v.kind(), 1, Integer::sum);
            }
            Map<String, Object> named = new LinkedHashMap<>();
            byKind.forEach((k, n) -> named.put(k.name().toLowerCase(Locale.ROOT), n));
            r.put("byKind", named);
            List<Object> marks = new ArrayList<>();
            for (Violation v : shownViolations(i)) {
                marks.add(Map.of(
                        "step",
                        v.step(),
                        "upper",
                        v.upper(),
                        "lower",
                        v.lower(),
                        "kind",
                        v.kind().name()));
            }
            r.put("violations", marks);
            per.add(r);
        }
        m.put("rolls", per);
        if (missing != null) {
            m.put("missing", missing);
        }
        return m;
    }

    @Override
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    @Override
    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public String toString() {
        return "FourVoicesModel[" + bach.id() + ", opening " + opening + ", " + revealed + "/" + count() + " beats, "
                + rolls + "]";
    }
}

package bachprop.seq.satb.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chorale.plot.FourVoiceRollModel;
import bachprop.chorale.plot.FourVoiceRollModel.Mark;
import bachprop.chorale.plot.FourVoiceRollModel.Shape;
import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.seq.satb.VoiceLeading;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four-voice rolls without pixels, on a hand-made chorale with one parallel fifth at step 4. */
class FourVoicesModelTest {
    static FourVoicesModel bachOnly() {
        return new FourVoicesModel(
                HandMadeScores.parallelFifth(), 2, 10, "satb", null, "none here", VoiceLeading::violations, 1.0, 1);
    }

    @Test
    void theRulesFindExactlyTheParallelFifthBetweenSopranoAndBassAtStep4() {
        var v = VoiceLeading.violations(HandMadeScores.parallelFifth().tokens());
        assertEquals(1, v.size(), v.toString());
        assertEquals(4, v.get(0).step());
        assertEquals(0, v.get(0).upper());
        assertEquals(3, v.get(0).lower());
    }

    @Test
    void theParallelFifthIsMarkedBetweenSopranoAndBassOnceStep4IsShownAndNotBefore() {
        FourVoicesModel m = bachOnly();
        assertEquals(3, m.count(), "10 steps after the opening are three beats of 4");
        m.reset();
        assertEquals(2, m.shown(0), "at the start only the opening (2 steps) is shown");
        assertTrue(m.roll(0).marks().isEmpty(), "the fifth at step 4 is not shown yet");
        assertTrue(
                m.roll(0).title().contains("no violations after the opening"),
                m.roll(0).title());
        assertTrue(m.forward());
        assertEquals(6, m.shown(0), "one beat more: steps 0..5");
        FourVoiceRollModel roll = m.roll(0);
        assertEquals(List.of(new Mark(4, 0, 3, Shape.PARALLEL)), roll.marks());
        assertTrue(roll.title().contains("1 violation after the opening"), roll.title());
        assertTrue(m.forward() && m.forward() && !m.forward(), "three beats, then the end");
        assertEquals(12, m.shown(0));
        assertTrue(m.back());
        assertEquals(10, m.shown(0));
    }

    @Test
    void theNumbersCountTheViolationAfterTheOpeningAndNameItsStepAndVoices() {
        FourVoicesModel m = bachOnly();
        m.seek(m.count());
        Map<String, Object> n = m.numbers();
        assertEquals("hand:fifth", n.get("chorale"));
        assertEquals(12, n.get("shownSteps"));
        @SuppressWarnings("unchecked")
        Map<String, Object> bach = ((List<Map<String, Object>>) n.get("rolls")).get(0);
        assertEquals(1, bach.get("violationsAfterOpening"));
        assertEquals(Map.of("parallel_fifth", 1), bach.get("byKind"));
        assertEquals(
                List.of(Map.of("step", 4, "upper", 0, "lower", 3, "kind", "PARALLEL_FIFTH")), bach.get("violations"));
        assertEquals("none here", n.get("missing"));
    }

    @Test
    void aViolationInsideTheOpeningIsDrawnButNotCountedAsTheContinuations() {
        FourVoicesModel m = new FourVoicesModel(
                HandMadeScores.parallelFifth(), 6, 6, "satb", null, "none here", VoiceLeading::violations, 1.0, 1);
        assertEquals(6, m.shown(0), "the opening alone at the start");
        assertEquals(1, m.roll(0).marks().size(), "the fifth at step 4 is in the opening and drawn");
        assertEquals(0, m.added(0).size(), "but it is Bach's opening, not the continuation's");
    }

    @Test
    void withoutAModelOnlyBachsRollIsShownAndTheReasonIsKept() {
        FourVoicesModel m = bachOnly();
        assertEquals(1, m.rolls().size());
        assertEquals("none here", m.missing());
        assertEquals("satb", m.kind());
    }

    @Test
    void everyRollSharesOnePitchScaleAroundItsNotes() {
        FourVoiceRollModel r = bachOnly().roll(0);
        assertEquals(52, r.low(), "F3 (53) padded by one");
        assertEquals(75, r.high(), "D5 (74) padded by one");
    }

    @Test
    void listeningPlaysFourLinesEachARunOfOnePitchANote() {
        List<Line> lines = bachOnly().lines(0);
        assertEquals(4, lines.size());
        assertEquals(List.of(new Note(72, 4), new Note(74, 8)), lines.get(0).notes());
        assertEquals(List.of(new Note(53, 4), new Note(55, 8)), lines.get(3).notes());
        assertEquals("bass", lines.get(3).name());
    }

    @Test
    void anOpeningOutsideTheChoraleIsRefusedNamingTheRange() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new FourVoicesModel(
                        HandMadeScores.parallelFifth(), 12, 4, "satb", null, "", VoiceLeading::violations, 1, 1));
        assertTrue(e.getMessage().contains("1..11"), e.getMessage());
    }

    @Test
    void theModelWithTheRulesWritesNoParallelWhereTheFreeModelWritesThemAtEveryStep() {
        FourVoicesModel m = new FourVoicesModel(
                HandMadeScores.parallelFifth(),
                2,
                4,
                "lockstep",
                new LockstepModel(),
                null,
                VoiceLeading::violations,
                1.0,
                3);
        m.seek(m.count());
        assertEquals(
                List.of("Bach", "model", "model + rules"),
                m.rolls().stream().map(FourVoicesModel.Roll::name).toList());
        long free = parallels(m, 1);
        long kept = parallels(m, 2);
        assertTrue(free >= 6, "S–B fifths, T–B fifths and S–T octaves moving up together: " + m.added(1));
        assertEquals(0, kept, "the rules enforced while sampling: " + m.added(2));
        assertEquals(
                List.of(m.rolls().get(1).tokens()[0][0], m.rolls().get(1).tokens()[1][0]),
                List.of(m.rolls().get(2).tokens()[0][0], m.rolls().get(2).tokens()[1][0]),
                "the same opening in both");
        assertTrue(
                m.roll(2).title().startsWith("model + rules — lockstep"),
                m.roll(2).title());
    }

    static long parallels(FourVoicesModel m, int roll) {
        return m.added(roll).stream()
                .filter(v ->
                        v.kind() == VoiceLeading.Kind.PARALLEL_FIFTH || v.kind() == VoiceLeading.Kind.PARALLEL_OCTAVE)
                .count();
    }
}

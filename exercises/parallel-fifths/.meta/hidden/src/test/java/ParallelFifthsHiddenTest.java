import bachprop.grade.api.Check;
import bachprop.seq.satb.Tokens;
import bachprop.seq.satb.VoiceLeading;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hidden from students (the pack leaves it out): parallel fifths on progressions the visible tests
 * never use, compared with the program's own rule ({@code bachprop.seq.satb.VoiceLeading}, the
 * one the four-voice sampler keeps), so that a table of the visible answers does not pass.
 */
class ParallelFifthsHiddenTest {

    static boolean programSaysFifth(int ub, int lb, int ua, int la) {
        return VoiceLeading.parallel(Tokens.token(ub), Tokens.token(lb), Tokens.token(ua), Tokens.token(la))
                == VoiceLeading.Kind.PARALLEL_FIFTH;
    }

    @Test
    @Tag("task:2")
    void parallelFifthAgreesWithTheProgramOnRandomPairsOfIntervals() {
        Random rng = new Random(1750);
        int fifths = 0;
        for (int i = 0; i < 2000; i++) {
            int lb = 40 + rng.nextInt(21);
            int ub = i % 3 == 0 ? lb + 7 + 12 * rng.nextInt(2) : 40 + rng.nextInt(36);
            int la = lb + rng.nextInt(7) - 3;
            int ua = Math.min(81, i % 2 == 0 ? la + 7 : ub + rng.nextInt(7) - 3);
            boolean expected = programSaysFifth(ub, lb, ua, la);
            fifths += expected ? 1 : 0;
            Check.near("parallelFifth(" + ub + ", " + lb + ", " + ua + ", " + la + ")", expected ? 1 : 0,
                    ParallelFifths.parallelFifth(ub, lb, ua, la) ? 1 : 0, 0);
        }
        Check.near("at least 100 of the random cases are parallel fifths", 1, fifths >= 100 ? 1 : 0, 0);
    }

    @Test
    @Tag("task:3")
    void countParallelFifthsAgreesWithTheProgramOnRandomFourVoiceScores() {
        Random rng = new Random(1751);
        for (int trial = 0; trial < 50; trial++) {
            int[][] score = new int[40][4];
            int[][] tokens = new int[40][4];
            for (int t = 0; t < score.length; t++) {
                for (int v = 0; v < 4; v++) {
                    int r = rng.nextInt(10);
                    score[t][v] = t > 0 && r < 3 ? score[t - 1][v] : r == 3 ? 0 : 72 - 8 * v + rng.nextInt(9) - 4;
                    tokens[t][v] = Tokens.token(score[t][v]);
                }
            }
            long expected = VoiceLeading.violations(tokens).stream()
                    .filter(x -> x.kind() == VoiceLeading.Kind.PARALLEL_FIFTH)
                    .count();
            Check.near("countParallelFifths(random score " + trial + ")", expected,
                    ParallelFifths.countParallelFifths(score), 0);
        }
    }
}

package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.Surprise;
import bachprop.seq.Surprise.NoteSurprise;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The LSTM overrides both {@code teacherForced} (one pass) and {@code extend} (its nucleus): the
 * surprise of the notes it samples, read through the one pass, is the probability its distribution
 * gave each note at the step it was drawn (asked again note by note with {@code next}).
 */
class LstmSurpriseTest {
    @Test
    void theSurpriseOfSampledNotesIsWhatTheLstmsOwnDistributionGaveThemWithinOneInTenBillion() {
        List<Lstm> nets = List.of(
                Lstm.random(Features.WIDTH, 8, 46, 16, new Random(1)),
                Lstm.random(Features.WIDTH, 8, 46, 16, new Random(2)));
        LstmModel model = new LstmModel(nets, Map.of(), 0.9);
        List<SeqNote> opening = List.of(new SeqNote(67, 4), new SeqNote(69, 2), new SeqNote(71, 2));
        List<SeqNote> all = new ArrayList<>(opening);
        all.addAll(model.extend(opening, 12, 1.0, new Random(9)));
        List<NoteSurprise> s = Surprise.of(model, all, opening.size());
        for (int t = 0; t < all.size(); t++) {
            NextNote p = model.next(all.subList(0, t));
            double ic = -Math.log(p.pitchProbability(all.get(t).pitch())) / Math.log(2);
            assertEquals(ic, s.get(t).icBits(), 1e-10 * Math.max(1, ic), "note " + t);
            assertEquals(Surprise.entropy(p.pitch()), s.get(t).entropyBits(), 1e-10, "note " + t);
        }
    }
}

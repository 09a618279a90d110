package bachprop.seq.stm;

import bachprop.seq.IntervalCalibration;
import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What a long-term model offers {@link LongShortTerm} beyond {@link bachprop.seq.SequenceModel}:
 * reading a melody one note at a time (a recurrent model carrying its state, so that extension
 * runs in O(n)), its sampling nucleus, and its payload without the STM settings that its kind
 * appends (so a file says whether it has an STM).
 */
public interface LongTermModel {
    /** A reader that has read {@code opening}. */
    Stepper start(List<SeqNote> opening);

    /** The nucleus the model samples from (1 = the whole distribution, as a counting model samples). */
    default double topP() {
        return 1.0;
    }

    /**
     * Whether, combined with a short-term model, it is sampled from its own distribution (true)
     * rather than the combination's; the combination scores either way.
     */
    default boolean samplesAlone() {
        return false;
    }

    /**
     * The reweighting of intervals applied before a note is drawn (never to what is scored); see
     * {@link IntervalCalibration}.
     */
    default IntervalCalibration calibration() {
        return IntervalCalibration.NONE;
    }

    /** The payload up to the {@link StmSettings} that end it. */
    void writeBody(DataOutputStream out) throws IOException;

    /** The state after the notes read so far. */
    interface Stepper {
        /** p(next note | the notes read). */
        NextNote next();

        /** Reads one more note. */
        void add(SeqNote note);
    }
}

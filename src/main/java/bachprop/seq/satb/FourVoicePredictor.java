package bachprop.seq.satb;

/**
 * A four-voice model reading a chorale token by token, in the task's order: at each step the
 * soprano, then alto, tenor and bass. {@link #next()} is p(token of the current voice | all earlier
 * steps, the voices above it at this step); {@link #choose} fixes that voice's token (Bach's when
 * teacher-forced, a sampled one when extending, the given melody's when harmonising) and moves on,
 * after the bass to the next step's soprano.
 */
public interface FourVoicePredictor {
    /** The step being predicted (0 = the first, from an empty context). */
    int step();

    /** The voice being predicted at {@link #step()} (0 soprano … 3 bass). */
    int voice();

    /** A fresh array of {@link Tokens#COUNT} probabilities summing to 1. */
    double[] next();

    /** Fixes the current voice's token and moves to the next voice (or step). */
    void choose(int token);
}

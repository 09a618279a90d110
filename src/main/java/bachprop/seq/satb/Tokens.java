package bachprop.seq.satb;

/**
 * The four-voice task's alphabet: one token per voice per sixteenth step, 47 values — {@code 0}
 * for no note (a rest), {@code 1..46} for MIDI 36..81, as in the JSB CSV. A held note and a
 * repeated note are the same token on consecutive steps (the CSV cannot tell them apart).
 */
public final class Tokens {
    /** How many token values there are. */
    public static final int COUNT = 47;
    /** The rest token. */
    public static final int REST = 0;
    /** The lowest and highest MIDI numbers a token stands for. */
    public static final int LOW_MIDI = 36;

    public static final int HIGH_MIDI = 81;
    /** The voices, top down, in the order a step is predicted. */
    public static final int SOPRANO = 0;

    public static final int ALTO = 1;
    public static final int TENOR = 2;
    public static final int BASS = 3;
    public static final int VOICES = 4;
    /** Names of the voices, top down. */
    public static final String[] VOICE_NAMES = {"soprano", "alto", "tenor", "bass"};

    private Tokens() {}

    /** The token of a CSV value: {@code 0} stays 0 (no note), MIDI 36..81 become 1..46. */
    public static int token(int midi) {
        if (midi == 0) {
            return REST;
        }
        if (midi < LOW_MIDI || midi > HIGH_MIDI) {
            throw new IllegalArgumentException("MIDI " + midi + " is outside the four-voice range 36..81");
        }
        return midi - LOW_MIDI + 1;
    }

    /** The MIDI number of a token, 0 for the rest token. */
    public static int midi(int token) {
        if (token < 0 || token >= COUNT) {
            throw new IllegalArgumentException("token " + token + " is outside 0.." + (COUNT - 1));
        }
        return token == REST ? 0 : token + LOW_MIDI - 1;
    }

    public static boolean sounding(int token) {
        return token != REST;
    }
}

package bachprop.seq.satb;

import bachprop.music.data.JsbChorales;
import java.util.Arrays;

/**
 * A four-voice chorale as tokens ({@link Tokens}): {@code tokens[t][v]} is voice v (0 soprano …
 * 3 bass) at sixteenth step t. The id is the split and the file number, e.g. {@code test:12}.
 */
public record SatbScore(String id, int[][] tokens) {
    public SatbScore {
        for (int t = 0; t < tokens.length; t++) {
            if (tokens[t].length != Tokens.VOICES) {
                throw new IllegalArgumentException(id + ": step " + t + " has " + tokens[t].length + " voices, not 4");
            }
        }
    }

    /** The chorale's CSV values as tokens; the id is {@code split:number}. */
    public static SatbScore of(JsbChorales.Chorale c) {
        int[][] tokens = new int[c.length()][Tokens.VOICES];
        for (int t = 0; t < c.length(); t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                tokens[t][v] = Tokens.token(c.steps()[t][v]);
            }
        }
        return new SatbScore(c.split().label() + ":" + number(c.id()), tokens);
    }

    /** The number in a chorale's file name ({@code chorale_012} → 12), else the id itself. */
    static String number(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() ? id : String.valueOf(Integer.parseInt(digits));
    }

    public int steps() {
        return tokens.length;
    }

    public int token(int t, int v) {
        return tokens[t][v];
    }

    /** The first {@code n} steps (a copy). */
    public SatbScore opening(int n) {
        int[][] head = new int[Math.min(n, tokens.length)][];
        for (int t = 0; t < head.length; t++) {
            head[t] = tokens[t].clone();
        }
        return new SatbScore(id, head);
    }

    @Override
    public String toString() {
        return id + " [" + tokens.length + " sixteenths × 4 voices]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SatbScore s && s.id.equals(id) && Arrays.deepEquals(s.tokens, tokens);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.deepHashCode(tokens);
    }
}

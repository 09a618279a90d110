package bachprop.seq.satb.ngram;

import bachprop.seq.satb.Tokens;

/**
 * One thing a context of the four-voice n-gram reads about token (t, v), from what the task allows:
 * the steps before t and the voices above v at step t. Pitches are read relative to the reference
 * r (the voice's last sounding token before t), so a context is the same in every key.
 */
record Feature(Type type, int arg) {
    enum Type {
        /** Voice {@code arg} at step t (a voice above v), relative to r. */
        NOW,
        /** Voice {@code arg} at step t − 1, relative to r. */
        BEFORE,
        /** The voice's own {@code arg}-th last move: the interval into its {@code arg}-th last distinct pitch. */
        MOVE,
        /** The step's position in a group of {@code arg} sixteenths (t mod arg). */
        POSITION,
        /** How many steps the voice's token at t − 1 has lasted (1..16, longer counts as 16). */
        HELD,
        /** Which voices above v change at step t (one bit each). */
        CHANGED_ABOVE,
        /**
         * r's degree above the chorale's first bass note (the tonic of its opening chord, heard
         * before t), 12 more in minor (a minor third above that bass in the opening chord); 0 before
         * the first bass note is heard.
         */
        DEGREE,
        /**
         * The pitch classes, relative to r, of the voices above v at t (for the soprano: of the
         * others at t − 1), one bit each; {@code arg} 1 reads the voices below v at t − 1 instead.
         */
        CHORD
    }

    /** The symbol of a rest, and the number of relative symbols (0 rest, 2..92 an interval + 47). */
    static final int REST = 0;

    static final int LIMIT = 2 * Tokens.COUNT;

    static Feature now(int voice) {
        return new Feature(Type.NOW, voice);
    }

    static Feature before(int voice) {
        return new Feature(Type.BEFORE, voice);
    }

    static Feature move(int k) {
        return new Feature(Type.MOVE, k);
    }

    static Feature position(int group) {
        return new Feature(Type.POSITION, group);
    }

    static Feature held() {
        return new Feature(Type.HELD, 0);
    }

    static Feature degree() {
        return new Feature(Type.DEGREE, 0);
    }

    static Feature chordAbove() {
        return new Feature(Type.CHORD, 0);
    }

    static Feature chordBelow() {
        return new Feature(Type.CHORD, 1);
    }

    static Feature changedAbove() {
        return new Feature(Type.CHANGED_ABOVE, 0);
    }

    /** The value at (t, v) of score {@code x} (rows up to t; row t filled above v), with reference r. */
    int value(int[][] x, int t, int v, int r) {
        return switch (type) {
            case NOW -> arg < v ? relative(x[t][arg], r) : LIMIT - 1;
            case BEFORE -> t > 0 ? relative(x[t - 1][arg], r) : LIMIT - 1;
            case MOVE -> move(x, t, v, arg);
            case POSITION -> t % arg;
            case HELD -> held(x, t, v);
            case CHANGED_ABOVE -> changedAbove(x, t, v);
            case DEGREE -> degree(x, t, r);
            case CHORD -> chord(x, t, v, r, arg == 1);
        };
    }

    private static int chord(int[][] x, int t, int v, int r, boolean below) {
        int bits = 0;
        for (int u = 0; u < Tokens.VOICES; u++) {
            boolean now = !below && u < v;
            boolean before = below ? u > v : (v == Tokens.SOPRANO && u != v);
            int token = now ? x[t][u] : before && t > 0 ? x[t - 1][u] : Feature.REST;
            if (Tokens.sounding(token)) {
                bits |= 1 << Math.floorMod(token - r, 12);
            }
        }
        return bits;
    }

    private static int degree(int[][] x, int t, int r) {
        for (int s = 0; s < t; s++) {
            int bass = x[s][Tokens.BASS];
            if (Tokens.sounding(bass)) {
                int minor = 0;
                for (int u = 0; u < Tokens.BASS; u++) {
                    if (Tokens.sounding(x[s][u]) && Math.floorMod(x[s][u] - bass, 12) == 3) {
                        minor = 12;
                    }
                }
                return 1 + Math.floorMod(r - bass, 12) + minor;
            }
        }
        return 0;
    }

    /** A token relative to r: 1..93 for a sounding one (the interval + 47), {@link #REST} for a rest. */
    static int relative(int token, int r) {
        return Tokens.sounding(token) ? token - r + Tokens.COUNT : REST;
    }

    private static int held(int[][] x, int t, int v) {
        int n = 0;
        while (n < 16 && t - 1 - n >= 0 && x[t - 1 - n][v] == x[t - 1][v]) {
            n++;
        }
        return n;
    }

    private static int changedAbove(int[][] x, int t, int v) {
        int bits = 0;
        for (int u = 0; u < v; u++) {
            if (t == 0 || x[t][u] != x[t - 1][u]) {
                bits |= 1 << u;
            }
        }
        return bits;
    }

    /** The interval into the k-th last distinct sounding pitch of voice v before t (0 when there is none). */
    private static int move(int[][] x, int t, int v, int k) {
        int s = t - 1;
        int current = -1;
        int previous = -1;
        int moves = 0;
        while (s >= 0) {
            int token = x[s][v];
            s--;
            if (!Tokens.sounding(token)) {
                continue;
            }
            if (current < 0) {
                current = token;
            } else if (token != current) {
                previous = current;
                current = token;
                moves++;
                if (moves == k) {
                    return previous - current + Tokens.COUNT;
                }
            }
        }
        return REST;
    }

    @Override
    public String toString() {
        return switch (type) {
            case NOW -> Tokens.VOICE_NAMES[arg].charAt(0) + "@t";
            case BEFORE -> Tokens.VOICE_NAMES[arg].charAt(0) + "@t-1";
            case MOVE -> "move " + arg;
            case POSITION -> "t mod " + arg;
            case HELD -> "held";
            case CHANGED_ABOVE -> "changed above";
            case DEGREE -> "degree";
            case CHORD -> arg == 1 ? "chord below at t-1" : "chord above";
        };
    }
}

package bachprop.seq.satb.io;

import bachprop.seq.Key;
import bachprop.seq.satb.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * A four-voice score as MusicXML 4.0 (partwise): four parts, Soprano, Alto, Tenor and Bass, on
 * treble, treble, treble-8vb ({@code G} clef on line 2 an octave down) and bass clefs; 4 divisions
 * per quarter (one per sixteenth step); a note held across a bar line is split there and tied;
 * inside a bar a length no single note value holds is written as tied notes. Every measure is full:
 * silence before the first step (an upbeat, {@link Layout#offset()}) and after the last is written
 * as rests — no pickup measure. Pitches are named by {@link Spelling} in the layout's key, with an
 * accidental wherever the key signature and the notes earlier in the bar do not already give it.
 */
public final class MusicXml {
    /**
     * How to lay the score out: a title, the bar length in sixteenths (16 = 4/4, 12 = 3/4), where in
     * the first bar step 0 falls (sixteenths after the bar line), and the key (for the signature and
     * the spelling).
     */
    public record Layout(String title, int bar, int offset, int fifths, boolean minor) {
        public Layout {
            if (bar < 2 || bar % 2 != 0) {
                throw new IllegalArgumentException("a bar of " + bar + " sixteenths cannot be written");
            }
            if (offset < 0 || offset >= bar) {
                throw new IllegalArgumentException("the offset " + offset + " is outside the first bar of " + bar);
            }
        }

        /** 4/4 from the bar line in {@code key}. */
        public static Layout of(String title, Key key) {
            return new Layout(title, 16, 0, fifths(key), key.minor());
        }

        /** The key signature of a key: its major key's place on the line of fifths, −5..6. */
        public static int fifths(Key key) {
            int major = key.minor() ? (key.tonic() + 3) % 12 : key.tonic();
            int f = Math.floorMod(7 * major, 12);
            return f > 6 ? f - 12 : f;
        }

        /** Beats and beat type: quarters when the bar is whole quarters, else eighths. */
        int[] time() {
            return bar % 4 == 0 ? new int[] {bar / 4, 4} : new int[] {bar / 2, 8};
        }
    }

    /** Note values that one note (with at most one dot) can be, in sixteenths, longest first. */
    private static final int[] VALUES = {16, 12, 8, 6, 4, 3, 2, 1};

    private static final Map<Integer, String> TYPES =
            Map.of(16, "whole", 12, "half", 8, "half", 6, "quarter", 4, "quarter", 3, "eighth", 2, "eighth", 1, "16th");
    private static final String[] CLEFS = {
        "<sign>G</sign><line>2</line>",
        "<sign>G</sign><line>2</line>",
        "<sign>G</sign><line>2</line><clef-octave-change>-1</clef-octave-change>",
        "<sign>F</sign><line>4</line>"
    };

    private MusicXml() {}

    /** The whole document. */
    public static String write(int[][] tokens, Layout layout) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        x.append("<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\""
                + " \"http://www.musicxml.org/dtds/partwise.dtd\">\n");
        x.append("<score-partwise version=\"4.0\">\n");
        x.append("  <work><work-title>").append(escape(layout.title())).append("</work-title></work>\n");
        x.append("  <identification><encoding><software>Bachprop</software></encoding></identification>\n");
        x.append("  <part-list>\n");
        for (int v = 0; v < Tokens.VOICES; v++) {
            String id = "P" + (v + 1);
            x.append("    <score-part id=\"").append(id).append("\">\n");
            x.append("      <part-name>").append(SatbVoices.NAMES.get(v)).append("</part-name>\n");
            x.append("      <part-abbreviation>")
                    .append(SatbVoices.NAMES.get(v).charAt(0))
                    .append(".</part-abbreviation>\n");
            x.append("      <score-instrument id=\"").append(id).append("-I1\"><instrument-name>");
            x.append(SatbVoices.NAMES.get(v)).append("</instrument-name></score-instrument>\n");
            x.append("      <midi-instrument id=\"").append(id).append("-I1\"><midi-channel>");
            x.append(v + 1).append("</midi-channel><midi-program>");
            x.append(SatbVoices.PROGRAMS.get(v) + 1).append("</midi-program></midi-instrument>\n");
            x.append("    </score-part>\n");
        }
        x.append("  </part-list>\n");
        int[][] timeline = padded(tokens, layout);
        for (int v = 0; v < Tokens.VOICES; v++) {
            part(x, timeline, v, layout);
        }
        x.append("</score-partwise>\n");
        return x.toString();
    }

    /** The score with rests before step 0 (the offset) and after the last step, to whole bars: [step][voice]. */
    static int[][] padded(int[][] tokens, Layout layout) {
        int total = layout.offset() + tokens.length;
        int bars = Math.max(1, (total + layout.bar() - 1) / layout.bar());
        int[][] out = new int[bars * layout.bar()][Tokens.VOICES];
        for (int t = 0; t < tokens.length; t++) {
            out[layout.offset() + t] = tokens[t].clone();
        }
        return out;
    }

    private static void part(StringBuilder x, int[][] timeline, int v, Layout layout) {
        Spelling spelling = new Spelling(layout.fifths());
        int bar = layout.bar();
        int bars = timeline.length / bar;
        x.append("  <part id=\"P").append(v + 1).append("\">\n");
        for (int m = 0; m < bars; m++) {
            x.append("    <measure number=\"").append(m + 1).append("\">\n");
            if (m == 0) {
                int[] time = layout.time();
                x.append("      <attributes><divisions>4</divisions>");
                x.append("<key><fifths>").append(layout.fifths()).append("</fifths><mode>");
                x.append(layout.minor() ? "minor" : "major").append("</mode></key>");
                x.append("<time><beats>").append(time[0]).append("</beats><beat-type>");
                x.append(time[1]).append("</beat-type></time>");
                x.append("<clef>").append(CLEFS[v]).append("</clef></attributes>\n");
            }
            measure(x, timeline, v, m * bar, bar, spelling);
            if (m == bars - 1) {
                x.append("      <barline location=\"right\"><bar-style>light-heavy</bar-style></barline>\n");
            }
            x.append("    </measure>\n");
        }
        x.append("  </part>\n");
    }

    /** One bar of voice v: each run of one token inside the bar, as tied note values. */
    private static void measure(StringBuilder x, int[][] timeline, int v, int from, int bar, Spelling spelling) {
        Map<String, Integer> altered = new HashMap<>(); // step+octave → the alteration now in force in this bar
        int t = from;
        while (t < from + bar) {
            int token = timeline[t][v];
            int end = t + 1;
            while (end < from + bar && timeline[end][v] == token) {
                end++;
            }
            boolean rest = token == Tokens.REST;
            boolean fromBefore = !rest && t == from && t > 0 && timeline[t - 1][v] == token;
            boolean onAfter = !rest && end == from + bar && end < timeline.length && timeline[end][v] == token;
            if (rest && end - t == bar) {
                x.append("      <note><rest measure=\"yes\"/><duration>").append(bar);
                x.append("</duration><voice>1</voice></note>\n");
            } else {
                int left = end - t;
                boolean first = true;
                while (left > 0) {
                    int d = largestValue(left);
                    left -= d;
                    boolean tieStop = !rest && (!first || fromBefore);
                    boolean tieStart = !rest && (left > 0 || onAfter);
                    note(x, rest ? null : spelling.spell(Tokens.midi(token)), d, tieStop, tieStart, altered, spelling);
                    first = false;
                }
            }
            t = end;
        }
    }

    private static int largestValue(int left) {
        for (int d : VALUES) {
            if (d <= left) {
                return d;
            }
        }
        throw new IllegalStateException("no note value for " + left);
    }

    private static void note(
            StringBuilder x,
            Spelling.Pitch pitch,
            int d,
            boolean tieStop,
            boolean tieStart,
            Map<String, Integer> altered,
            Spelling spelling) {
        x.append("      <note>");
        String accidental = null;
        if (pitch == null) {
            x.append("<rest/>");
        } else {
            String where = pitch.step() + "" + pitch.octave();
            int inForce = altered.getOrDefault(where, spelling.keyAlter(pitch.step()));
            if (inForce != pitch.alter() && !tieStop) {
                accidental = accidentalName(pitch.alter());
            }
            altered.put(where, pitch.alter());
            x.append("<pitch><step>").append(pitch.step()).append("</step>");
            if (pitch.alter() != 0) {
                x.append("<alter>").append(pitch.alter()).append("</alter>");
            }
            x.append("<octave>").append(pitch.octave()).append("</octave></pitch>");
        }
        x.append("<duration>").append(d).append("</duration>");
        if (tieStop) {
            x.append("<tie type=\"stop\"/>");
        }
        if (tieStart) {
            x.append("<tie type=\"start\"/>");
        }
        x.append("<voice>1</voice><type>").append(TYPES.get(d)).append("</type>");
        if (d == 12 || d == 6 || d == 3) {
            x.append("<dot/>");
        }
        if (accidental != null) {
            x.append("<accidental>").append(accidental).append("</accidental>");
        }
        if (tieStop || tieStart) {
            x.append("<notations>");
            if (tieStop) {
                x.append("<tied type=\"stop\"/>");
            }
            if (tieStart) {
                x.append("<tied type=\"start\"/>");
            }
            x.append("</notations>");
        }
        x.append("</note>\n");
    }

    private static String accidentalName(int alter) {
        return switch (alter) {
            case -2 -> "flat-flat";
            case -1 -> "flat";
            case 0 -> "natural";
            case 1 -> "sharp";
            case 2 -> "double-sharp";
            default -> throw new IllegalArgumentException("alteration " + alter);
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

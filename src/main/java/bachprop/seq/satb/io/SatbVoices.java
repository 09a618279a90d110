package bachprop.seq.satb.io;

import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.music.sound.MidiFiles;
import bachprop.music.sound.Synth;
import bachprop.music.sound.Timbre;
import bachprop.seq.satb.Tokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A four-voice score ({@code tokens[t][v]}, sixteenth steps, {@link Tokens}) as four lines to be
 * played or written: each voice a maximal run of one token is one note (a held note and a repeated
 * note are the same token, as {@code JsbChorales.Chorale.voice} reads them), a run of the rest token
 * a rest. Each voice has its own name, General MIDI program (channel 0..3 in that order) and
 * {@link Timbre} for the WAV.
 */
public final class SatbVoices {
    /** The track and part names, top down. */
    public static final List<String> NAMES = List.of("Soprano", "Alto", "Tenor", "Bass");
    /** General MIDI programs: oboe, clarinet, English horn, bassoon — a wind quartet, four colours. */
    public static final List<Integer> PROGRAMS = List.of(68, 71, 69, 70);
    /**
     * The WAV's voices: different partials (soprano nearly pure like a flute, alto odd partials like
     * a clarinet, tenor a bright reed, bass a strong fundamental with a buzzing 3rd) and places from
     * left to right, as a choir stands.
     */
    public static final List<Timbre> TIMBRES = List.of(
            new Timbre("soprano (flute-like)", new double[] {1.0, 0.12, 0.04}, -0.6),
            new Timbre("alto (clarinet-like)", new double[] {1.0, 0.02, 0.55, 0.02, 0.3}, -0.2),
            new Timbre("tenor (reed)", new double[] {0.7, 1.0, 0.8, 0.5, 0.35, 0.2}, 0.2),
            new Timbre("bass (bassoon-like)", new double[] {1.0, 0.35, 0.7, 0.2, 0.15}, 0.6));
    /** Quarter notes per minute of the files written (as {@code Extension.BPM} for one voice). */
    public static final int BPM = 80;

    private SatbVoices() {}

    /** Voice {@code v} of the score as notes: maximal runs of one token, the rest token a rest. */
    public static List<Note> notes(int[][] tokens, int v) {
        List<Note> notes = new ArrayList<>();
        int t = 0;
        while (t < tokens.length) {
            int token = tokens[t][v];
            int run = 1;
            while (t + run < tokens.length && tokens[t + run][v] == token) {
                run++;
            }
            notes.add(token == Tokens.REST ? Note.rest(run) : new Note(Tokens.midi(token), run));
            t += run;
        }
        return notes;
    }

    /** The four voices as lines named Soprano … Bass with their programs, all starting at 0. */
    public static List<Line> lines(int[][] tokens) {
        List<Line> lines = new ArrayList<>();
        for (int v = 0; v < Tokens.VOICES; v++) {
            lines.add(new Line(NAMES.get(v), notes(tokens, v), PROGRAMS.get(v), 0));
        }
        return lines;
    }

    /** A type-1 MIDI file: a conductor track (tempo, metre), then one track per voice. */
    public static byte[] midi(int[][] tokens, int bpm, int barSixteenths) throws IOException {
        return MidiFiles.bytes(lines(tokens), bpm, barSixteenths);
    }

    /** A stereo WAV file, each voice with its {@link #TIMBRES timbre}. */
    public static byte[] wav(int[][] tokens, int bpm) throws IOException {
        return Synth.wavBytes(lines(tokens), TIMBRES, bpm);
    }
}

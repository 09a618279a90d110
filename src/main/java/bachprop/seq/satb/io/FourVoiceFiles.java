package bachprop.seq.satb.io;

import bachprop.music.Note;
import bachprop.seq.Key;
import bachprop.seq.SeqNote;
import bachprop.seq.satb.Tokens;
import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a four-voice command writes: a MIDI file, and if asked a WAV and a MusicXML file. Every
 * folder is checked before any work (a missing one is one line naming it), all three files are
 * made in memory, then each is saved atomically, so a refused run leaves no file behind.
 */
public record FourVoiceFiles(Path midi, Path wav, Path musicXml) {
    /** Refuses an output whose folder does not exist or that is a folder itself, naming it. */
    public void check() {
        for (Path p : paths()) {
            Path folder = p.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new BadInputException(p + ": the folder " + folder + " does not exist");
            }
            if (Files.isDirectory(p)) {
                throw new BadInputException(p + ": is a folder, not a file to write");
            }
        }
    }

    /** The outputs asked for, MIDI first. */
    public List<Path> paths() {
        List<Path> out = new ArrayList<>();
        out.add(midi);
        if (wav != null) {
            out.add(wav);
        }
        if (musicXml != null) {
            out.add(musicXml);
        }
        return out;
    }

    /** Writes the score: all files made first, then each saved atomically. */
    public void write(int[][] tokens, MusicXml.Layout layout, int bpm) throws IOException {
        check();
        byte[] mid = SatbVoices.midi(tokens, bpm, layout.bar());
        byte[] sound = wav == null ? null : SatbVoices.wav(tokens, bpm);
        byte[] xml = musicXml == null ? null : MusicXml.write(tokens, layout).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(midi, mid);
        if (sound != null) {
            AtomicFiles.write(wav, sound);
        }
        if (xml != null) {
            AtomicFiles.write(musicXml, xml);
        }
    }

    /**
     * The layout of a score: its bar and upbeat, and its key — with a known signature ({@code fifths})
     * that major key or its relative minor, whichever fits all four voices better; without one the
     * Krumhansl–Schmuckler estimate from all four voices (as the JSB keys are found).
     */
    public static MusicXml.Layout layout(String title, int[][] tokens, int bar, int offset, Integer fifths) {
        List<SeqNote> notes = new ArrayList<>();
        double[] weights = new double[12];
        for (int v = 0; v < Tokens.VOICES; v++) {
            for (Note n : SatbVoices.notes(tokens, v)) {
                if (!n.isRest()) {
                    notes.add(new SeqNote(n.pitch(), n.duration()));
                    weights[n.pitch() % 12] += n.duration();
                }
            }
        }
        Key key = fifths == null || notes.isEmpty() ? Key.estimate(weights) : Key.estimate(notes, fifths);
        int signature = fifths == null ? MusicXml.Layout.fifths(key) : fifths;
        return new MusicXml.Layout(title, bar, offset, signature, key.minor());
    }
}

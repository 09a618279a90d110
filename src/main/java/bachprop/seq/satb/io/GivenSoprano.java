package bachprop.seq.satb.io;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.seq.satb.Tokens;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * A soprano to harmonise, as tokens (one per sixteenth step, {@link Tokens#REST} for silence),
 * with what the score says of its bar ({@code bar} sixteenths, step 0 {@code offset} sixteenths
 * after a bar line), its key signature when known ({@code fifths}, else null: estimated from the
 * harmonised score), and its tempo. A note outside MIDI 36..81 (the tokens' range) is refused, not
 * transposed: moving a melody by octaves would change which voice it can be.
 */
public record GivenSoprano(String id, int[] tokens, int bar, int offset, Integer fifths, int bpm) {
    /** The longest melody read (steps): 100 minutes at 80 quarters per minute. */
    static final int MAX_STEPS = 32_000;

    /**
     * A melody of notes and rests in sixteenths (a UCI melody: its {@code dur} is in sixteenths, its
     * {@code timesig} the bar in sixteenths, its first {@code st} the upbeat's place in the bar).
     */
    public static GivenSoprano of(Melody m, int bpm) {
        List<Integer> tokens = new ArrayList<>();
        int t = 0;
        for (Note n : m.notes()) {
            int token = n.isRest() ? Tokens.REST : token(m.id(), n.pitch(), t);
            for (int i = 0; i < n.duration(); i++) {
                tokens.add(token);
            }
            t += n.duration();
        }
        int bar = m.barLength() == null ? 16 : m.barLength();
        int offset = m.firstOnset() == null ? 0 : Math.floorMod(m.firstOnset(), bar);
        return new GivenSoprano(
                m.id(), tokens.stream().mapToInt(Integer::intValue).toArray(), bar, offset, m.keySignature(), bpm);
    }

    /**
     * The melody of a MIDI file: of the first track with notes, the highest note sounding at each
     * sixteenth (notes' starts and ends rounded to the nearest sixteenth of the file's resolution;
     * a note shorter than that lasts one sixteenth), from the first note on. The file's first tempo
     * and time signature (default 120 and 4/4) are kept.
     */
    public static GivenSoprano ofMidi(Path file) {
        Sequence seq;
        try {
            seq = MidiSystem.getSequence(file.toFile());
        } catch (InvalidMidiDataException e) {
            throw new BadInputException(file + ": not a MIDI file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (seq.getDivisionType() != Sequence.PPQ || seq.getResolution() <= 0) {
            throw new BadInputException(file + ": SMPTE timing is not read here, only ticks per quarter note");
        }
        double ticksPerSixteenth = seq.getResolution() / 4.0;
        int bpm = 120;
        int bar = 16;
        boolean tempoSeen = false;
        boolean metreSeen = false;
        List<int[]> notes = null; // {start, end, pitch} in sixteenths
        for (Track track : seq.getTracks()) {
            List<int[]> here = new ArrayList<>();
            long[] on = new long[128];
            Arrays.fill(on, -1);
            for (int i = 0; i < track.size(); i++) {
                MidiEvent ev = track.get(i);
                MidiMessage msg = ev.getMessage();
                if (msg instanceof MetaMessage mm && mm.getType() == 0x51 && !tempoSeen && mm.getData().length == 3) {
                    byte[] d = mm.getData();
                    int us = ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
                    bpm = us == 0 ? 120 : Math.max(1, (int) Math.round(60_000_000.0 / us));
                    tempoSeen = true;
                } else if (msg instanceof MetaMessage mm
                        && mm.getType() == 0x58
                        && !metreSeen
                        && mm.getData().length >= 2) {
                    bar = barOf(mm.getData()[0] & 0xff, mm.getData()[1] & 0xff);
                    metreSeen = true;
                } else if (msg instanceof ShortMessage sm) {
                    int cmd = sm.getCommand();
                    int pitch = sm.getData1();
                    if (cmd == ShortMessage.NOTE_ON && sm.getData2() > 0) {
                        on[pitch] = ev.getTick();
                    } else if ((cmd == ShortMessage.NOTE_OFF || cmd == ShortMessage.NOTE_ON) && on[pitch] >= 0) {
                        long start = Math.round(on[pitch] / ticksPerSixteenth);
                        long end = Math.max(start + 1, Math.round(ev.getTick() / ticksPerSixteenth));
                        if (end > MAX_STEPS * 4L) {
                            throw new BadInputException(file + ": the melody is longer than " + MAX_STEPS
                                    + " sixteenths, the longest read");
                        }
                        here.add(new int[] {(int) start, (int) end, pitch});
                        on[pitch] = -1;
                    }
                }
            }
            if (notes == null && !here.isEmpty()) {
                notes = here;
            }
        }
        if (notes == null) {
            throw new BadInputException(file + ": no notes in any track");
        }
        return highest(file, notes, bar, bpm);
    }

    /**
     * A MIDI time signature's bar in sixteenths: numerator · 16 / 2^power; 4/4 when that is not an
     * even whole number (a bar of 7/16 cannot be written with whole-quarter or eighth beats here).
     */
    static int barOf(int numerator, int power) {
        if (power > 4 || (numerator * 16) % (1 << power) != 0) {
            return 16;
        }
        int sixteenths = numerator * 16 >> power;
        return sixteenths >= 2 && sixteenths % 2 == 0 ? sixteenths : 16;
    }

    /** The highest note sounding at each sixteenth, from the first note's start to the last note's end. */
    private static GivenSoprano highest(Path file, List<int[]> notes, int bar, int bpm) {
        int first = notes.stream().mapToInt(n -> n[0]).min().orElseThrow();
        int last = notes.stream().mapToInt(n -> n[1]).max().orElseThrow();
        if (last - first > MAX_STEPS) {
            throw new BadInputException(
                    file + ": the melody is longer than " + MAX_STEPS + " sixteenths, the longest read");
        }
        int[] midi = new int[last - first];
        for (int[] n : notes) {
            for (int t = n[0]; t < n[1]; t++) {
                midi[t - first] = Math.max(midi[t - first], n[2]);
            }
        }
        int[] tokens = new int[midi.length];
        for (int t = 0; t < midi.length; t++) {
            tokens[t] = midi[t] == 0 ? Tokens.REST : token(file.toString(), midi[t], t);
        }
        String name = file.getFileName().toString();
        return new GivenSoprano(name, tokens, bar, Math.floorMod(first, bar), null, bpm);
    }

    private static int token(String where, int midi, int step) {
        if (midi < Tokens.LOW_MIDI || midi > Tokens.HIGH_MIDI) {
            throw new BadInputException(where + ": the melody's note " + Note.name(midi) + " (MIDI " + midi
                    + ") at sixteenth " + step + " is outside the four-voice range " + Tokens.LOW_MIDI + ".."
                    + Tokens.HIGH_MIDI + " (transpose it by octaves)");
        }
        return Tokens.token(midi);
    }

    public int steps() {
        return tokens.length;
    }

    @Override
    public String toString() {
        return id + " [" + tokens.length + " sixteenths, bar " + bar + ", offset " + offset + ", " + bpm + " bpm]";
    }
}

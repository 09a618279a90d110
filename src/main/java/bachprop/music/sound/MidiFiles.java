package bachprop.music.sound;

import bachprop.music.Note;
import bachprop.util.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Standard MIDI Files (type 1): a first track with the tempo and metre, then one track per line,
 * each on its own channel with its own instrument and a track name. Written with the JDK's
 * {@code javax.sound.midi}, so any MIDI software opens them; read back the same way.
 */
public final class MidiFiles {
    /** Ticks per quarter note; a sixteenth is a quarter of that. */
    public static final int PPQ = 480;

    public static final int TICKS_PER_SIXTEENTH = PPQ / 4;
    private static final int VELOCITY = 80;

    private MidiFiles() {}

    /** The lines as a sequence at {@code bpm} quarter notes per minute, in 4/4. */
    public static Sequence sequence(List<Line> lines, int bpm) {
        return sequence(lines, bpm, 16);
    }

    /**
     * The same with a bar of {@code barSixteenths}: its time signature is quarters over 4 when the
     * bar is whole quarters (12 → 3/4), else eighths over 8.
     */
    public static Sequence sequence(List<Line> lines, int bpm, int barSixteenths) {
        if (barSixteenths < 2 || barSixteenths % 2 != 0 || barSixteenths > 2 * 127) {
            throw new IllegalArgumentException("a bar of " + barSixteenths + " sixteenths has no time signature here");
        }
        byte[] metre = barSixteenths % 4 == 0
                ? new byte[] {(byte) (barSixteenths / 4), 2, 24, 8}
                : new byte[] {(byte) (barSixteenths / 2), 3, 12, 8};
        if (lines.size() > 15) {
            throw new IllegalArgumentException("at most 15 lines (channel 10 is kept for drums)");
        }
        try {
            Sequence seq = new Sequence(Sequence.PPQ, PPQ);
            Track conductor = seq.createTrack();
            int microsPerQuarter = 60_000_000 / bpm;
            conductor.add(meta(
                    0x51,
                    new byte[] {(byte) (microsPerQuarter >> 16), (byte) (microsPerQuarter >> 8), (byte) microsPerQuarter
                    },
                    0));
            conductor.add(meta(0x58, metre, 0)); // numerator, log2 denominator, clocks per click, 32nds per quarter
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                int channel = i >= 9 ? i + 1 : i;
                Track track = seq.createTrack();
                track.add(meta(0x03, line.name().getBytes(StandardCharsets.UTF_8), 0));
                track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, line.program(), 0), 0));
                long t = (long) line.start() * TICKS_PER_SIXTEENTH;
                for (Note n : line.notes()) {
                    long len = (long) n.duration() * TICKS_PER_SIXTEENTH;
                    if (!n.isRest()) {
                        track.add(
                                new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, channel, n.pitch(), VELOCITY), t));
                        track.add(
                                new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, channel, n.pitch(), 0), t + len));
                    }
                    t += len;
                }
            }
            return seq;
        } catch (InvalidMidiDataException e) {
            throw new IllegalArgumentException("cannot make MIDI: " + e.getMessage(), e);
        }
    }

    private static MidiEvent meta(int type, byte[] data, long tick) throws InvalidMidiDataException {
        return new MidiEvent(new MetaMessage(type, data, data.length), tick);
    }

    /** Writes a type-1 Standard MIDI File, atomically. */
    public static void write(List<Line> lines, int bpm, Path file) throws IOException {
        AtomicFiles.write(file, bytes(lines, bpm));
    }

    /** The bytes of the type-1 Standard MIDI File that {@link #write} writes. */
    public static byte[] bytes(List<Line> lines, int bpm) throws IOException {
        return bytes(lines, bpm, 16);
    }

    /** The same in a bar of {@code barSixteenths} (see {@link #sequence(List, int, int)}). */
    public static byte[] bytes(List<Line> lines, int bpm, int barSixteenths) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MidiSystem.write(sequence(lines, bpm, barSixteenths), 1, out);
        return out.toByteArray();
    }

    /** What a file holds, as read back through javax.sound.midi. */
    public record Contents(int bpm, List<String> names, List<List<Note>> lines, List<Integer> programs) {}

    /**
     * Reads a file written by {@link #write} (or any type-0/1 file with sixteenth-aligned notes):
     * per track with notes, its name, program and notes, gaps becoming rests.
     */
    public static Contents read(Path file) throws IOException {
        Sequence seq;
        try {
            seq = MidiSystem.getSequence(file.toFile());
        } catch (InvalidMidiDataException e) {
            throw new IOException(file + ": not a MIDI file: " + e.getMessage(), e);
        }
        int tps = seq.getResolution() / 4;
        int bpm = 120;
        List<String> names = new ArrayList<>();
        List<List<Note>> lines = new ArrayList<>();
        List<Integer> programs = new ArrayList<>();
        for (Track track : seq.getTracks()) {
            String name = "";
            int program = 0;
            List<Note> notes = new ArrayList<>();
            long cursor = 0;
            long[] onAt = new long[128];
            Arrays.fill(onAt, -1);
            boolean first = true;
            for (int i = 0; i < track.size(); i++) {
                MidiEvent ev = track.get(i);
                MidiMessage msg = ev.getMessage();
                if (msg instanceof MetaMessage mm) {
                    if (mm.getType() == 0x51) {
                        byte[] d = mm.getData();
                        int us = ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
                        bpm = (int) Math.round(60_000_000.0 / us);
                    } else if (mm.getType() == 0x03) {
                        name = new String(mm.getData(), StandardCharsets.UTF_8);
                    }
                } else if (msg instanceof ShortMessage sm) {
                    int cmd = sm.getCommand();
                    if (cmd == ShortMessage.PROGRAM_CHANGE) {
                        program = sm.getData1();
                    } else if (cmd == ShortMessage.NOTE_ON && sm.getData2() > 0) {
                        onAt[sm.getData1()] = ev.getTick();
                    } else if (cmd == ShortMessage.NOTE_OFF || (cmd == ShortMessage.NOTE_ON && sm.getData2() == 0)) {
                        long start = onAt[sm.getData1()];
                        if (start >= 0) {
                            if (start > cursor && !first) {
                                notes.add(Note.rest((int) ((start - cursor) / tps)));
                            }
                            notes.add(new Note(sm.getData1(), (int) ((ev.getTick() - start) / tps)));
                            cursor = ev.getTick();
                            first = false;
                            onAt[sm.getData1()] = -1;
                        }
                    }
                }
            }
            if (!notes.isEmpty()) {
                names.add(name);
                lines.add(notes);
                programs.add(program);
            }
        }
        return new Contents(bpm, names, lines, programs);
    }
}

package bachprop.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaptureTest {
    @Test
    void outputUnderTheLimitIsKeptWhole() {
        Capture c = new Capture(16);
        c.write("hello\n".getBytes(StandardCharsets.UTF_8), 0, 6);
        assertEquals("hello\n", c.take());
        assertEquals("", c.take(), "take forgets");
    }

    @Test
    void threeMegabytesKeepOneMegabyteAndSayHowMuchWasCut() {
        Capture c = new Capture();
        byte[] chunk = new byte[4096];
        Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 3 * 256; i++) {
            c.write(chunk, 0, chunk.length);
        }
        c.write('y');
        String out = c.take();
        String notice = "\n… output cut at 1 MB (" + (2 * Capture.LIMIT + 1) + " more bytes)\n";
        assertTrue(out.endsWith(notice), out.substring(out.length() - 80));
        assertEquals(Capture.LIMIT + notice.length(), out.length());
        assertEquals("", c.take(), "the next cell starts empty, with nothing cut");
    }

    @Test
    void aCharacterSplitByTheLimitIsCutWhole() {
        Capture c = new Capture(4);
        byte[] text = "abcé and more".getBytes(StandardCharsets.UTF_8); // é is 2 bytes: the 4th and 5th
        c.write(text, 0, text.length);
        assertEquals("abc\n… output cut at 4 bytes (" + (text.length - 3) + " more bytes)\n", c.peek());
    }

    @Test
    void wholeCharactersStopsBeforeAnUnfinishedSequenceOnly() {
        byte[] euro = "a€".getBytes(StandardCharsets.UTF_8); // 1 + 3 bytes
        assertEquals(4, Capture.wholeCharacters(euro));
        assertEquals(1, Capture.wholeCharacters(Arrays.copyOf(euro, 3)));
        assertEquals(1, Capture.wholeCharacters(Arrays.copyOf(euro, 2)));
        assertEquals(1, Capture.wholeCharacters(Arrays.copyOf(euro, 1)));
    }
}

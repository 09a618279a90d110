package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress after a chapter's title in the list. */
class ChapterListTest {
    @Test
    void aTickOnlyWhenEveryExercisePassed() {
        assertEquals("0/2", ChapterList.progress(0, 2), "nothing passed: no tick");
        assertEquals("1/2", ChapterList.progress(1, 2), "some passed: no tick");
        assertEquals("✓ 2/2", ChapterList.progress(2, 2), "all passed: a tick");
    }
}

package bachprop.chorale;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import bachprop.music.data.RealData;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ExperimentCacheTest {

    @Tag("corpus")
    @Test
    void viewOnlyOptionsReuseOneTrainedExperimentAndExperimentOptionsDoNot() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
        SeedExperiment bars =
                ExperimentCache.finished(Map.of("hidden", "8", "epochs", "1", "init", "standard", "dataset", "jsb"));
        SeedExperiment roll = ExperimentCache.finished(Map.of(
                "hidden",
                "8",
                "epochs",
                "1",
                "init",
                "standard",
                "dataset",
                "jsb",
                "when",
                "after",
                "theme",
                "projector",
                "step",
                "3"));
        assertSame(bars, roll, "when, theme and step only change the view");
        SeedExperiment other = ExperimentCache.finished(
                Map.of("hidden", "8", "epochs", "1", "init", "standard", "dataset", "jsb", "seed", "2"));
        assertNotSame(bars, other, "another seed is another experiment");
    }
}

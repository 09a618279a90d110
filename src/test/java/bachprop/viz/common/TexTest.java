package bachprop.viz.common;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** TeX to pixels headless, and unbalanced TeX refused (JLaTeXMath would accept it silently). */
class TexTest {
    @Test
    void unbalancedBracesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Tex.checkBraces("\\frac{1}{"));
        assertThrows(IllegalArgumentException.class, () -> Tex.checkBraces("a}"));
        Tex.checkBraces("\\{ x \\} = \\frac{1}{2}");
    }

    @Test
    void aFormulaBecomesAnImageWithInk() {
        BufferedImage img = Tex.awt("\\delta^{3}_{1} = (0.7514 - 0.01) \\cdot 0.1868", 30, Color.BLACK);
        assertTrue(img.getWidth() > 200 && img.getHeight() > 20, img.getWidth() + "×" + img.getHeight());
        int inked = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                inked += (img.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        assertTrue(inked > 300, "glyphs drawn: " + inked);
    }
}

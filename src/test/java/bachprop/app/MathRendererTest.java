package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class MathRendererTest {

    static int inkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) >>> 24) > 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void displayFormulaRendersBlackInkOnTransparent() {
        BufferedImage img = MathRenderer.toImage("\\delta^L_j = (a^L_j - y_j)\\,\\sigma'(z^L_j)", true, 18);
        assertTrue(img.getWidth() > 150 && img.getHeight() > 20, img.getWidth() + "×" + img.getHeight());
        int ink = inkPixels(img);
        int total = img.getWidth() * img.getHeight();
        assertTrue(ink > total / 50 && ink < total / 2, "ink " + ink + " of " + total);
        assertTrue((img.getRGB(0, 0) >>> 24) == 0, "the corner is transparent");
    }

    @Test
    void displayStyleIsLargerThanTextStyle() {
        BufferedImage display = MathRenderer.toImage("\\frac{\\partial C}{\\partial b^l_j}", true, 18);
        BufferedImage inline = MathRenderer.toImage("\\frac{\\partial C}{\\partial b^l_j}", false, 18);
        assertTrue(display.getHeight() > inline.getHeight(), display.getHeight() + " vs " + inline.getHeight());
    }
}

package bachprop.chorale.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** The projector theme's lightness inversion: paper and ink swap, hues stay. */
class ChartViewTest {

    @Test
    void invertingLightnessSwapsWhiteAndBlackAndKeepsHueAndSaturation() {
        assertEquals(0xff000000, ChartView.invertLightness(0xffffffff));
        assertEquals(0xffffffff, ChartView.invertLightness(0xff000000));
        int blue = 0xff0072b2;
        int lighter = ChartView.invertLightness(blue);
        float[] before = Color.RGBtoHSB(0x00, 0x72, 0xb2, null);
        Color c = new Color(lighter);
        float[] after = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        assertEquals(before[0], after[0], 0.01, "hue kept (±0.01 of a turn)");
        double lightnessBefore = (0x00 + 0xb2) / 2.0 / 255;
        double lightnessAfter = (Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()))
                        + Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())))
                / 2.0
                / 255;
        assertEquals(1 - lightnessBefore, lightnessAfter, 0.01, "HSL lightness L → 1 − L (±0.01)");
        assertEquals(ChartView.invertLightness(lighter) & 0xffffff, blue & 0xffffff, "twice is the identity");
    }
}

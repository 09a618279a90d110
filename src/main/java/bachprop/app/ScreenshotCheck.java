package bachprop.app;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Checks that a screenshot is not blank, for the real-window smoke test ({@code .ci/xvfb-smoke.sh}).
 * Reads an X window dump (from {@code xwd}, TrueColor, 24 or 32 bits per pixel) or a PNG, writes it
 * as PNG, and exits 1 when it has fewer than 16 colours or under 2% of its pixels differ from the
 * most common colour. Usage: {@code ScreenshotCheck SHOT.xwd|SHOT.png OUT.png}.
 */
public final class ScreenshotCheck {
    private ScreenshotCheck() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ScreenshotCheck SHOT.xwd|SHOT.png OUT.png");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        BufferedImage img = in.toString().endsWith(".png") ? ImageIO.read(in.toFile()) : readXwd(in);
        ImageIO.write(img, "png", Path.of(args[1]).toFile());
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                counts.merge(img.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int total = img.getWidth() * img.getHeight();
        int commonest = counts.values().stream().max(Integer::compare).orElse(total);
        double differing = 100.0 * (total - commonest) / total;
        boolean blank = counts.size() < 16 || differing < 2;
        System.out.printf(
                "screenshot %d×%d: %d colours, %.1f%% of pixels differ from the background: %s%n",
                img.getWidth(), img.getHeight(), counts.size(), differing, blank ? "BLANK" : "not blank");
        System.exit(blank ? 1 : 0);
    }

    /** An XWD file (X11 window dump) of a TrueColor visual. */
    static BufferedImage readXwd(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            int[] h = new int[25];
            for (int i = 0; i < 25; i++) {
                h[i] = in.readInt(); // the header is big-endian CARD32s
            }
            int headerSize = h[0];
            int width = h[4];
            int height = h[5];
            int byteOrder = h[7];
            int bitsPerPixel = h[11];
            int bytesPerLine = h[12];
            int redMask = h[14];
            int greenMask = h[15];
            int blueMask = h[16];
            int ncolors = h[19];
            if (h[1] != 7 || (bitsPerPixel != 32 && bitsPerPixel != 24)) {
                throw new IOException(
                        file + ": not a 24/32-bit XWD version 7 file (version " + h[1] + ", " + bitsPerPixel + " bpp)");
            }
            in.skipNBytes(headerSize - 100L + 12L * ncolors);
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            byte[] line = new byte[bytesPerLine];
            int bytes = bitsPerPixel / 8;
            for (int y = 0; y < height; y++) {
                in.readFully(line);
                for (int x = 0; x < width; x++) {
                    int p = 0;
                    for (int b = 0; b < bytes; b++) {
                        int v = line[x * bytes + b] & 0xff;
                        p |= byteOrder == 0 ? v << (8 * b) : v << (8 * (bytes - 1 - b)); // 0 = LSBFirst
                    }
                    img.setRGB(x, y, channel(p, redMask) << 16 | channel(p, greenMask) << 8 | channel(p, blueMask));
                }
            }
            return img;
        }
    }

    private static int channel(int pixel, int mask) {
        if (mask == 0) {
            return 0;
        }
        int shift = Integer.numberOfTrailingZeros(mask);
        int max = mask >>> shift;
        return (int) Math.round(((pixel & mask) >>> shift) * 255.0 / max);
    }
}

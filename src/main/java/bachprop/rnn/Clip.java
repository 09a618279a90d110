package bachprop.rnn;

import java.util.List;

/**
 * Gradient clipping by global norm (Pascanu et al., 2013, whom the text cites): when the whole
 * gradient is longer than c, shrink it to length c, keeping its direction. A remedy for exploding
 * gradients; it does nothing for vanishing ones.
 */
public final class Clip {
    private Clip() {}

    /** g → g · min(1, c / ‖g‖); records the step (‖g‖ before, c, ‖g‖ after) if traced. */
    public static RnnGradient byGlobalNorm(RnnGradient g, double c, BpttTrace trace) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("the clipping threshold c must be positive, got " + c);
        }
        double norm = g.norm();
        double scale = norm > c ? c / norm : 1.0;
        RnnGradient clipped = scale == 1.0 ? g : g.times(scale);
        if (trace != null) {
            trace.add(
                    BpttEquation.CLIP,
                    0,
                    List.of(Names.scalar("‖g‖", "\\lVert \\mathbf{g} \\rVert", norm), Names.scalar("c", "c", c)),
                    Names.scalar("‖g‖′", "\\lVert \\mathbf{g} \\rVert'", norm * scale));
        }
        return clipped;
    }
}

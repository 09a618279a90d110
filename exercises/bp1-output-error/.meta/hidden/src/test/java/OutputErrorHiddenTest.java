import bachprop.grade.api.Check;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hidden from students (the pack leaves it out): BP1 on inputs the visible tests never show, so
 * that an answer written for the visible figures alone does not pass.
 */
class OutputErrorHiddenTest {
    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Test
    @Tag("task:1")
    void outputErrorOnSeededLayersOfOneToSixNeurons() {
        Random random = new Random(20261202);
        for (int n = 1; n <= 6; n++) {
            double[] z = new double[n];
            double[] a = new double[n];
            double[] y = new double[n];
            double[] expected = new double[n];
            for (int j = 0; j < n; j++) {
                z[j] = 3 * random.nextGaussian();
                a[j] = sig(z[j]);
                y[j] = random.nextDouble();
                expected[j] = (a[j] - y[j]) * sig(z[j]) * (1 - sig(z[j])); // (BP1)
            }
            // Tolerance 1e-12: one product of numbers below 1 in magnitude.
            Check.near("δᴸ of a seeded " + n + "-neuron output layer", expected, OutputError.outputError(a, y, z), 1e-12);
        }
    }
}

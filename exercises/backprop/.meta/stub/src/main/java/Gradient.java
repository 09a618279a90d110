/** ∂C/∂b[i] and ∂C/∂W[i] for every layer i, shaped like b and W. Given. */
public record Gradient(double[][] nablaB, double[][][] nablaW) {
}

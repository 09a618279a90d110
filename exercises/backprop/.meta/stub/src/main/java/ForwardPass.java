/** What the forward pass remembers: zs[i] = W[i] activations[i] + b[i], activations[i + 1] = σ(zs[i]). Given. */
public record ForwardPass(double[][] zs, double[][] activations) {
}

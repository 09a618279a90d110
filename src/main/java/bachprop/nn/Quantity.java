package bachprop.nn;

/** What a value in a {@link Trace} is, as the text names it: zˡⱼ, aˡⱼ, δˡⱼ, wˡₖ,ⱼ, ∂C/∂bˡⱼ … */
public enum Quantity {
    /** zˡⱼ, the weighted input (eq. 3) */
    Z,
    /** aˡⱼ, the activation (eq. 5); a¹ = x, the input */
    A,
    /** σ′(zˡⱼ) */
    SIGMA_PRIME,
    /** δˡⱼ = ∂C/∂zˡⱼ, the error (BP1, BP2) */
    DELTA,
    /** wˡₖ,ⱼ, the weight from neuron j of layer l−1 to neuron k of layer l */
    W,
    /** bˡⱼ, the bias */
    B,
    /** yⱼ, the target */
    Y,
    /** η, the learning rate */
    ETA,
    /** C, the cost (eq. 7) */
    COST,
    /** ∂C/∂wˡₖ,ⱼ (BP4) */
    NABLA_W,
    /** ∂C/∂bˡⱼ (BP3) */
    NABLA_B
}

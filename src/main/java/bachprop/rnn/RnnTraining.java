package bachprop.rnn;

import bachprop.nn.DivergenceException;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The training loop of {@link Rnn#train}: stochastic gradient descent over whole sequences. */
final class RnnTraining {
    private RnnTraining() {}

    /** See {@link Rnn#train}: shuffle, then per sequence BPTT, clip (if c &gt; 0) and step by η (eq. 13). */
    static void sgd(
            Rnn net,
            List<int[]> sequences,
            int epochs,
            double eta,
            double clip,
            Random random,
            Rnn.EpochListener listener) {
        List<int[]> data = new ArrayList<>();
        for (int[] s : sequences) {
            if (s.length >= 2) {
                data.add(s);
            }
        }
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(data, random);
            double total = 0;
            long tokens = 0;
            for (int[] s : data) {
                int[][] targets = net.perGroup(Rnn.targetsOf(s));
                RnnForward f = net.forward(net.oneHot(Rnn.inputsOf(s)), Vec.zeros(net.nHidden()), targets, null);
                RnnGradient g = Bptt.backward(net, f, targets, null);
                if (clip > 0) {
                    g = Clip.byGlobalNorm(g, clip, null);
                }
                net.update(g, eta, null);
                total += f.totalCost();
                tokens += targets.length;
            }
            if (!net.isFinite()) {
                throw new DivergenceException(
                        epoch, "a weight or bias of the RNN is NaN or infinite (η = " + eta + ")");
            }
            if (listener != null) {
                listener.epochDone(epoch, total / Math.max(1, tokens));
            }
        }
    }
}

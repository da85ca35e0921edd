package org.bilateralkg.eval;

/** Counts for one fact type: precision, recall and F1 follow. */
public record Score(String factType, int gold, int predicted, int correct) {
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

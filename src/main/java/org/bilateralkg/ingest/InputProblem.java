package org.bilateralkg.ingest;

/** An input that could not be read as an article: reported as one line, never a stack trace. */
public record InputProblem(String file, long line, String reason) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}

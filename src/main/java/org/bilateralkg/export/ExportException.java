package org.bilateralkg.export;

/**
 * A request that cannot be served as asked: unknown view, format, topic or country, a bad date, a
 * date range with from after to. The message is one line meant for the user; the command line
 * exits with 2, the server answers 400.
 */
public final class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }
}

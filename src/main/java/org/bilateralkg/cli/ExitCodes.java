package org.bilateralkg.cli;

/** The exit codes every command shares (DESIGN.md). */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int STORE_UNAVAILABLE = 3;

    private ExitCodes() {
    }
}

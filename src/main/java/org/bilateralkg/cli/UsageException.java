package org.bilateralkg.cli;

/** A user error found after parsing (unknown query name, bad parameter): one line, exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}

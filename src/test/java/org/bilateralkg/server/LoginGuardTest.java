package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The counting behind the 429: per address, within the window, for the block's length, every failure logged. */
class LoginGuardTest {
    long now = 1_000_000;
    final List<String> log = new ArrayList<>();
    final LoginGuard guard = new LoginGuard(5, Duration.ofMinutes(1), Duration.ofMinutes(5), () -> now, log::add);

    @Test
    void fiveFailuresWithinAMinuteBlockTheAddressForFiveMinutes() {
        for (int i = 0; i < 4; i++) {
            guard.failed("10.0.0.1", "editor", "POST /kg/update");
            now += 1000;
        }
        assertEquals(0, guard.retryAfterSeconds("10.0.0.1"), "four failures: still allowed");
        guard.failed("10.0.0.1", "editor", "POST /kg/update");
        assertEquals(300, guard.retryAfterSeconds("10.0.0.1"));
        assertEquals(0, guard.retryAfterSeconds("10.0.0.2"), "another address is not affected");
        now += 299_000;
        assertEquals(1, guard.retryAfterSeconds("10.0.0.1"));
        now += 1000;
        assertEquals(0, guard.retryAfterSeconds("10.0.0.1"), "the block ends");
        guard.failed("10.0.0.1", "editor", "POST /kg/update");
        assertEquals(0, guard.retryAfterSeconds("10.0.0.1"), "counting starts again after a block");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 10; i++) {
            guard.failed("10.0.0.1", "editor", "POST /kg/update");
            now += 15_001; // four per minute at most
        }
        assertEquals(0, guard.retryAfterSeconds("10.0.0.1"));
    }

    @Test
    void eachFailureIsOneLineWithTimeAddressAndUser() {
        guard.failed("10.0.0.1", "editor", "POST /kg/update");
        assertEquals(1, log.size());
        String line = log.get(0);
        assertTrue(line.startsWith("1970-01-01T00:16:40Z "), line);
        assertTrue(line.contains("wrong credentials from 10.0.0.1 for user \"editor\" (POST /kg/update; 1 within 60 s)"), line);
        for (int i = 0; i < 4; i++) {
            guard.failed("10.0.0.1", "editor", "POST /kg/update");
        }
        assertTrue(log.get(log.size() - 1).contains("10.0.0.1 refused for 300 s (429) after 5 wrong credentials"), log.toString());
    }

    @Test
    void aUserNameCannotForgeLogLines() {
        guard.failed("10.0.0.1", "x\nFAKE 1970-01-01 admin logged in\r\"", "POST /kg/update");
        String line = log.get(0);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertTrue(line.contains("\"x\\u000aFAKE"), line);
        guard.failed("10.0.0.1", "a".repeat(1000), "POST /kg/update");
        assertTrue(log.get(1).length() < 300, "long names are cut: " + log.get(1).length());
    }
}

package org.bilateralkg.server;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Wrong credentials, counted per client address: each one is logged (time, address, user name
 * tried, never the password), and an address that fails {@link #maxFailures} times within
 * {@link #window} is refused for {@link #block}, whatever it sends, so passwords cannot be guessed
 * at network speed.
 */
final class LoginGuard {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration BLOCK = Duration.ofMinutes(5);
    /** Addresses remembered at most; stale ones are dropped first, so a scan of many addresses cannot fill memory. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final LongSupplier clockMillis;
    private final Consumer<String> log;
    private final Map<String, Attempts> byAddress = new HashMap<>();

    private static final class Attempts {
        final ArrayDeque<Long> failures = new ArrayDeque<>();
        long blockedUntil;
    }

    LoginGuard(int maxFailures, Duration window, Duration block, LongSupplier clockMillis, Consumer<String> log) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.clockMillis = clockMillis;
        this.log = log;
    }

    /** The server's guard: 5 failures a minute, then 5 minutes of 429, logged as warnings. */
    static LoginGuard standard() {
        org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(LoginGuard.class);
        return new LoginGuard(MAX_FAILURES, WINDOW, BLOCK, System::currentTimeMillis, logger::warn);
    }

    /** Seconds the address must still wait (0: it may try). */
    synchronized long retryAfterSeconds(String address) {
        Attempts a = byAddress.get(address);
        long now = clockMillis.getAsLong();
        if (a == null || a.blockedUntil <= now) {
            return 0;
        }
        return Math.max(1, (a.blockedUntil - now + 999) / 1000);
    }

    /** Records wrong credentials; {@code what} says which request (method and path). */
    synchronized void failed(String address, String user, String what) {
        long now = clockMillis.getAsLong();
        if (byAddress.size() >= MAX_ADDRESSES && !byAddress.containsKey(address)) {
            forgetStale(now);
        }
        Attempts a = byAddress.computeIfAbsent(address, k -> new Attempts());
        a.failures.addLast(now);
        while (!a.failures.isEmpty() && a.failures.peekFirst() <= now - window.toMillis()) {
            a.failures.removeFirst();
        }
        String when = Instant.ofEpochMilli(now).toString();
        log.accept(when + " wrong credentials from " + address + " for user " + quoted(user) + " (" + what + "; "
                + a.failures.size() + " within " + window.toSeconds() + " s)");
        if (a.failures.size() >= maxFailures) {
            a.blockedUntil = now + block.toMillis();
            a.failures.clear();
            log.accept(when + " " + address + " refused for " + block.toSeconds() + " s (429) after " + maxFailures
                    + " wrong credentials within " + window.toSeconds() + " s");
        }
    }

    private void forgetStale(long now) {
        byAddress.values().removeIf(a -> a.blockedUntil <= now
                && (a.failures.isEmpty() || a.failures.peekLast() <= now - window.toMillis()));
        if (byAddress.size() >= MAX_ADDRESSES) {
            // Under a flood from more addresses than that, forget the ones not blocked.
            byAddress.values().removeIf(a -> a.blockedUntil <= now);
        }
    }

    /** The user name as the client sent it, made safe for a log line (no line breaks or control characters, bounded). */
    static String quoted(String user) {
        if (user == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder("\"");
        user.codePoints().limit(64).forEach(c -> {
            if (Character.isISOControl(c) || c == '"' || c == '\\') {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        if (user.codePointCount(0, user.length()) > 64) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}

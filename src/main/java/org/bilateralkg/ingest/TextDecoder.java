package org.bilateralkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict decoding of article bytes: UTF-8 (or UTF-16 with a byte-order mark), nothing guessed. */
final class TextDecoder {
    private TextDecoder() {
    }

    /** Thrown with a one-line reason a user can act on. */
    static final class UndecodableException extends Exception {
        UndecodableException(String reason) {
            super(reason);
        }
    }

    static String decode(byte[] bytes) throws UndecodableException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return strip(decodeWith(StandardCharsets.UTF_16, bytes, "UTF-16"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UndecodableException("binary file (NUL byte at offset " + i + "), not UTF-8 text");
            }
        }
        return strip(decodeWith(StandardCharsets.UTF_8, bytes, "UTF-8"));
    }

    private static String decodeWith(java.nio.charset.Charset cs, byte[] bytes, String name)
            throws UndecodableException {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new UndecodableException("not valid " + name + " (bad byte sequence near offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new UndecodableException("not valid " + name);
        }
    }

    /** The byte-order mark is an encoding signal, not text. */
    private static String strip(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}

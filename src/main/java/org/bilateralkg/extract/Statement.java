package org.bilateralkg.extract;

import java.util.List;

/**
 * Something a person said, as reported. {@code kind}: statement, appeal, demand, retrospective.
 * {@code meetingIndex}: the meeting it was made at, when the text says so.
 */
public record Statement(int index, String speakerKey, String country, Integer meetingIndex, String reportedBy,
                        List<String> topics, String kind, String cameo, Evidence evidence) {
}

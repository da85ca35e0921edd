package org.bilateralkg.extract;

/** A photo caption: who took or supplied the photo and which meeting it shows. */
public record Photo(int index, String creditedTo, Integer meetingIndex, Evidence evidence) {
}

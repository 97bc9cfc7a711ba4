package org.rrhub.incidents.api;

/**
 * The small-number rule for figures about people: a count from 1 to 4 is not shown, because with so few people
 * someone who knows the ward could tell who they are. 0 and counts of 5 or more are shown.
 */
public final class SmallNumbers {

    /** The smallest count shown other than 0. */
    public static final int THRESHOLD = 5;
    public static final String FEWER_THAN_5 = "fewer than 5";

    private SmallNumbers() {
    }

    public static boolean isSuppressed(long count) {
        return count >= 1 && count < THRESHOLD;
    }

    /** The count as a page shows it. */
    public static String shown(long count) {
        return isSuppressed(count) ? FEWER_THAN_5 : Long.toString(count);
    }
}

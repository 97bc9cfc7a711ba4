package org.rrhub.incidents.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts by age band, gender or ethnic group (Standard 1.5.III) made safe to show: small numbers hidden
 * ({@link SmallNumbers}), and one more group hidden where a total would give a single hidden count away.
 *
 * <p>Secondary suppression: when exactly one group is hidden as a small number, the total minus the shown groups
 * would reveal it. The next-smallest group (the smallest count above 0 among those shown; the first in the given order
 * when counts are equal) is hidden too. Groups of 0 are never chosen, since hiding a 0 would reveal nothing more. If
 * every other group is 0 there is nothing to hide besides, but then the total is itself from 1 to 4 and is hidden.
 * When two or more groups are small, their sum is known but not how it splits, which is accepted.
 *
 * @param groups in the order of the map given (pass a LinkedHashMap, or an enum's order)
 * @param total the sum of all groups, or null when it is itself from 1 to 4
 */
public record Breakdown(String dimension, List<BreakdownGroup> groups, Long total) {

    public Breakdown {
        groups = List.copyOf(groups);
    }

    public static Breakdown of(String dimension, Map<String, Long> countsByGroupLabel) {
        List<String> labels = new ArrayList<>(countsByGroupLabel.keySet());
        long[] counts = new long[labels.size()];
        Suppression[] suppression = new Suppression[labels.size()];
        long total = 0;
        int small = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = countsByGroupLabel.get(labels.get(i));
            if (counts[i] < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + labels.get(i));
            }
            total += counts[i];
            suppression[i] = SmallNumbers.isSuppressed(counts[i]) ? Suppression.SMALL_NUMBER : Suppression.NONE;
            if (suppression[i] == Suppression.SMALL_NUMBER) {
                small++;
            }
        }
        if (small == 1) {
            int nextSmallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (suppression[i] == Suppression.NONE && counts[i] > 0
                        && (nextSmallest < 0 || counts[i] < counts[nextSmallest])) {
                    nextSmallest = i;
                }
            }
            if (nextSmallest >= 0) {
                suppression[nextSmallest] = Suppression.SECONDARY;
            }
        }
        List<BreakdownGroup> groups = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            boolean shown = suppression[i] == Suppression.NONE;
            groups.add(new BreakdownGroup(labels.get(i), shown ? counts[i] : null, suppression[i]));
        }
        return new Breakdown(dimension, groups, SmallNumbers.isSuppressed(total) ? null : total);
    }
}

package org.rrhub.pledge.api;

import java.util.List;

/** The public list of member organisations and their published top three priorities. No sign-in needed. */
public interface PublicDirectory {

    /** Organisations in name order. */
    List<PublishedPledge> all();
}

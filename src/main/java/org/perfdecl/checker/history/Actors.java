package org.perfdecl.checker.history;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking: the authenticated user's name, or {@value CheckRecord#ANONYMOUS}. */
public final class Actors {

    /** The actor of what the service does by itself (the retention purge). */
    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return CheckRecord.ANONYMOUS;
        }
        return auth.getName();
    }
}

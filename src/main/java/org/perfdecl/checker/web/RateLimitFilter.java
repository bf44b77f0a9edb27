package org.perfdecl.checker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** Answers 429 with Retry-After to a client past its rate for the requests this filter counts. */
final class RateLimitFilter extends OncePerRequestFilter {

    private final ClientRateLimits limits;
    private final Predicate<HttpServletRequest> counts;
    private final org.perfdecl.checker.report.LocalizedText what;

    /**
     * @param counts which requests take a token (others pass untouched)
     * @param what   what is limited, named in the answer and the setting
     */
    RateLimitFilter(ClientRateLimits limits, Predicate<HttpServletRequest> counts, org.perfdecl.checker.report.LocalizedText what) {
        this.limits = limits;
        this.counts = counts;
        this.what = what;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = counts.test(request) ? limits.take(request.getRemoteAddr()) : OptionalLong.empty();
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            Problems.send(request, response, Problems.said(request, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    java.util.Map.of("what", what, "seconds", wait.getAsLong())));
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.perfdecl.checker.web;

import jakarta.servlet.AsyncContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * How the body collector ends a body that does not arrive. The container is mocked: the stall that
 * matters here takes Tomcat's connection timeout (10 s) to happen on a real socket.
 */
class BodyCollectorTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/checks");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final AsyncContext async = mock(AsyncContext.class);
    private final BufferedBodyFilter.Collector collector = new BufferedBodyFilter.Collector(async, request, response, 1_000);

    @Test
    void aBodyThatStopsArrivingUntilTheConnectionTimesOutIsA408() throws Exception {
        collector.onError(new IOException(new SocketTimeoutException("Read timed out")));

        assertThat(response.getStatus()).isEqualTo(408);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("body-timeout").contains("did not arrive within the time allowed");
        verify(async).complete();
    }

    @Test
    void aClientThatHungUpGetsNoAnswer() {
        collector.onError(new IOException("Connection reset by peer"));

        assertThat(response.getContentAsByteArray()).isEmpty();
        verify(async).complete();
    }
}

package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems through a real Tomcat, over a raw socket: headers with bytes no client library sends
 * (Accept-Language as UTF-8 Chinese) and URLs Tomcat refuses before the application sees them.
 */
@LiveService
class LiveProblemLanguagesTest {

    @LocalServerPort
    int port;

    /** The status line and the JSON body of one raw HTTP/1.1 exchange. */
    private record Answer(String statusLine, JsonNode body) {
    }

    private Answer raw(byte[] head, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            String json = text.substring(text.indexOf("\r\n\r\n") + 4);
            if (text.contains("Transfer-Encoding: chunked") || text.contains("transfer-encoding: chunked")) {
                json = json.substring(json.indexOf("\r\n") + 2, json.lastIndexOf('}') + 1);
            }
            return new Answer(text.substring(0, text.indexOf("\r\n")), DeclarationJson.MAPPER.readTree(json));
        }
    }

    @Test
    void acceptLanguageInChineseBytesOnABadBodyIsTheNormal400InEnglish() throws Exception {
        byte[] body = "{\"projectName\": 5".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(("POST /api/v1/checks HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\nContent-Length: " + body.length + "\r\nAccept-Language: ").getBytes(StandardCharsets.US_ASCII));
        head.write("中文".getBytes(StandardCharsets.UTF_8));
        head.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Answer answer = raw(head.toByteArray(), body);
        assertThat(answer.statusLine()).as(answer.body().toString()).contains(" 400");
        assertThat(answer.body().get("code").asString()).isEqualTo("not-json");
        assertThat(answer.body().get("detail").asString()).startsWith("not valid JSON at line 1, column 18:");
    }

    @Test
    void aUrlTomcatRefusesIsAProblemInTheLanguageAskedFor() throws Exception {
        Answer answer = raw(("GET /api/v1/checks% HTTP/1.1\r\nHost: localhost\r\nAccept-Language: zh-CN,zh;q=0.9\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII), new byte[0]);
        assertThat(answer.statusLine()).contains(" 400");
        assertThat(answer.body().get("code").asString()).isEqualTo("http-400");
        assertThat(answer.body().get("title").asString()).isEqualTo("请求有误");
        assertThat(answer.body().get("detail").asString()).isEqualTo("无法理解此请求（其地址、请求头或内容格式有误）");
        assertThat(answer.body().at("/message/en").asString())
                .isEqualTo("the request could not be understood (its URL, headers or body are malformed)");
    }
}

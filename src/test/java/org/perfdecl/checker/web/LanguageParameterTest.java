package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LanguageParameterTest {

    private static MockHttpServletRequest query(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/rules");
        request.setQueryString(query);
        return request;
    }

    @Test
    void aPercentEncodedNameIsTheLangTheControllerBinds() {
        // Tomcat decodes ?%6Cang=fr to lang=fr: the check endpoints refused it, every other endpoint answered 200
        assertThrows(SaidProblem.class, () -> LanguageParameter.ofQuery(query("%6Cang=fr")));
        assertThrows(SaidProblem.class, () -> LanguageParameter.ofQuery(query("lang=en&%6C%61ng=fr")));
        assertEquals(Language.EN, LanguageParameter.ofQuery(query("%6Cang=en")));
        assertEquals("en", LanguageParameter.queryParameter(query("%6cang=en"), "lang"));
        assertEquals(Language.ZH, LanguageParameter.ofQuery(query("lang=zh&lang%5B%5D=fr&%zz=1&x")));
    }

    /** ?lang=zh&lang=en was answered in Chinese, silently (a reload too): now a 400 naming the parameter and both values. */
    @Test
    void twoLanguagesAreRefusedNamingBoth() {
        SaidProblem refused = assertThrows(SaidProblem.class, () -> LanguageParameter.ofQuery(query("lang=zh&lang=en")));
        assertEquals("lang", refused.getBody().getProperties().get("parameter"));
        assertEquals("the parameter 'lang' is given with two languages (zh, en): give it once, zh or en", refused.getBody().getDetail());
        assertThrows(SaidProblem.class, () -> LanguageParameter.ofQuery(query("lang=en-GB&lang=zh-CN")));
        // the same language twice is no conflict
        assertEquals(Language.ZH, LanguageParameter.ofQuery(query("lang=zh&lang=zh-CN")));
    }
}

package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepeatedParametersTest {

    enum Shape { ROUND, SQUARE }

    @SuppressWarnings("unused")
    static final class Handler {
        void handle(@RequestParam(defaultValue = "false") boolean explain, @RequestParam(name = "shape", required = false) Shape form,
                    @RequestParam(required = false) String unit) {
        }
    }

    private static void refuse(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
        request.setQueryString(query);
        try {
            RepeatedParameters.refuseConflicts(request, new HandlerMethod(new Handler(),
                    Handler.class.getDeclaredMethod("handle", boolean.class, Shape.class, String.class)));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFlagOrAChoiceWithTwoMeaningsIsRefusedNamingItAndTheValues() {
        SaidProblem flag = assertThrows(SaidProblem.class, () -> refuse("explain=true&explain=false"));
        assertEquals("explain", flag.getBody().getProperties().get("parameter"));
        assertEquals(List.of("true", "false"), flag.getBody().getProperties().get("values"));
        assertEquals("the parameter 'explain' is given with conflicting values (true, false): give it once", flag.getBody().getDetail());
        assertEquals("参数“explain”给出了相互矛盾的值（true, false）：只能给一次", flag.text().zh());
        SaidProblem choice = assertThrows(SaidProblem.class, () -> refuse("shape=ROUND&x=1&shape=SQUARE"));
        assertEquals("shape", choice.getBody().getProperties().get("parameter"));
        // a percent-encoded name is the parameter Spring binds
        assertThrows(SaidProblem.class, () -> refuse("explain=true&%65xplain=false"));
    }

    @Test
    void aValueThatCannotBeReadIsToldEvenBehindAGoodOne() {
        MethodArgumentTypeMismatchException e = assertThrows(MethodArgumentTypeMismatchException.class,
                () -> refuse("explain=true&explain=maybe"));
        assertEquals("explain", e.getName());
        assertEquals("maybe", e.getValue());
    }

    @Test
    void theSameMeaningTwiceAStringOrAnEmptyValueIsNoConflict() {
        assertDoesNotThrow(() -> refuse("explain=true&explain=yes&explain=1&explain=&shape=ROUND&shape=ROUND"));
        assertDoesNotThrow(() -> refuse("unit=a&unit=b&explain=false"));
        assertDoesNotThrow(() -> refuse(null));
    }
}

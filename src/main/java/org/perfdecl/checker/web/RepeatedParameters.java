package org.perfdecl.checker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A flag or choice of the query string (a {@code @RequestParam} bound to a boolean or an enum) given more than
 * once: Spring binds the first value and drops the rest, so {@code ?explain=true&explain=false} was answered with
 * the explanation, silently, and {@code ?explain=true&explain=maybe} without a word about {@code maybe}. Every
 * value is read as Spring reads one ({@code yes}, {@code 1}, {@code on} are true): one it cannot read is the
 * usual 400 naming the parameter and what it takes; two that mean different things are a 400 {@code bad-parameter}
 * naming the parameter and the values, as {@code ?lang=zh&lang=en} is ({@link LanguageParameter}). The same value
 * twice ({@code ?explain=true&explain=1}) is no conflict. Checked for every {@code /api/} handler before it runs,
 * so a new flag of any endpoint is covered without a line of its own.
 */
final class RepeatedParameters {

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private RepeatedParameters() {
    }

    /** Refuses a flag or choice of the handler given with values that mean different things. */
    static void refuseConflicts(HttpServletRequest request, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(parameter.getParameterType());
            if (annotation == null || !(type == Boolean.class || type.isEnum())) {
                continue;
            }
            String name = !annotation.name().isEmpty() ? annotation.name() : parameterName(parameter);
            if (name == null) {
                continue;
            }
            List<String> values = LanguageParameter.queryParameters(request, name);
            if (values.size() < 2) {
                continue;
            }
            Set<Object> meanings = new LinkedHashSet<>();
            for (String value : values) {
                if (value.isBlank()) {
                    continue; // written without a value: the default, as one left out
                }
                try {
                    meanings.add(Objects.requireNonNull(DefaultConversionService.getSharedInstance().convert(value, type)));
                } catch (ConversionException | NullPointerException e) {
                    throw new MethodArgumentTypeMismatchException(value, parameter.getParameterType(), name, parameter, e);
                }
            }
            if (meanings.size() > 1) {
                throw conflict(name, values);
            }
        }
    }

    /**
     * The 400 for a parameter given with values that mean different things: "the parameter 'NAME' is given
     * with conflicting values (A, B): give it once", in both languages, {@code parameter} naming it.
     */
    static SaidProblem conflict(String name, List<String> values) {
        return conflict(name, "problem.bad-parameter.conflict", values);
    }

    /** The same, worded from a key of the parameter's own (which gets {@code name} and {@code values}). */
    static SaidProblem conflict(String name, String key, List<String> values) {
        SaidProblem refused = new SaidProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "bad-parameter", null,
                ServiceTexts.text(key, Map.of("name", name, "values", String.join(", ", values))));
        refused.getBody().setProperty("parameter", name);
        refused.getBody().setProperty("values", List.copyOf(values));
        return refused;
    }

    private static String parameterName(MethodParameter parameter) {
        MethodParameter named = new MethodParameter(parameter); // a copy: the handler's own parameters stay as Spring set them
        named.initParameterNameDiscovery(NAMES);
        return named.getParameterName();
    }
}

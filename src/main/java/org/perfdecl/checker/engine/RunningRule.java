package org.perfdecl.checker.engine;

import org.perfdecl.checker.ruleset.RuleSet;

import java.util.List;

/**
 * Which rule's consequence a thread is in, read from its stack: Drools compiles the consequence of a rule
 * "a b" to a class {@code Rule_a_b…}. What tells a consequence that never returns (a loop in its Java, out
 * of reach of a halt) by name: the rule-set trial past its deadline and a check past its time limit.
 */
public final class RunningRule {

    private RunningRule() {
    }

    /** The rule whose consequence the stack is in; null when none is (a loop in a function or a constraint). */
    public static String of(StackTraceElement[] stack, RuleSet ruleSet) {
        String found = null;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            for (String rule : ruleSet.ruleNames()) {
                // the longest name that fits: "a b" and "a b c" both begin Rule_a_b
                if (type.startsWith("Rule_" + identifier(rule)) && (found == null || rule.length() > found.length())) {
                    found = rule;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A loop in a condition: the DRL functions the stack is in (none when the condition's own code loops), and the
     * rules whose conditions call them or are on the stack.
     */
    public record InCondition(List<String> functions, List<String> rules) {
    }

    /**
     * The rules whose conditions (a constraint of a pattern, an {@code eval}) call a DRL function the stack is in:
     * a loop there is out of reach of a halt as a consequence's is, and no class of the rule's name is on the stack.
     * A function compiles to a method of its own name in a class of the rule's package (MVEL: {@code Spin.spin},
     * the executable model: {@code Rules<hash>.spin}); the conditions that call it are found by their text. The
     * executable model compiles each constraint and eval to a class of its own ({@code LambdaPredicate<hash>}), which
     * is on the stack below the loop: the rules whose conditions hold that class are named too, so an eval, whose
     * text the executable model does not keep, and a constraint whose own code loops are named as well. Null when
     * the stack is in no function and no condition of the rule set.
     */
    public static InCondition ofCondition(StackTraceElement[] stack, org.kie.api.KieBase base) {
        if (base == null) {
            return null;
        }
        java.util.Set<String> packages = new java.util.HashSet<>();
        base.getKiePackages().forEach(p -> packages.add(p.getName()));
        List<String> functions = new java.util.ArrayList<>();
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            int dot = type.lastIndexOf('.');
            String simple = type.substring(dot + 1);
            String method = frame.getMethodName();
            // MVEL: class SpinsOn, method spinsOn; the executable model: class Rules<hash>, method spinsOn
            boolean function = simple.equalsIgnoreCase(method) || simple.matches("Rules[0-9A-F]{16,}") && !method.startsWith("lambda$");
            if (dot > 0 && packages.contains(type.substring(0, dot)) && function && !functions.contains(method)) {
                functions.add(frame.getMethodName());
            }
        }
        java.util.Set<String> onStack = conditionClassesOn(stack, packages);
        if (functions.isEmpty() && onStack.isEmpty()) {
            return null;
        }
        java.util.Set<String> rules = new java.util.TreeSet<>();
        java.util.Set<String> called = new java.util.LinkedHashSet<>(); // of the methods on the stack, those a condition calls
        try {
            for (var pkg : base.getKiePackages()) {
                for (var rule : pkg.getRules()) {
                    if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl) {
                        String conditions = conditionText(impl.getLhs(), new StringBuilder()).toString();
                        for (String f : functions) {
                            if (java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(f) + "\\s*\\(")
                                    .matcher(conditions).find()) {
                                rules.add(rule.getName());
                                called.add(f);
                            }
                        }
                        if (!onStack.isEmpty() && holdsAny(impl.getLhs(), onStack, 0, new java.util.IdentityHashMap<>())) {
                            rules.add(rule.getName());
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return null; // naming the rule is a courtesy: the check is answered all the same
        }
        if (functions.isEmpty() && rules.isEmpty()) {
            return null;
        }
        // an eval of MVEL keeps no text of its expression: its function, named without its rule here (its class names it)
        return new InCondition(List.copyOf(called.isEmpty() ? functions : called), List.copyOf(rules));
    }

    /**
     * The classes on the stack that the executable model generated for a condition of a rule in one of the packages
     * ({@code rules.stuck.PCE.LambdaPredicateCE36…} of package {@code rules.stuck}).
     */
    private static java.util.Set<String> conditionClassesOn(StackTraceElement[] stack, java.util.Set<String> packages) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            int dot = type.lastIndexOf('.');
            int outer = dot < 0 ? -1 : type.lastIndexOf('.', dot - 1);
            if (outer > 0 && type.startsWith("Lambda", dot + 1) && packages.contains(type.substring(0, outer))) {
                found.add(type);
            }
        }
        return found;
    }

    /**
     * Whether a rule's conditions hold an object of one of these classes: the lambdas of the executable model sit a few
     * objects deep in its constraints and evals (an eval's: {@code LambdaEvalExpression} → its evaluator → its constraint
     * → {@code Predicate1$Impl} → the lambda), in fields the engine does not expose, so they are looked for by reflection,
     * a few levels down, and only once a check has not returned.
     */
    private static boolean holdsAny(Object o, java.util.Set<String> classes, int depth, java.util.Map<Object, Boolean> seen) {
        if (o == null || depth > 10 || seen.put(o, Boolean.TRUE) != null) {
            return false;
        }
        Class<?> type = o.getClass();
        if (classes.contains(type.getName())) {
            return true;
        }
        if (type.isArray()) {
            if (o instanceof Object[] items) {
                for (Object item : items) {
                    if (holdsAny(item, classes, depth + 1, seen)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (o instanceof Iterable<?> items) {
            for (Object item : items) {
                if (holdsAny(item, classes, depth + 1, seen)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.getName();
        if (!name.startsWith("org.drools.") && !name.startsWith("org.kie.")) {
            return false; // the way down runs through the engine's objects; a fact type, a String or a map of metadata does not lead there
        }
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (java.lang.reflect.Field field : k.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    if (holdsAny(field.get(o), classes, depth + 1, seen)) {
                        return true;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a field that cannot be read (a module's): not the way
                }
            }
        }
        return false;
    }

    /** The text of a rule's conditions as the compiled rule keeps it: its constraints and evals. */
    private static StringBuilder conditionText(org.drools.base.rule.RuleConditionElement element, StringBuilder text) {
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            pattern.getConstraints().forEach(c -> text.append(c).append('\n'));
        }
        if (element instanceof org.drools.base.rule.EvalCondition eval) {
            text.append(eval.getEvalExpression()).append('\n').append(evalText(eval.getEvalExpression())).append('\n');
        }
        for (var nested : element.getNestedElements()) {
            conditionText(nested, text);
        }
        return text;
    }

    /**
     * The source text of an eval of the executable model, which its toString leaves out: its evaluator's
     * evaluator's ({@code LambdaEvalExpression.evaluator}). Empty when the engine keeps it elsewhere.
     */
    private static String evalText(Object expression) {
        try {
            java.lang.reflect.Field field = expression.getClass().getDeclaredField("evaluator");
            field.setAccessible(true);
            return String.valueOf(field.get(expression)); // its constraint's text
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }

    private static String identifier(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> b.appendCodePoint(Character.isJavaIdentifierPart(c) ? c : '_'));
        return b.toString();
    }
}

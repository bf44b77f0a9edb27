package org.perfdecl.checker.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generators of what an attacker or a careless user sends: declarations whose fields have any JSON
 * shape, real text forms with lines and cells mangled, and raw bytes (some starting like an Office
 * file, a PDF or a byte-order mark). Shared by the in-process properties and the HTTP run.
 */
public final class Inputs {

    private Inputs() {
    }

    static final List<String> TEXT_FIELDS = List.of("title", "framework", "unit", "projectName", "startDate", "endDate",
            "overview", "basis", "necessity", "safeguards", "implementationPlan", "overallGoal", "annualGoal", "remarks");
    static final List<String> AMOUNT_FIELDS = List.of("totalBudget", "currentYearBudget", "lastYearBudget", "lastYearSpent");

    /** Numbers as JSON text, including the ones that overflowed a double, a long or an int. */
    private static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-0", "1e400", "-1e400", "1e999999999", "1.5e-999999999", "99999999999",
                        "123456789012345678901234567890", "0.000000001", "7600000", "8900000.00", "-5", "2019", "1E+3"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf));
    }

    /** Strings that look like form values, and strings that do not. */
    private static Arbitrary<String> strings() {
        Arbitrary<String> formLike = Arbitraries.of("≥95%", "≧ %", "**", "是", "否", "100%", "≤1125万元", "2019年1月1日",
                "2019 年 13 月 45 日", "待定", "７，６００，０００", "$\\geq 90\\%$", "&ge;90%", "<p>一</p><p>二</p>",
                "市委市政府已确定的新增项目", "产出目标", "满意度", "〔2011〕62号", "《办法》", "及时", "2023.07-2024.01",
                "45,292 45,292", "500元/户发放到户", "\u0000", "\uFEFF", "\uD800", "🙂", "\t\n\r", " ");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> long_ = Arbitraries.strings().withChars("9%≥年<input 的").ofMinLength(500).ofMaxLength(3000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, formLike), net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(1, long_));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, strings().map(Inputs::quote)),
                net.jqwik.api.Tuple.of(3, numbers()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("true", "false", "null")));
    }

    /** Any JSON value, nested a few levels. */
    private static Arbitrary<String> value(int depth) {
        if (depth == 0) {
            return scalar();
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> object = Combinators.combine(strings(), value(depth - 1)).as((k, v) -> quote(k) + ":" + v)
                .list().ofMaxSize(3).map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalar()), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, object));
    }

    /** A row of a table: usually an object with the row's keys, sometimes anything at all. */
    private static Arbitrary<String> row(List<String> keys) {
        Arbitrary<String> member = Combinators.combine(Arbitraries.of(keys), value(1)).as((k, v) -> quote(k) + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(keys.size() + 1).map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, object), net.jqwik.api.Tuple.of(1, value(2)));
    }

    private static Arbitrary<String> table(List<String> keys, int max) {
        Arbitrary<String> rows = row(keys).list().ofMaxSize(max).map(l -> "[" + String.join(",", l) + "]");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, rows), net.jqwik.api.Tuple.of(1, value(2)));
    }

    /** A declaration as JSON text: every known field absent or of any shape, plus unknown fields. */
    public static Arbitrary<String> jsonDeclarations() {
        List<Arbitrary<String>> members = new ArrayList<>();
        TEXT_FIELDS.forEach(f -> members.add(optional(f, value(1))));
        AMOUNT_FIELDS.forEach(f -> members.add(optional(f, Arbitraries.oneOf(numbers(), value(1)))));
        members.add(optional("budgetYear", Arbitraries.oneOf(numbers(), value(1))));
        members.add(optional("projectType", table(List.of("label", "checked"), 7)));
        members.add(optional("fundUse", table(List.of("label", "checked"), 7)));
        members.add(optional("subProjects", table(List.of("name", "amount"), 6)));
        members.add(optional("indicators", table(List.of("level1", "level2", "level3", "target", "unit", "nature", "direction"), 25)));
        members.add(optional("未知字段", value(2)));
        return Combinators.combine(members).as(parts -> "{" + String.join(",", parts.stream().filter(p -> !p.isEmpty()).toList()) + "}");
    }

    private static Arbitrary<String> optional(String name, Arbitrary<String> value) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, value.map(v -> quote(name) + ":" + v)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    /** A real form as exported to text, with lines and cells mangled. */
    public static Arbitrary<String> textForms() {
        List<String> seeds = seedTexts();
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 60).map(i -> (Mutation) lines -> remove(lines, i)),
                Arbitraries.integers().between(0, 60).map(i -> (Mutation) lines -> duplicate(lines, i)),
                Combinators.combine(Arbitraries.integers().between(0, 60), strings())
                        .as((i, s) -> (Mutation) lines -> replaceCell(lines, i, s)),
                Combinators.combine(Arbitraries.integers().between(0, 60), strings())
                        .as((i, s) -> (Mutation) lines -> insert(lines, i, s)),
                Arbitraries.integers().between(0, 60).map(i -> (Mutation) lines -> cut(lines, i)));
        return Combinators.combine(Arbitraries.of(seeds), mutation.list().ofMinSize(1).ofMaxSize(6)).as((seed, ms) -> {
            List<String> lines = new ArrayList<>(List.of(seed.split("\n", -1)));
            ms.forEach(m -> m.apply(lines));
            return String.join("\n", lines);
        });
    }

    /** Bytes, sometimes starting like a zip (xlsx, docx), an OLE file (xls, doc), a PDF or a BOM. */
    public static Arbitrary<byte[]> rawBytes() {
        Arbitrary<byte[]> prefix = Arbitraries.of(new byte[0], "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1),
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[]{(byte) 0xFF, (byte) 0xFE}, "{\"indicators\":".getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(prefix, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)).as((p, b) -> {
            byte[] all = new byte[p.length + b.length];
            System.arraycopy(p, 0, all, 0, p.length);
            System.arraycopy(b, 0, all, p.length, b.length);
            return all;
        });
    }

    @FunctionalInterface
    interface Mutation {
        void apply(List<String> lines);
    }

    private static void remove(List<String> lines, int i) {
        if (!lines.isEmpty()) {
            lines.remove(i % lines.size());
        }
    }

    private static void duplicate(List<String> lines, int i) {
        if (!lines.isEmpty()) {
            lines.add(i % lines.size(), lines.get(i % lines.size()));
        }
    }

    private static void replaceCell(List<String> lines, int i, String text) {
        if (lines.isEmpty()) {
            return;
        }
        int at = i % lines.size();
        String[] cells = lines.get(at).split("\t", -1);
        cells[(i * 7) % cells.length] = text;
        lines.set(at, String.join("\t", cells));
    }

    private static void insert(List<String> lines, int i, String text) {
        lines.add(lines.isEmpty() ? 0 : i % (lines.size() + 1), text);
    }

    private static void cut(List<String> lines, int i) {
        while (lines.size() > Math.max(1, i)) {
            lines.remove(lines.size() - 1);
        }
    }

    static List<String> seedTexts() {
        try (Stream<Path> files = Files.list(Path.of("fixtures/seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

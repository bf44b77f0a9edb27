package org.perfdecl.checker.ruleset;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A rule set compiled with Drools' executable model, read back from its kjar: the rules are classes
 * (the models Drools generated, with their lambdas), so the KieBase is built from them directly, with
 * no DRL parsing and no Java compiler. The kjar's classes get a class loader of their own, dropped
 * with the rule set.
 */
final class CompiledKjar {

    private static final String MODEL_LIST = "/drools-model";

    private CompiledKjar() {
    }

    static KieBase kieBase(byte[] kjar) {
        Map<String, byte[]> entries = entries(kjar);
        KjarClassLoader loader = new KjarClassLoader(entries, RuleSetLoader.class.getClassLoader());
        String list = entries.keySet().stream().filter(n -> n.startsWith("META-INF/kie/") && n.endsWith(MODEL_LIST))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not an executable-model kjar: no drools-model list"));
        List<Model> models = new ArrayList<>();
        try {
            for (String line : new String(entries.get(list), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) loader.loadClass(name).getConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("the kjar's rule model does not load: " + e, e);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("not an executable-model kjar: no rule model");
        }
        return KieBaseBuilder.createKieBaseFromModel(models, ConsequenceFailures.configuration(loader));
    }

    private static Map<String, byte[]> entries(byte[] kjar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a kjar", e);
        }
        return entries;
    }

    /** Defines the kjar's classes on demand; everything else comes from the checker's own loader. */
    private static final class KjarClassLoader extends ClassLoader {
        private final Map<String, byte[]> entries;

        KjarClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            byte[] bytes = entries.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }
}

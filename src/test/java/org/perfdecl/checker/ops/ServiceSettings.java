package org.perfdecl.checker.ops;

import org.perfdecl.checker.web.CheckerProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the service reads from its environment, as the manifests must speak to it: the defaults of
 * application.properties, the environment variables that reach a property (a placeholder such as
 * {@code ${CHECKER_RULES_DIR:rules}}, a variable the code reads itself, or Spring's relaxed binding of any property the service or
 * Spring Boot knows: {@code spring.datasource.url} is {@code SPRING_DATASOURCE_URL}), the server port
 * and where the actuator serves the probes.
 */
final class ServiceSettings {

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::([^}]*))?}");

    private final Properties defaults;
    private final List<Pattern> environmentNames = new ArrayList<>();

    private ServiceSettings(Properties defaults) {
        this.defaults = defaults;
    }

    static ServiceSettings load() {
        Properties defaults = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceSettings settings = new ServiceSettings(defaults);
        for (String key : defaults.stringPropertyNames()) {
            settings.known(key);
            Matcher placeholder = PLACEHOLDER.matcher(defaults.getProperty(key));
            while (placeholder.find()) {
                settings.environmentNames.add(Pattern.compile(Pattern.quote(placeholder.group(1))));
            }
        }
        settings.recordComponents(CheckerProperties.class, "CHECKER");
        settings.readByTheCode(Path.of("src/main/java"));
        settings.springBootMetadata();
        return settings;
    }

    /** Whether an environment variable of the container reaches the service (or the JVM). */
    boolean readsVariable(String name) {
        return JVM_VARIABLES.contains(name) || environmentNames.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /** The port the service listens on with this environment. */
    int serverPort(Map<String, String> env) {
        if (env.containsKey("SERVER_PORT")) {
            return Integer.parseInt(env.get("SERVER_PORT"));
        }
        return Integer.parseInt(resolve(defaults.getProperty("server.port", "8080"), env));
    }

    /** The value of a property with this environment (placeholders resolved; a relaxed-bound variable wins). */
    String property(String key, Map<String, String> env) {
        String relaxed = environmentForm(key);
        if (env.containsKey(relaxed)) {
            return env.get(relaxed);
        }
        String value = defaults.getProperty(key);
        return value == null ? null : resolve(value, env);
    }

    /** Where a health group is served: the actuator's base path, /health, the group. */
    String healthGroupPath(String group) {
        String base = defaults.getProperty("management.endpoints.web.base-path", "/actuator");
        return base + "/health/" + group;
    }

    boolean servesProbes() {
        String exposed = defaults.getProperty("management.endpoints.web.exposure.include", "health");
        return Boolean.parseBoolean(defaults.getProperty("management.endpoint.health.probes.enabled"))
                && (exposed.equals("*") || List.of(exposed.split("\\s*,\\s*")).contains("health"));
    }

    /** The management port when the actuator is served apart from the application (null: the same port). */
    String managementPort() {
        return defaults.getProperty("management.server.port");
    }

    private static String resolve(String value, Map<String, String> env) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = env.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Spring's relaxed binding from the environment: upper case, '.' to '_', '-' dropped. */
    static String environmentForm(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    private void known(String property) {
        environmentNames.add(Pattern.compile(Pattern.quote(environmentForm(property))));
    }

    /** The service's own settings, as bound from {@code checker.*}: nested records and maps of them. */
    private void recordComponents(Class<?> type, String prefix) {
        for (RecordComponent c : type.getRecordComponents()) {
            String name = prefix + "_" + c.getName().toUpperCase(Locale.ROOT);
            walk(c.getGenericType(), Pattern.quote(name));
        }
    }

    private void walk(Type type, String regex) {
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                walk(component.getGenericType(), regex + Pattern.quote("_" + component.getName().toUpperCase(Locale.ROOT)));
            }
        } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            walk(p.getActualTypeArguments()[1], regex + "_[A-Z0-9]+");
        } else {
            environmentNames.add(Pattern.compile(regex));
        }
    }

    /** Variables the service's code reads itself ({@code System.getenv("XDG_CACHE_HOME")}). */
    private void readByTheCode(Path sources) {
        Pattern getenv = Pattern.compile("System\\.getenv\\(\"([A-Za-z0-9_]+)\"\\)");
        try (var files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = getenv.matcher(Files.readString(file));
                while (m.find()) {
                    environmentNames.add(Pattern.compile(Pattern.quote(m.group(1))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every property Spring Boot and the libraries on the classpath document. */
    private void springBootMetadata() {
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        known(property.path("name").asString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

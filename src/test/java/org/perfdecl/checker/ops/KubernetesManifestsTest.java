package org.perfdecl.checker.ops;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/ as far as a machine without a cluster can check it: every manifest read strictly as the
 * Kubernetes API, and the relations between the manifests and the service (see {@link DeployChecks}).
 * The second half breaks one thing at a time in a copy of the real manifests and expects it named.
 */
class KubernetesManifestsTest {

    private static Map<String, String> deploy;
    private static Map<String, Long> rules;
    private static ServiceSettings service;

    @BeforeAll
    static void read() {
        deploy = DeployChecks.filesOf(Path.of("deploy"));
        rules = DeployChecks.rulesOf(Path.of("rules"));
        service = ServiceSettings.load();
    }

    @Test
    void theManifestsReadAsTheKubernetesApiAndMeetTheService() {
        assertThat(deploy).containsKeys("base/kustomization.yaml", "base/deployment.yaml", "base/service.yaml",
                "base/hpa.yaml", "base/pdb.yaml", "secret.example.yaml", "rules-configmap.sh",
                "git-sync/kustomization.yaml", "git-sync/git-sync-patch.yaml");
        assertThat(DeployChecks.problems(deploy, rules, service)).isEmpty();
    }

    @Test
    void theServiceSettingsAreThoseOfApplicationProperties() {
        assertThat(service.serverPort(Map.of())).isEqualTo(8080);
        assertThat(service.serverPort(Map.of("PORT", "9000"))).isEqualTo(9000);
        assertThat(service.healthGroupPath("readiness")).isEqualTo("/actuator/health/readiness");
        assertThat(service.property("checker.rules-dir", Map.of("CHECKER_RULES_DIR", "/app/rules"))).isEqualTo("/app/rules");
        assertThat(service.readsVariable("CHECKER_RULES_DIR")).isTrue();            // a placeholder
        assertThat(service.readsVariable("CHECKER_HTTP_CHECKSPERMINUTE")).isTrue(); // relaxed binding of checker.http.checks-per-minute
        assertThat(service.readsVariable("SERVER_PORT")).isTrue();                  // Spring Boot's metadata
        assertThat(service.readsVariable("SPRING_DATASOURCE_USERNAME")).isTrue();
        assertThat(service.readsVariable("CHECKER_USERS_RITA_PASSWORD")).isTrue();  // a key of the checker.users map
        assertThat(service.readsVariable("XDG_CACHE_HOME")).isTrue();               // read by the code (System.getenv)
        assertThat(service.readsVariable("CHECKER_RULE_DIR")).isFalse();
        assertThat(service.readsVariable("CHECKER_HTTP_CHECKS_PER_MINUTE")).isFalse(); // '-' is dropped, not turned into '_'
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a misspelt field            | base/deployment.yaml | readinessProbe:                            | readinesProbe:                   | Unrecognized field "readinesProbe"
            a field at the wrong level  | base/deployment.yaml | `      automountServiceAccountToken: false` | `      replica: 3`             | Unrecognized field "replica"
            a string for an integer     | base/deployment.yaml | replicas: 2                                | replicas: "2"                    | spec.replicas
            a number for a string       | base/deployment.yaml | value: /app/rules                          | value: 42                        | env[0].value
            an old apiVersion           | base/hpa.yaml        | autoscaling/v2                             | autoscaling/v2beta1              | served as apiVersion autoscaling/v2
            a duplicated key            | base/service.yaml    | `  type: ClusterIP`                        | `  type: ClusterIP\\n  type: NodePort` | Duplicate Object property
            one replica                 | base/deployment.yaml | replicas: 2                                | replicas: 1                      | at least 2
            a probe path the app lacks  | base/deployment.yaml | path: /actuator/health/readiness           | path: /actuator/health/ready     | answers the readiness probe at /actuator/health/readiness
            probes the wrong way round  | base/deployment.yaml | path: /actuator/health/liveness\\n              port: http\\n            periodSeconds: 10 | path: /actuator/health/readiness\\n              port: http\\n            periodSeconds: 10 | livenessProbe GETs /actuator/health/readiness
            a container port not served | base/deployment.yaml | containerPort: 8080                        | containerPort: 8081              | server port 8080
            a misspelt variable         | base/deployment.yaml | name: CHECKER_RULES_DIR                    | name: CHECKER_RULE_DIR           | sets CHECKER_RULE_DIR, which no property
            a misspelt Spring variable  | base/deployment.yaml | name: SPRING_DATASOURCE_URL                | name: SPRING_DATASOURCE_ULR      | sets SPRING_DATASOURCE_ULR, which no property
            a misspelt user setting     | base/deployment.yaml | name: CHECKER_USERS_REVIEWER_ROLES         | name: CHECKER_USERS_REVIEWER_ROLE | sets CHECKER_USERS_REVIEWER_ROLE, which no property
            a secret key not made       | base/deployment.yaml | key: CHECKER_ADMIN_PASSWORD                | key: CHECKER_ADMIN_PASWORD       | reads key 'CHECKER_ADMIN_PASWORD'
            a secret not made           | base/deployment.yaml | `                  name: declaration-checker\\n                  key: SPRING_DATASOURCE_URL` | `                  name: checker-db\\n                  key: SPRING_DATASOURCE_URL` | reads Secret 'checker-db'
            a service selecting nothing | base/service.yaml    | `  selector:\\n    app.kubernetes.io/name: declaration-checker` | `  selector:\\n    app.kubernetes.io/name: declaration-checkr` | Service spec.selector
            a target port not there     | base/service.yaml    | targetPort: http                           | targetPort: web                  | targets web
            a ConfigMap not made        | base/deployment.yaml | name: checker-rules                        | name: rules                      | rules-configmap.sh makes 'checker-rules'
            a rules file left out       | base/deployment.yaml | `              - {key: review.dsl, path: review.dsl}\\n` | ``          | rules/review.dsl is not in the ConfigMap
            a key put at the wrong path | base/deployment.yaml | path: frameworks/central-2021.yaml         | path: central-2021.yaml          | key frameworks__central-2021.yaml
            rules mounted elsewhere     | base/deployment.yaml | mountPath: /app/rules                      | mountPath: /rules                | checker.rules-dir is /app/rules
            a request above its limit   | base/deployment.yaml | `            limits:\\n              cpu: "2"` | `            limits:\\n              cpu: 500m` | above its limit 500m
            a limit below the peak      | base/deployment.yaml | `            limits:\\n              cpu: "2"\\n              memory: 1Gi` | `            limits:\\n              cpu: "2"\\n              memory: 640Mi` | below the measured peak
            a writable root             | base/deployment.yaml | readOnlyRootFilesystem: true               | readOnlyRootFilesystem: false    | read-only root file system
            an autoscaler aimed astray  | base/hpa.yaml        | `    name: declaration-checker`            | `    name: checker`              | scaleTargetRef
            a budget that blocks drains | base/pdb.yaml        | minAvailable: 1                            | minAvailable: 2                  | could ever be drained
            a file database             | secret.example.yaml  | jdbc:postgresql://postgres.example.svc.cluster.local:5432/checker | jdbc:h2:file:./data/history | not a PostgreSQL URL
            a manifest not listed       | base/kustomization.yaml | `  - pdb.yaml\\n`                        | ``                               | base/pdb.yaml is in its folder but not in its resources
            git-sync writing elsewhere  | git-sync/git-sync-patch.yaml | value: /git/current/rules          | value: /git/rules                | CHECKER_RULES_DIR / CHECKER_FIXTURES_DIR must be /git/current
            git-sync keeping the map    | git-sync/git-sync-patch.yaml | configMap: null                    | configMap: {name: checker-rules} | must become an emptyDir
            """)
    void aBrokenManifestIsNamed(String what, String file, String from, String to, String expected) {
        String original = deploy.get(file);
        String search = from.replace("\\n", "\n");
        assertThat(original).as("the real %s has the text to break", file).contains(search);
        Map<String, String> broken = new TreeMap<>(deploy);
        broken.put(file, original.replaceFirst(java.util.regex.Pattern.quote(search),
                java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n"))));

        List<String> problems = DeployChecks.problems(broken, rules, service);

        assertThat(problems).as(what).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void aRulesFolderTooLargeForAConfigMapIsNamed() {
        Map<String, Long> large = new TreeMap<>(rules);
        large.put("parameters.yaml", 2L * 1024 * 1024);
        assertThat(DeployChecks.problems(deploy, large, service))
                .anySatisfy(p -> assertThat(p).contains("more than a ConfigMap's 1 MiB"));
    }

    @Test
    void aNewRulesFileIsNamedWithTheLineToAdd() {
        Map<String, Long> more = new TreeMap<>(rules);
        more.put("tables/review.xlsx", 20_000L);
        assertThat(DeployChecks.problems(deploy, more, service)).containsExactly(
                "rules/tables/review.xlsx is not in the ConfigMap: add `- {key: tables__review.xlsx, path: tables/review.xlsx}`"
                        + " to the items of volume 'rules' in deploy/base/deployment.yaml");
    }
}

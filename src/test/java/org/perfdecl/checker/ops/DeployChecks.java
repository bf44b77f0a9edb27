package org.perfdecl.checker.ops;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What must hold between the manifests of deploy/ and the service they run: each manifest reads as
 * the Kubernetes API (see {@link DeployManifests}), every manifest is in its kustomization, names and
 * selectors meet, the probes hit the actuator's probe paths on the port the service listens on, every
 * environment variable reaches a property, every Secret and ConfigMap key referenced is made, the
 * ConfigMap carries every file of rules/ at its path, and the pods run as the security context says.
 * {@link #problems} answers a list of problems (empty: all hold), so a test can break a manifest and
 * see the problem named.
 */
final class DeployChecks {

    static final String CHECKER = "checker";
    private static final long CONFIG_MAP_LIMIT = 1024 * 1024;
    /** The service's peak RSS with its heap at 60% of 1 GiB, measured for docs/scaling.md. */
    private static final long MEASURED_PEAK_RSS = 831L * 1024 * 1024;

    private final Map<String, String> files;
    private final List<String> rulesFiles;
    private final long rulesBytes;
    private final ServiceSettings service;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<DeployManifests.Document>> documents = new TreeMap<>();

    private DeployChecks(Map<String, String> files, Map<String, Long> rules, ServiceSettings service) {
        this.files = files;
        this.rulesFiles = List.copyOf(new TreeMap<>(rules).keySet());
        this.rulesBytes = rules.values().stream().mapToLong(Long::longValue).sum();
        this.service = service;
    }

    /** The files of a folder (relative path, '/'-separated -> text). */
    static Map<String, String> filesOf(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files of the rules folder a ConfigMap must carry (relative path -> size): all but README.md and hidden files. */
    static Map<String, Long> rulesOf(Path rules) {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(rules)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String relative = rules.relativize(p).toString().replace('\\', '/');
                if (!relative.endsWith(".md") && Stream.of(relative.split("/")).noneMatch(s -> s.startsWith("."))) {
                    sizes.put(relative, Files.size(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    static List<String> problems(Map<String, String> deployFiles, Map<String, Long> rules, ServiceSettings service) {
        DeployChecks checks = new DeployChecks(deployFiles, rules, service);
        checks.run();
        return checks.problems;
    }

    private void run() {
        Set<String> patches = kustomizations();
        files.forEach((name, text) -> {
            if (name.endsWith(".yaml") && !name.endsWith("kustomization.yaml")) {
                List<DeployManifests.Document> read = DeployManifests.read(name, text, patches.contains(name));
                read.stream().map(DeployManifests.Document::problem).filter(Objects::nonNull).forEach(problems::add);
                documents.put(name, read);
            }
        });
        if (!problems.isEmpty()) {
            return; // the relations below need every manifest read
        }
        Deployment deployment = one("base/", Deployment.class);
        Service svc = one("base/", Service.class);
        HorizontalPodAutoscaler hpa = one("base/", HorizontalPodAutoscaler.class);
        PodDisruptionBudget pdb = one("base/", PodDisruptionBudget.class);
        Secret secret = one("secret.example.yaml", Secret.class);
        if (deployment == null || svc == null || hpa == null || pdb == null || secret == null) {
            return;
        }
        replicasAndNames(deployment, svc, hpa, pdb);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container checker = container(pod, "deploy/base/deployment.yaml", true);
        if (checker == null) {
            return;
        }
        Map<String, String> env = plainEnv(checker);
        portsAndProbes(svc, checker, env);
        environment(checker, "base/deployment.yaml", secret);
        rulesVolume(pod, checker, env);
        security(pod, checker);
        noH2(secret);
        gitSync(deployment, secret);
    }

    // ---- kustomizations: every manifest listed, every listed file there

    private Set<String> kustomizations() {
        Set<String> patches = new java.util.HashSet<>();
        Set<String> allowed = Set.of("apiVersion", "kind", "resources", "patches", "namespace", "labels", "images");
        for (String name : files.keySet().stream().filter(n -> n.endsWith("kustomization.yaml")).toList()) {
            String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
            Map<String, Object> k;
            try {
                k = DeployManifests.readKustomization(files.get(name));
            } catch (RuntimeException e) {
                problems.add(name + ": not YAML: " + e.getMessage());
                continue;
            }
            k.keySet().stream().filter(key -> !allowed.contains(key))
                    .forEach(key -> problems.add(name + ": '" + key + "' is not a kustomization field deploy/ uses " + allowed));
            if (!"Kustomization".equals(k.get("kind")) || !"kustomize.config.k8s.io/v1beta1".equals(k.get("apiVersion"))) {
                problems.add(name + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
            }
            Set<String> listed = new java.util.HashSet<>();
            for (Object r : list(k.get("resources"))) {
                String target = normalize(dir + r);
                if (files.containsKey(target)) {
                    listed.add(target);
                } else if (!files.containsKey(target + "/kustomization.yaml")) {
                    problems.add(name + ": resource '" + r + "' is neither a file nor a kustomization in deploy/");
                }
            }
            for (Object p : list(k.get("patches"))) {
                Object path = p instanceof Map<?, ?> m ? m.get("path") : null;
                String target = path == null ? null : normalize(dir + path);
                if (target == null || !files.containsKey(target)) {
                    problems.add(name + ": patch " + p + " names no file in deploy/");
                } else {
                    patches.add(target);
                    listed.add(target);
                }
            }
            files.keySet().stream()
                    .filter(f -> f.startsWith(dir) && !f.substring(dir.length()).contains("/") && f.endsWith(".yaml"))
                    .filter(f -> !f.equals(name) && !listed.contains(f))
                    .forEach(f -> problems.add(name + ": " + f + " is in its folder but not in its resources or patches"));
        }
        return patches;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String normalize(String path) {
        Path p = Path.of(path).normalize();
        return p.toString().replace('\\', '/');
    }

    @SuppressWarnings("unchecked")
    private <T extends HasMetadata> List<T> all(String prefix, Class<T> type) {
        return documents.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .flatMap(e -> e.getValue().stream()).map(DeployManifests.Document::resource)
                .filter(type::isInstance).map(r -> (T) r).toList();
    }

    private <T extends HasMetadata> T one(String prefix, Class<T> type) {
        List<T> found = all(prefix, type);
        if (found.size() != 1) {
            problems.add("deploy/" + prefix + " holds " + found.size() + " " + type.getSimpleName() + "(s), expected one");
            return null;
        }
        return found.get(0);
    }

    private Container container(PodSpec pod, String where, boolean complete) {
        var found = pod.getContainers().stream().filter(c -> CHECKER.equals(c.getName())).findFirst();
        if (found.isEmpty()) {
            problems.add(where + ": no container named '" + CHECKER + "'");
        }
        found.filter(c -> complete && (c.getImage() == null || c.getImage().isBlank()))
                .ifPresent(c -> problems.add(where + ": container " + CHECKER + " has no image"));
        return found.orElse(null);
    }

    private static Map<String, String> plainEnv(Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar e : c.getEnv()) {
            if (e.getValueFrom() == null) {
                env.put(e.getName(), e.getValue() == null ? "" : e.getValue());
            }
        }
        return env;
    }

    // ---- replicas, names, selectors

    private void replicasAndNames(Deployment deployment, Service svc, HorizontalPodAutoscaler hpa, PodDisruptionBudget pdb) {
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Integer replicas = deployment.getSpec().getReplicas();
        if (replicas == null || replicas < 2) {
            problems.add("Deployment: replicas " + replicas + ", at least 2 (one replica is no scale-out and no spare)");
        }
        selects("Deployment spec.selector.matchLabels", deployment.getSpec().getSelector().getMatchLabels(), podLabels);
        selects("Service spec.selector", svc.getSpec().getSelector(), podLabels);
        selects("PodDisruptionBudget spec.selector.matchLabels", pdb.getSpec().getSelector().getMatchLabels(), podLabels);

        var target = hpa.getSpec().getScaleTargetRef();
        if (!"Deployment".equals(target.getKind()) || !"apps/v1".equals(target.getApiVersion())
                || !deployment.getMetadata().getName().equals(target.getName())) {
            problems.add("HorizontalPodAutoscaler scaleTargetRef " + target.getApiVersion() + " " + target.getKind() + " "
                    + target.getName() + " is not the Deployment " + deployment.getMetadata().getName());
        }
        Integer min = hpa.getSpec().getMinReplicas();
        if (min == null || min < 2 || hpa.getSpec().getMaxReplicas() < min) {
            problems.add("HorizontalPodAutoscaler: minReplicas " + min + " (at least 2) up to maxReplicas " + hpa.getSpec().getMaxReplicas());
        }
        boolean cpu = hpa.getSpec().getMetrics().stream().anyMatch(m -> "Resource".equals(m.getType())
                && m.getResource() != null && "cpu".equals(m.getResource().getName())
                && "Utilization".equals(m.getResource().getTarget().getType()));
        if (!cpu) {
            problems.add("HorizontalPodAutoscaler: no CPU utilisation metric (checks are CPU-bound)");
        }
        IntOrString minAvailable = pdb.getSpec().getMinAvailable();
        if (minAvailable == null || minAvailable.getIntVal() == null || min == null || minAvailable.getIntVal() >= min) {
            problems.add("PodDisruptionBudget: minAvailable " + show(minAvailable) + " must be a number below the "
                    + "autoscaler's minReplicas " + min + ", or no node could ever be drained");
        }
    }

    private void selects(String what, Map<String, String> selector, Map<String, String> podLabels) {
        if (selector == null || selector.isEmpty()) {
            problems.add(what + " is empty");
        } else if (!podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add(what + " " + selector + " does not select the pods, labelled " + podLabels);
        }
    }

    // ---- ports and probes

    private void portsAndProbes(Service svc, Container checker, Map<String, String> env) {
        int serverPort = service.serverPort(env);
        List<ContainerPort> ports = checker.getPorts();
        if (ports.size() != 1 || ports.get(0).getContainerPort() != serverPort) {
            problems.add("container " + CHECKER + " ports " + ports.stream().map(ContainerPort::getContainerPort).toList()
                    + ": the service listens on server port " + serverPort + " only");
        }
        String portName = ports.isEmpty() ? null : ports.get(0).getName();
        svc.getSpec().getPorts().forEach(p -> {
            if (!meets(p.getTargetPort(), portName, serverPort)) {
                problems.add("Service port " + p.getPort() + " targets " + show(p.getTargetPort()) + ", not the container's port "
                        + portName + " (" + serverPort + ")");
            }
        });
        if (!service.servesProbes()) {
            problems.add("application.properties: the health probes are not enabled and exposed, which the manifests probe");
        }
        if (service.managementPort() != null) {
            problems.add("application.properties: management.server.port is set; the probes assume the server port");
        }
        probe("startupProbe", checker.getStartupProbe(), "liveness", portName, serverPort);
        probe("livenessProbe", checker.getLivenessProbe(), "liveness", portName, serverPort);
        probe("readinessProbe", checker.getReadinessProbe(), "readiness", portName, serverPort);
    }

    private void probe(String which, Probe probe, String group, String portName, int serverPort) {
        String expected = service.healthGroupPath(group);
        if (probe == null || probe.getHttpGet() == null) {
            problems.add("container " + CHECKER + ": no HTTP " + which + " (expected GET " + expected + ")");
            return;
        }
        if (!expected.equals(probe.getHttpGet().getPath())) {
            problems.add("container " + CHECKER + " " + which + " GETs " + probe.getHttpGet().getPath()
                    + ", but the service answers the " + group + " probe at " + expected);
        }
        if (!meets(probe.getHttpGet().getPort(), portName, serverPort)) {
            problems.add("container " + CHECKER + " " + which + " port " + show(probe.getHttpGet().getPort())
                    + " is not the server port " + serverPort);
        }
    }

    private static String show(IntOrString port) {
        return port == null ? "nothing" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    private static boolean meets(IntOrString port, String name, int number) {
        return port != null && (port.getIntVal() != null ? port.getIntVal() == number : Objects.equals(port.getStrVal(), name));
    }

    // ---- environment: every variable reaches a property; every secret key referenced exists

    private void environment(Container c, String where, Secret secret) {
        Set<String> secretKeys = new java.util.HashSet<>();
        if (secret.getStringData() != null) {
            secretKeys.addAll(secret.getStringData().keySet());
        }
        if (secret.getData() != null) {
            secretKeys.addAll(secret.getData().keySet());
        }
        for (EnvVar e : c.getEnv()) {
            if (!service.readsVariable(e.getName())) {
                problems.add(where + ": container " + c.getName() + " sets " + e.getName()
                        + ", which no property of the service reads (misspelt?)");
            }
            var ref = e.getValueFrom() == null ? null : e.getValueFrom().getSecretKeyRef();
            if (ref != null && !Boolean.TRUE.equals(ref.getOptional())) {
                if (!secret.getMetadata().getName().equals(ref.getName())) {
                    problems.add(where + ": " + e.getName() + " reads Secret '" + ref.getName() + "', but deploy/ makes '"
                            + secret.getMetadata().getName() + "' (secret.example.yaml)");
                } else if (!secretKeys.contains(ref.getKey())) {
                    problems.add(where + ": " + e.getName() + " reads key '" + ref.getKey() + "' that Secret "
                            + ref.getName() + " does not have " + secretKeys);
                }
            }
            if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                problems.add(where + ": " + e.getName() + " reads a ConfigMap key; deploy/ makes no such ConfigMap");
            }
        }
        if (c.getEnvFrom() != null && !c.getEnvFrom().isEmpty()) {
            problems.add(where + ": envFrom hides which variables are set; name each one");
        }
    }

    private void noH2(Secret secret) {
        String url = secret.getStringData() == null ? null : secret.getStringData().get("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            problems.add("secret.example.yaml: SPRING_DATASOURCE_URL " + url + " is not a PostgreSQL URL; replicas must "
                    + "share one database, never a file database each");
        }
        files.forEach((name, text) -> {
            if (text.toLowerCase(java.util.Locale.ROOT).contains("jdbc:h2")) {
                problems.add(name + ": names an H2 database; replicas must share the PostgreSQL");
            }
        });
    }

    // ---- the rules ConfigMap: made by rules-configmap.sh, every file of rules/ at its path

    private void rulesVolume(PodSpec pod, Container checker, Map<String, String> env) {
        Volume rules = pod.getVolumes().stream().filter(v -> "rules".equals(v.getName())).findFirst().orElse(null);
        if (rules == null || rules.getConfigMap() == null) {
            problems.add("Deployment: no ConfigMap volume named 'rules'");
            return;
        }
        String script = files.getOrDefault("rules-configmap.sh", "");
        Matcher made = Pattern.compile("kubectl create configmap (\\S+)").matcher(script);
        if (!made.find()) {
            problems.add("deploy/rules-configmap.sh does not make a ConfigMap");
        } else if (!made.group(1).equals(rules.getConfigMap().getName())) {
            problems.add("Deployment volume 'rules' mounts ConfigMap '" + rules.getConfigMap().getName()
                    + "', but rules-configmap.sh makes '" + made.group(1) + "'");
        }
        if (!script.contains("${rel//\\//__}")) {
            problems.add("deploy/rules-configmap.sh no longer names a sub-folder's file <folder>__<file>, as the items expect");
        }
        Map<String, String> items = new TreeMap<>();
        for (KeyToPath item : rules.getConfigMap().getItems()) {
            items.put(item.getPath(), item.getKey());
            if (!item.getKey().equals(item.getPath().replace("/", "__"))) {
                problems.add("Deployment volume 'rules': key " + item.getKey() + " is not where rules-configmap.sh puts "
                        + item.getPath() + " (" + item.getPath().replace("/", "__") + ")");
            }
        }
        for (String file : rulesFiles) {
            if (!items.containsKey(file)) {
                problems.add("rules/" + file + " is not in the ConfigMap: add `- {key: " + file.replace("/", "__")
                        + ", path: " + file + "}` to the items of volume 'rules' in deploy/base/deployment.yaml");
            }
        }
        items.keySet().stream().filter(path -> !rulesFiles.contains(path)).forEach(path -> problems.add(
                "deploy/base/deployment.yaml: volume 'rules' maps " + path + ", which rules/ does not have (the pod would not start)"));
        if (rulesBytes > CONFIG_MAP_LIMIT) {
            problems.add("rules/ holds " + rulesBytes + " bytes, more than a ConfigMap's 1 MiB: deploy with git-sync");
        }
        List<VolumeMount> mounts = checker.getVolumeMounts().stream().filter(m -> "rules".equals(m.getName())).toList();
        if (mounts.size() != 1 || mounts.get(0).getSubPath() != null || !Boolean.TRUE.equals(mounts.get(0).getReadOnly())) {
            problems.add("container " + CHECKER + " must mount volume 'rules' once, read-only, without subPath "
                    + "(a subPath mount never sees a ConfigMap update)");
        } else if (!mounts.get(0).getMountPath().equals(service.property("checker.rules-dir", env))) {
            problems.add("container " + CHECKER + " mounts the rules at " + mounts.get(0).getMountPath()
                    + ", but checker.rules-dir is " + service.property("checker.rules-dir", env));
        }
    }

    // ---- security and resources

    private void security(PodSpec pod, Container checker) {
        var podSecurity = pod.getSecurityContext();
        if (podSecurity == null || !Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())
                || podSecurity.getRunAsUser() == null || podSecurity.getRunAsUser() == 0) {
            problems.add("Deployment: the pod must run as a non-root user (runAsNonRoot, runAsUser)");
        }
        var sc = checker.getSecurityContext();
        if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem()) || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())
                || sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
            problems.add("container " + CHECKER + ": read-only root file system, no privilege escalation, all capabilities dropped");
        }
        boolean tmp = checker.getVolumeMounts().stream().anyMatch(m -> "/tmp".equals(m.getMountPath())
                && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
        if (!tmp) {
            problems.add("container " + CHECKER + ": /tmp must be a writable emptyDir (the root file system is read-only)");
        }
        var resources = checker.getResources();
        for (String r : List.of("cpu", "memory")) {
            Quantity request = resources == null ? null : resources.getRequests().get(r);
            Quantity limit = resources == null ? null : resources.getLimits().get(r);
            if (request == null || limit == null) {
                problems.add("container " + CHECKER + ": " + r + " request and limit must both be set");
            } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add("container " + CHECKER + ": " + r + " request " + request + " above its limit " + limit);
            }
        }
        Quantity memory = resources == null ? null : resources.getLimits().get("memory");
        if (memory != null && memory.getNumericalAmount().longValue() < MEASURED_PEAK_RSS) {
            problems.add("container " + CHECKER + ": memory limit " + memory + " is below the measured peak of 831 MiB "
                    + "(docs/scaling.md): the kernel would kill the replica under load");
        }
        for (String volume : checker.getVolumeMounts().stream().map(VolumeMount::getName).toList()) {
            if (pod.getVolumes().stream().noneMatch(v -> v.getName().equals(volume))) {
                problems.add("container " + CHECKER + " mounts volume '" + volume + "', which the pod does not have");
            }
        }
    }

    // ---- the git-sync overlay

    private void gitSync(Deployment base, Secret secret) {
        List<DeployManifests.Document> patch = documents.getOrDefault("git-sync/git-sync-patch.yaml", List.of());
        if (patch.size() != 1 || !(patch.get(0).resource() instanceof Deployment overlay)) {
            problems.add("deploy/git-sync/git-sync-patch.yaml must hold one Deployment patch");
            return;
        }
        if (!base.getMetadata().getName().equals(overlay.getMetadata().getName())) {
            problems.add("git-sync patch names Deployment " + overlay.getMetadata().getName() + ", not " + base.getMetadata().getName());
        }
        PodSpec pod = overlay.getSpec().getTemplate().getSpec();
        Container checker = container(pod, "deploy/git-sync/git-sync-patch.yaml", false);
        if (checker == null) {
            return;
        }
        environment(checker, "git-sync/git-sync-patch.yaml", secret);
        Volume rules = pod.getVolumes().stream().filter(v -> "rules".equals(v.getName())).findFirst().orElse(null);
        if (rules == null || rules.getEmptyDir() == null || rules.getConfigMap() != null
                || !patch.get(0).tree().toString().contains("\"configMap\":null")) {
            problems.add("git-sync patch: volume 'rules' must become an emptyDir, its configMap removed (configMap: null)");
        }
        Set<String> deleted = deletedMounts(patch.get(0).tree());
        List<VolumeMount> mounts = checker.getVolumeMounts().stream()
                .filter(m -> "rules".equals(m.getName()) && !deleted.contains(m.getMountPath())).toList();
        if (!deleted.contains("/app/rules") || mounts.size() != 1) {
            problems.add("git-sync patch: container " + CHECKER + " must drop the ConfigMap mount ($patch: delete) and mount the checkout once");
            return;
        }
        String checkout = mounts.get(0).getMountPath();
        List<Container> syncs = Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())
                .filter(c -> c.getImage() != null && c.getImage().contains("git-sync")).toList();
        if (syncs.size() != 2 || pod.getInitContainers().stream().noneMatch(syncs::contains)) {
            problems.add("git-sync patch: one git-sync init container (the first clone) and one git-sync sidecar expected");
            return;
        }
        Set<String> repos = syncs.stream().map(c -> plainEnv(c).get("GITSYNC_REPO")).collect(Collectors.toSet());
        if (repos.size() != 1 || repos.contains(null)) {
            problems.add("git-sync patch: both git-sync containers must sync the same GITSYNC_REPO " + repos);
        }
        for (Container sync : syncs) {
            Map<String, String> env = plainEnv(sync);
            String root = env.get("GITSYNC_ROOT");
            boolean mounted = sync.getVolumeMounts().stream().anyMatch(m -> "rules".equals(m.getName()) && m.getMountPath().equals(root));
            if (!checkout.equals(root) || !mounted) {
                problems.add("git-sync patch: " + sync.getName() + " must write GITSYNC_ROOT " + root + " on volume 'rules', where "
                        + CHECKER + " reads it (" + checkout + ")");
            }
            String expected = checkout + "/" + env.get("GITSYNC_LINK");
            Map<String, String> checkerEnv = plainEnv(checker);
            if (!(expected + "/rules").equals(checkerEnv.get("CHECKER_RULES_DIR"))
                    || !(expected + "/fixtures").equals(checkerEnv.get("CHECKER_FIXTURES_DIR"))) {
                problems.add("git-sync patch: CHECKER_RULES_DIR / CHECKER_FIXTURES_DIR must be " + expected
                        + "/rules and /fixtures (the link git-sync moves), not " + checkerEnv.get("CHECKER_RULES_DIR")
                        + " / " + checkerEnv.get("CHECKER_FIXTURES_DIR"));
            }
        }
    }

    private static Set<String> deletedMounts(JsonNode tree) {
        Set<String> deleted = new java.util.HashSet<>();
        for (JsonNode c : tree.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode m : c.path("volumeMounts")) {
                if ("delete".equals(m.path("$patch").asString(""))) {
                    deleted.add(m.path("mountPath").asString(""));
                }
            }
        }
        return deleted;
    }
}

package kr.axcampus.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders every overlay of {@code k8s/} with {@code kubectl kustomize} and checks what the
 * deployment promises: replicas, zero-downtime rolling update, health probes, sized resources,
 * a locked-down security context, secrets referenced (never inlined), PDB and HPA, a
 * CloudNativePG cluster with backups, distributed MinIO, TLS on the ingress, and the image
 * the build produces. kubectl comes from {@code .ci/ensure-kubectl.sh} (run by Maven before
 * the tests) or {@code $KUBECTL}; without it this test fails, it never skips.
 */
class KustomizeRenderTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String APP = "axcampus";
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|ACCESS_KEY|USERNAME|PRIVATE).*");
    /** docs/operations.md: idle RSS of the app JVM is 265-289 MiB. */
    private static final long MEASURED_IDLE_RSS_MIB = 289;

    @Test
    void prodOverlayRunsSeveralHardenedReplicasWithOperatorsBehindThem() throws Exception {
        Rendered prod = render("prod");
        JsonNode deployment = checkApp(prod, "prod");
        PodSpec pod = new PodSpec(deployment);

        int replicas = deployment.path("spec").path("replicas").asInt(1);
        assertTrue(replicas >= 2, "prod runs at least 2 replicas, has " + replicas);

        JsonNode spread = pod.spec.path("topologySpreadConstraints");
        assertTrue(
                StreamSupport.stream(spread.spliterator(), false)
                        .anyMatch(c -> "kubernetes.io/hostname"
                                        .equals(c.path("topologyKey").asText())
                                && selects(c.path("labelSelector"), pod.labels)),
                "prod spreads the app's pods across nodes (topologySpreadConstraints on kubernetes.io/hostname)");

        JsonNode hpa = prod.one("HorizontalPodAutoscaler", APP);
        assertEquals(
                "Deployment",
                hpa.path("spec").path("scaleTargetRef").path("kind").asText());
        assertEquals(APP, hpa.path("spec").path("scaleTargetRef").path("name").asText());
        int min = hpa.path("spec").path("minReplicas").asInt(1);
        int max = hpa.path("spec").path("maxReplicas").asInt();
        assertTrue(min >= 2 && max >= min, "HPA keeps at least 2 replicas: min " + min + ", max " + max);
        assertTrue(replicas >= min && replicas <= max, "Deployment replicas within the HPA's bounds");
        int pool = poolSize(prod.config(pod));
        int maxConnections = prod.one("Cluster", null)
                .path("spec")
                .path("postgresql")
                .path("parameters")
                .path("max_connections")
                .asInt();
        assertTrue(
                max * pool < maxConnections,
                "every replica the HPA may run (" + max + ") with its full pool (" + pool
                        + " connections) fits in PostgreSQL's max_connections (" + maxConnections + ")");

        // PostgreSQL: a CloudNativePG Cluster, three instances, WAL archive and scheduled backups.
        JsonNode cluster = prod.one("Cluster", null);
        assertTrue(cluster.path("apiVersion").asText().startsWith("postgresql.cnpg.io/"), "a CloudNativePG Cluster");
        String clusterName = cluster.path("metadata").path("name").asText();
        assertEquals(3, cluster.path("spec").path("instances").asInt(), "CNPG Cluster has 3 instances");
        assertBackupConfigured(prod, cluster);
        JsonNode scheduled = prod.one("ScheduledBackup", null);
        assertEquals(
                clusterName, scheduled.path("spec").path("cluster").path("name").asText());
        assertFalse(scheduled.path("spec").path("schedule").asText().isBlank(), "ScheduledBackup has a schedule");
        assertEquals(
                secretName(pod, "QUARKUS_DATASOURCE_PASSWORD"),
                cluster.path("spec")
                        .path("bootstrap")
                        .path("initdb")
                        .path("secret")
                        .path("name")
                        .asText(),
                "the database owner's credentials are the Secret the app reads");
        String jdbcUrl = prod.config(pod).get("QUARKUS_DATASOURCE_JDBC_URL");
        assertNotNull(jdbcUrl, "prod configures QUARKUS_DATASOURCE_JDBC_URL");
        assertEquals(
                clusterName + "-rw",
                URI.create(jdbcUrl.substring("jdbc:".length())).getHost(),
                "the app connects to the CNPG primary (read-write) service");

        // MinIO: distributed, at least 4 pods with persistent volumes (or a MinIO Tenant).
        List<JsonNode> tenants = prod.all("Tenant");
        if (tenants.isEmpty()) {
            JsonNode minio = prod.all("StatefulSet").stream()
                    .filter(s -> containers(s.path("spec").path("template").path("spec")).stream()
                            .anyMatch(c -> c.path("image").asText().contains("minio")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("prod has a MinIO StatefulSet or Tenant"));
            int minioReplicas = minio.path("spec").path("replicas").asInt(1);
            assertTrue(minioReplicas >= 4, "MinIO runs at least 4 pods, has " + minioReplicas);
            assertTrue(
                    minio.path("spec").path("volumeClaimTemplates").size() >= 1, "MinIO pods have persistent volumes");
            String args = String.join(
                    " ",
                    texts(containers(minio.path("spec").path("template").path("spec"))
                            .get(0)
                            .path("args")));
            assertTrue(
                    args.contains("{0..." + (minioReplicas - 1) + "}"),
                    "MinIO runs distributed over all " + minioReplicas + " pods: " + args);
        } else {
            int drives = 0;
            for (JsonNode p : tenants.get(0).path("spec").path("pools")) {
                drives += p.path("servers").asInt() * p.path("volumesPerServer").asInt(1);
            }
            assertTrue(drives >= 4, "MinIO Tenant has at least 4 drives");
        }
        assertServiceExists(prod, prod.config(pod).get("AXCAMPUS_STORAGE_ENDPOINT"), "object storage endpoint");
    }

    @Test
    void devOverlayRunsOneSmallReplicaWithInClusterDatabaseAndStorage() throws Exception {
        Rendered dev = render("dev");
        JsonNode deployment = checkApp(dev, "dev");
        PodSpec pod = new PodSpec(deployment);

        assertEquals(1, deployment.path("spec").path("replicas").asInt(1), "dev runs a single replica");
        assertTrue(dev.all("HorizontalPodAutoscaler").isEmpty(), "dev has no autoscaler");
        assertTrue(
                workloadImages(dev).stream().anyMatch(i -> i.contains("postgres")),
                "dev runs PostgreSQL in the cluster");
        assertTrue(workloadImages(dev).stream().anyMatch(i -> i.contains("minio")), "dev runs MinIO in the cluster");
        String jdbcUrl = dev.config(pod).get("QUARKUS_DATASOURCE_JDBC_URL");
        assertNotNull(jdbcUrl, "dev configures QUARKUS_DATASOURCE_JDBC_URL");
        assertServiceExists(dev, jdbcUrl.substring("jdbc:".length()), "database URL");
        assertServiceExists(dev, dev.config(pod).get("AXCAMPUS_STORAGE_ENDPOINT"), "object storage endpoint");
    }

    /** What both overlays must hold for the app; returns its Deployment. */
    private JsonNode checkApp(Rendered out, String overlay) throws Exception {
        JsonNode deployment = out.one("Deployment", APP);
        PodSpec pod = new PodSpec(deployment);
        JsonNode c = pod.app;

        // Image: the one the build produces (group/name:tag from pom.xml and application.properties).
        String image = c.path("image").asText();
        String expected = expectedImage();
        assertTrue(
                image.equals(expected) || image.endsWith("/" + expected),
                overlay + ": image " + image + " must be [registry/]" + expected + " (pom.xml)");

        // Rolling update without downtime.
        JsonNode strategy = deployment.path("spec").path("strategy");
        assertEquals("RollingUpdate", strategy.path("type").asText("RollingUpdate"));
        assertTrue(strategy.path("rollingUpdate").has("maxUnavailable"), overlay + ": maxUnavailable is set");
        assertEquals(
                "0",
                strategy.path("rollingUpdate").path("maxUnavailable").asText().replace("%", ""),
                overlay + ": rolling update keeps every replica until its replacement is ready");

        // Probes on the Quarkus health endpoints.
        assertEquals(
                "/q/health/started",
                c.path("startupProbe").path("httpGet").path("path").asText(),
                "startup probe");
        assertEquals(
                "/q/health/ready",
                c.path("readinessProbe").path("httpGet").path("path").asText(),
                "readiness probe");
        assertEquals(
                "/q/health/live",
                c.path("livenessProbe").path("httpGet").path("path").asText(),
                "liveness probe");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String port = c.path(probe).path("httpGet").path("port").asText();
            assertTrue(port.equals("8080") || port.equals("http"), probe + " on the HTTP port, not " + port);
        }

        // Resources: requests and limits, above the measured idle RSS.
        JsonNode resources = c.path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String res : List.of("cpu", "memory")) {
                assertFalse(
                        resources.path(kind).path(res).asText().isBlank(), overlay + ": " + kind + "." + res + " set");
            }
        }
        long memRequest = mebibytes(resources.path("requests").path("memory").asText());
        long memLimit = mebibytes(resources.path("limits").path("memory").asText());
        assertTrue(memRequest > MEASURED_IDLE_RSS_MIB, overlay + ": memory request above the idle RSS measured");
        assertTrue(memLimit >= memRequest, overlay + ": memory limit >= request");
        assertTrue(
                millicores(resources.path("limits").path("cpu").asText())
                        >= millicores(resources.path("requests").path("cpu").asText()),
                overlay + ": cpu limit >= request");

        // Security context.
        assertTrue(pod.effective(c, "runAsNonRoot").asBoolean(false), overlay + ": runAsNonRoot");
        JsonNode uid = pod.effective(c, "runAsUser");
        assertTrue(uid.isMissingNode() || uid.asInt() == 185, overlay + ": runs as the image's user 185");
        assertTrue(
                c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false),
                overlay + ": read-only root");
        assertFalse(
                c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true),
                overlay + ": allowPrivilegeEscalation false");
        String tmpVolume = mountedVolume(c, "/tmp");
        assertNotNull(tmpVolume, overlay + ": /tmp is mounted");
        assertTrue(pod.volume(tmpVolume).has("emptyDir"), overlay + ": /tmp is an emptyDir");

        // Secrets: referenced by name, never inlined.
        for (String name : List.of(
                "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD",
                "AXCAMPUS_STORAGE_ACCESS_KEY",
                "AXCAMPUS_STORAGE_SECRET_KEY",
                "AXCAMPUS_BOOTSTRAP_ADMIN_EMAIL",
                "AXCAMPUS_BOOTSTRAP_ADMIN_PASSWORD")) {
            assertNotNull(secretName(pod, name), overlay + ": " + name + " comes from a secretKeyRef");
        }
        for (JsonNode env : c.path("env")) {
            String name = env.path("name").asText();
            if (SECRET_NAME.matcher(name).matches()) {
                assertFalse(env.has("value"), overlay + ": " + name + " must come from a Secret, not a literal");
            }
        }
        Map<String, String> config = out.config(pod);
        config.keySet()
                .forEach(k ->
                        assertFalse(SECRET_NAME.matcher(k).matches(), overlay + ": the ConfigMap must not hold " + k));
        assertEquals("true", config.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"), "behind the ingress");
        assertEquals(
                "10.0.0.0/8",
                config.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"),
                "forwarded addresses are believed only from the cluster network, not from anyone");
        assertNotNull(config.get("AXCAMPUS_STORAGE_ENDPOINT"), overlay + ": object storage configured");
        for (String key : List.of("SMALLRYE_JWT_SIGN_KEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
            String location = config.get(key);
            assertNotNull(location, overlay + ": " + key + " configured");
            String volume = mountedVolume(c, location.replaceFirst("^file:", ""));
            assertNotNull(volume, overlay + ": " + key + "=" + location + " is inside a mounted volume");
            assertTrue(
                    pod.volume(volume).path("secret").has("secretName"), overlay + ": the JWT keys come from a Secret");
        }
        for (JsonNode doc : out.all("Secret")) {
            assertFalse(
                    doc.has("data") || doc.has("stringData"),
                    overlay + ": no Secret values in the manifests ("
                            + doc.path("metadata").path("name") + ")");
        }

        // Every workload (app, database, object storage) runs locked down and sized.
        for (JsonNode workload : workloads(out)) {
            PodSpec p = new PodSpec(workload);
            for (JsonNode container : containers(p.spec)) {
                String where =
                        overlay + ": " + workload.path("metadata").path("name").asText() + "/"
                                + container.path("name").asText();
                assertTrue(p.effective(container, "runAsNonRoot").asBoolean(false), where + " runAsNonRoot");
                assertFalse(
                        container
                                .path("securityContext")
                                .path("allowPrivilegeEscalation")
                                .asBoolean(true),
                        where + " allowPrivilegeEscalation false");
                assertTrue(
                        container.path("resources").path("limits").has("memory")
                                && container.path("resources").path("requests").has("memory"),
                        where + " memory sized");
            }
        }

        // Service, Ingress with TLS, PodDisruptionBudget.
        JsonNode service = out.one("Service", APP);
        assertTrue(
                selects(service.path("spec").path("selector"), pod.labels), overlay + ": the Service selects the app");
        JsonNode ingress = out.one("Ingress", APP);
        JsonNode tls = ingress.path("spec").path("tls");
        assertTrue(
                tls.size() >= 1 && !tls.get(0).path("secretName").asText().isBlank(),
                overlay + ": Ingress has a TLS secret");
        assertEquals(
                APP,
                ingress.path("spec")
                        .path("rules")
                        .get(0)
                        .path("http")
                        .path("paths")
                        .get(0)
                        .path("backend")
                        .path("service")
                        .path("name")
                        .asText(),
                overlay + ": Ingress routes to the Service");
        JsonNode pdb = out.one("PodDisruptionBudget", APP);
        assertTrue(selects(pdb.path("spec").path("selector"), pod.labels), overlay + ": PDB covers the app's pods");
        assertTrue(
                pdb.path("spec").has("maxUnavailable") || pdb.path("spec").has("minAvailable"),
                overlay + ": PDB budget");
        return deployment;
    }

    private static void assertBackupConfigured(Rendered out, JsonNode cluster) {
        JsonNode spec = cluster.path("spec");
        if (spec.path("backup").path("barmanObjectStore").has("destinationPath")) {
            return; // in-tree Barman Cloud
        }
        JsonNode plugin = StreamSupport.stream(spec.path("plugins").spliterator(), false)
                .filter(p ->
                        "barman-cloud.cloudnative-pg.io".equals(p.path("name").asText())
                                && p.path("isWALArchiver").asBoolean(false))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                "CNPG Cluster archives WAL to an object store (barman-cloud plugin or backup.barmanObjectStore)"));
        JsonNode store = out.one(
                "ObjectStore",
                plugin.path("parameters").path("barmanObjectName").asText());
        JsonNode configuration = store.path("spec").path("configuration");
        assertTrue(configuration.path("destinationPath").asText().startsWith("s3://"), "backups go to an S3 bucket");
        assertFalse(
                configuration
                        .path("s3Credentials")
                        .path("accessKeyId")
                        .path("name")
                        .asText()
                        .isBlank(),
                "backup credentials come from a Secret");
    }

    private static void assertServiceExists(Rendered out, String url, String what) {
        assertNotNull(url, what + " configured");
        String host = URI.create(url).getHost();
        assertNotNull(host, what + " has a host: " + url);
        String service = host.split("\\.")[0];
        assertFalse(
                out.all("Service").stream()
                        .noneMatch(s ->
                                service.equals(s.path("metadata").path("name").asText())),
                what + " " + url + " points at a Service of the overlay");
    }

    // --- rendering -----------------------------------------------------------------------

    private static Rendered render(String overlay) throws Exception {
        Path dir = ROOT.resolve("k8s/overlays").resolve(overlay);
        assertTrue(Files.isRegularFile(dir.resolve("kustomization.yaml")), dir + "/kustomization.yaml exists");
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        Path stderr = Files.createTempFile("kustomize-", ".err");
        Process process;
        try {
            process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                    .redirectError(stderr.toFile())
                    .start();
        } catch (IOException e) {
            fail("kubectl is needed to render k8s/overlays/" + overlay + " and was not found (" + e.getMessage()
                    + "). Install it: apt-get install -y kubernetes-client (.ci/ensure-kubectl.sh does this when Maven"
                    + " runs the tests as root or with sudo), or set KUBECTL to its path.");
            throw e;
        }
        byte[] yaml;
        try (InputStream in = process.getInputStream()) {
            yaml = in.readAllBytes();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("kubectl kustomize k8s/overlays/" + overlay + " did not finish in 120 s");
        }
        String errors = Files.readString(stderr);
        Files.deleteIfExists(stderr);
        assertEquals(0, process.exitValue(), "kubectl kustomize k8s/overlays/" + overlay + " failed:\n" + errors);
        List<JsonNode> docs = new ArrayList<>();
        YAMLMapper mapper = new YAMLMapper();
        try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && doc.has("kind")) {
                    docs.add(doc);
                }
            }
        }
        assertFalse(docs.isEmpty(), "k8s/overlays/" + overlay + " renders resources");
        return new Rendered(docs);
    }

    private record Rendered(List<JsonNode> docs) {
        List<JsonNode> all(String kind) {
            return docs.stream()
                    .filter(d -> kind.equals(d.path("kind").asText()))
                    .toList();
        }

        /** The single resource of that kind (and name, when given). */
        JsonNode one(String kind, String name) {
            List<JsonNode> found = all(kind).stream()
                    .filter(d -> name == null
                            || name.equals(d.path("metadata").path("name").asText()))
                    .toList();
            assertEquals(1, found.size(), "exactly one " + kind + (name == null ? "" : " " + name));
            return found.get(0);
        }

        /** The settings the app's container gets from its ConfigMaps (envFrom). */
        Map<String, String> config(PodSpec pod) {
            Map<String, String> values = new HashMap<>();
            for (JsonNode from : pod.app.path("envFrom")) {
                String name = from.path("configMapRef").path("name").asText(null);
                if (name != null) {
                    one("ConfigMap", name)
                            .path("data")
                            .properties()
                            .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
                }
            }
            for (JsonNode env : pod.app.path("env")) {
                if (env.has("value")) {
                    values.put(env.path("name").asText(), env.path("value").asText());
                }
            }
            return values;
        }
    }

    /** A workload's pod template and the app container in it. */
    private static final class PodSpec {
        final JsonNode spec;
        final JsonNode labels;
        final JsonNode app;

        PodSpec(JsonNode workload) {
            JsonNode template = workload.path("spec").path("template");
            this.spec = template.path("spec");
            this.labels = template.path("metadata").path("labels");
            List<JsonNode> containers = containers(spec);
            this.app = containers.stream()
                    .filter(c -> APP.equals(c.path("name").asText()))
                    .findFirst()
                    .orElse(containers.isEmpty() ? null : containers.get(0));
        }

        /** A security setting from the container, else from the pod. */
        JsonNode effective(JsonNode container, String field) {
            JsonNode own = container.path("securityContext").path(field);
            return own.isMissingNode() || own.isNull()
                    ? spec.path("securityContext").path(field)
                    : own;
        }

        JsonNode volume(String name) {
            return StreamSupport.stream(spec.path("volumes").spliterator(), false)
                    .filter(v -> name.equals(v.path("name").asText()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("volume " + name + " is declared"));
        }
    }

    private static String secretName(PodSpec pod, String env) {
        for (JsonNode e : pod.app.path("env")) {
            if (env.equals(e.path("name").asText())) {
                return e.path("valueFrom").path("secretKeyRef").path("name").asText(null);
            }
        }
        return null;
    }

    private static String mountedVolume(JsonNode container, String path) {
        String best = null;
        int bestLength = -1;
        for (JsonNode m : container.path("volumeMounts")) {
            String mount = m.path("mountPath").asText();
            if ((path.equals(mount) || path.startsWith(mount.endsWith("/") ? mount : mount + "/"))
                    && mount.length() > bestLength) {
                best = m.path("name").asText();
                bestLength = mount.length();
            }
        }
        return best;
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode match = selector.has("matchLabels") ? selector.path("matchLabels") : selector;
        if (match.size() == 0) {
            return false;
        }
        return match.properties().stream()
                .allMatch(e ->
                        e.getValue().asText().equals(labels.path(e.getKey()).asText(null)));
    }

    private static List<JsonNode> workloads(Rendered out) {
        List<JsonNode> all = new ArrayList<>(out.all("Deployment"));
        all.addAll(out.all("StatefulSet"));
        all.addAll(out.all("DaemonSet"));
        return all;
    }

    private static List<String> workloadImages(Rendered out) {
        return workloads(out).stream()
                .flatMap(w -> containers(w.path("spec").path("template").path("spec")).stream())
                .map(c -> c.path("image").asText())
                .collect(Collectors.toList());
    }

    private static List<JsonNode> containers(JsonNode podSpec) {
        List<JsonNode> list = new ArrayList<>();
        podSpec.path("containers").forEach(list::add);
        return list;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static long mebibytes(String quantity) {
        var m = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT]i?)?").matcher(quantity);
        assertTrue(m.matches(), "memory quantity " + quantity);
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        double bytes = switch (unit) {
            case "Ki" -> value * 1024;
            case "Mi" -> value * 1024 * 1024;
            case "Gi" -> value * 1024 * 1024 * 1024;
            case "Ti" -> value * 1024L * 1024 * 1024 * 1024;
            case "K" -> value * 1e3;
            case "M" -> value * 1e6;
            case "G" -> value * 1e9;
            case "T" -> value * 1e12;
            default -> value;
        };
        return (long) (bytes / (1024 * 1024));
    }

    private static long millicores(String quantity) {
        return quantity.endsWith("m")
                ? Long.parseLong(quantity.substring(0, quantity.length() - 1))
                : Math.round(Double.parseDouble(quantity) * 1000);
    }

    // --- the image the build produces ----------------------------------------------------

    /**
     * {@code group/name:tag} as Quarkus names the container image: {@code quarkus.container-image.*}
     * from application.properties when set, else group {@code axcampus}, the artifactId and the
     * version of pom.xml.
     */
    private static String expectedImage() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Element project = factory.newDocumentBuilder()
                .parse(ROOT.resolve("pom.xml").toFile())
                .getDocumentElement();
        String artifactId = child(project, "artifactId");
        String version = child(project, "version");
        Properties props = applicationProperties();
        String group = literal(props.getProperty("quarkus.container-image.group"), APP);
        String name = literal(props.getProperty("quarkus.container-image.name"), artifactId);
        String tag = literal(props.getProperty("quarkus.container-image.tag"), version);
        return group + "/" + name + ":" + tag;
    }

    /**
     * The connections one replica may open: the pod's QUARKUS_DATASOURCE_JDBC_MAX_SIZE, else
     * application.properties. It must be set: Quarkus's default has changed between releases (50 in 3.33).
     */
    private static int poolSize(Map<String, String> podConfig) throws IOException {
        String fromPod = podConfig.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        if (fromPod != null) {
            return Integer.parseInt(fromPod.trim());
        }
        String configured = applicationProperties().getProperty("quarkus.datasource.jdbc.max-size");
        assertNotNull(configured, "quarkus.datasource.jdbc.max-size is set in application.properties");
        return Integer.parseInt(configured.trim());
    }

    private static Properties applicationProperties() throws IOException {
        Properties props = new Properties();
        Path properties = ROOT.resolve("src/main/resources/application.properties");
        if (Files.exists(properties)) {
            try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
        }
        return props;
    }

    private static String literal(String value, String fallback) {
        return value == null || value.isBlank() || value.contains("${") ? fallback : value.trim();
    }

    private static String child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml has no project " + tag);
    }
}

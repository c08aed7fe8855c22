#!/usr/bin/env bash
# Builds and checks the container image on a machine without Docker and without access to
# public registries: a base image made from this machine's OpenJDK 17 (debian-jre-base.sh),
# Jib (./mvnw package -Dquarkus.container-image.build=true) pushing to a private registry
# (Debian's docker-registry, started here on 127.0.0.1:5999), then the image's config is read
# back from the registry. Where the public base image is reachable, only the Jib flags are needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${REGISTRY_PORT:-5999}
work=$(mktemp -d)
cleanup() { [ -n "${registry_pid:-}" ] && kill "$registry_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
command -v docker-registry >/dev/null || apt-get install -y -qq docker-registry >/dev/null
k8s/image/debian-jre-base.sh "$work/base.tar"
cat > "$work/registry.yml" <<YAML
version: 0.1
storage: {filesystem: {rootdirectory: $work/registry}}
http: {addr: 127.0.0.1:$port}
YAML
docker-registry serve "$work/registry.yml" > "$work/registry.log" 2>&1 &
registry_pid=$!
sleep 2
./mvnw -B -q package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry=127.0.0.1:$port -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="tar://$work/base.tar"
version=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)
repo="http://127.0.0.1:$port/v2/axcampus/axcampus"
manifest=$(curl -fsS -H "Accept: application/vnd.docker.distribution.manifest.v2+json" "$repo/manifests/$version")
config=$(echo "$manifest" | python3 -c 'import sys,json; print(json.load(sys.stdin)["config"]["digest"])')
curl -fsS "$repo/blobs/$config" | python3 -c '
import sys, json
c = json.load(sys.stdin)["config"]
print("user", c.get("User"), "| workdir", c.get("WorkingDir"), "| entrypoint", " ".join(c.get("Entrypoint", [])),
      "| ports", list(c.get("ExposedPorts", {})))
assert c.get("User") == "185", "the image must run as the non-root user 185"'
echo "$manifest" | python3 -c 'import sys,json; m=json.load(sys.stdin); print(len(m["layers"]), "layers,", sum(l["size"] for l in m["layers"]) // 1048576, "MiB compressed")'
echo "image 127.0.0.1:$port/axcampus/axcampus:$version built and checked"

#!/usr/bin/env bash
# Builds a minimal base image (docker-archive tar) from this machine's Debian OpenJDK 17:
# the JRE and exactly the shared libraries it loads, nothing else. For machines that cannot
# reach a public registry; Jib takes it with -Dquarkus.jib.base-jvm-image=tar://<file>.
# Usage: k8s/image/debian-jre-base.sh /tmp/axcampus-base.tar
set -euo pipefail
out=${1:-/tmp/axcampus-base.tar}
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/tmp" "$root/home/jboss" "$root/etc"
chmod 1777 "$root/tmp"
# Debian's JDK links its conf and security files into /etc: copy what the links point to.
tar -C / -chf - --exclude="${java_home#/}/lib/src.zip" --exclude="${java_home#/}/jmods" "${java_home#/}" | tar -C "$root" -xf -
# Every shared library the JVM and its native libraries load, with the loader itself.
find "$java_home" -name '*.so' -o -path '*/bin/java' | xargs ldd 2>/dev/null | awk '/=>/ {print $3} /ld-linux/ {print $1}' \
  | grep '^/' | sort -u | while read -r lib; do
      mkdir -p "$root$(dirname "$lib")" && cp -L "$lib" "$root$lib"
    done
# Java's certificate store and time zones point into /etc and /usr/share on Debian.
for extra in /etc/ssl/certs/java /usr/share/zoneinfo; do
  if [ -e "$extra" ]; then tar -C / -chf - "${extra#/}" | tar -C "$root" -xf -; fi
done
echo "jboss:x:185:185:jboss:/home/jboss:/sbin/nologin" > "$root/etc/passwd"
echo "jboss:x:185:" > "$root/etc/group"
chown 185:185 "$root/home/jboss"
tar -C "$root" -cf "$work/layer.tar" .
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=$java_home/bin:/usr/bin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"],"User":"185","WorkingDir":"/home/jboss"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["axcampus/debian-jre:17"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out: $(du -h "$out" | cut -f1) (JRE from $java_home)"

#!/usr/bin/env bash
# Installs kubectl (Debian's kubernetes-client) when missing: KustomizeRenderTest renders
# k8s/overlays/* with `kubectl kustomize`. Run by Maven before the tests (see pom.xml).
# Never fails the build itself: when kubectl cannot be installed, KustomizeRenderTest
# fails with the reason, and the other tests still run.
set -uo pipefail
if command -v kubectl >/dev/null 2>&1 && kubectl kustomize --help >/dev/null 2>&1; then
  exit 0
fi
echo "Installing kubectl for KustomizeRenderTest: kubernetes-client"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "KustomizeRenderTest needs kubectl (apt-get install -y kubernetes-client); run as root or with sudo." >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends kubernetes-client >/dev/null; }; then
  echo "Could not install kubernetes-client; KustomizeRenderTest will fail. Install kubectl (1.20+) yourself." >&2
fi
exit 0

#!/usr/bin/env bash
# Creates the Secrets the dev overlay references, with random throwaway values, in the
# namespace axcampus-dev (or $NAMESPACE). Secrets that already exist are kept, so the
# script can run again without locking the app out of its database. Needs kubectl and
# openssl. For production create the Secrets yourself: docs/operations.md, "Secrets".
set -euo pipefail
NS="${NAMESPACE:-axcampus-dev}"
HOST="${HOST:-axcampus.localtest.me}"
ADMIN_EMAIL="${ADMIN_EMAIL:-admin@dev.axcampus.kr}"

k() { kubectl -n "$NS" "$@"; }
exists() { k get secret "$1" >/dev/null 2>&1; }
random() { openssl rand -hex 16; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

kubectl get namespace "$NS" >/dev/null 2>&1 || kubectl create namespace "$NS"

exists axcampus-db || k create secret generic axcampus-db --type=kubernetes.io/basic-auth \
  --from-literal=username=axcampus --from-literal=password="$(random)"

if ! exists axcampus-minio; then
  user="axcampus-$(openssl rand -hex 4)"; pass="$(random)"
  k create secret generic axcampus-minio --from-literal=root-user="$user" --from-literal=root-password="$pass"
  # Dev only: the app uses MinIO's root keys. Production gives it its own user.
  exists axcampus-s3 || k create secret generic axcampus-s3 --from-literal=access-key="$user" --from-literal=secret-key="$pass"
elif ! exists axcampus-s3; then
  user="$(k get secret axcampus-minio -o jsonpath='{.data.root-user}' | base64 -d)"
  pass="$(k get secret axcampus-minio -o jsonpath='{.data.root-password}' | base64 -d)"
  k create secret generic axcampus-s3 --from-literal=access-key="$user" --from-literal=secret-key="$pass"
fi

if ! exists axcampus-jwt; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
  openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
  k create secret generic axcampus-jwt --from-file=private.pem="$work/private.pem" --from-file=public.pem="$work/public.pem"
fi

exists axcampus-bootstrap-admin || k create secret generic axcampus-bootstrap-admin \
  --from-literal=email="$ADMIN_EMAIL" --from-literal=password="$(random)"

if ! exists axcampus-tls; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=$HOST" \
    -addext "subjectAltName=DNS:$HOST" -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null
  k create secret tls axcampus-tls --cert="$work/tls.crt" --key="$work/tls.key"
fi

echo
echo "Secrets ready in namespace $NS. The first operator signs in as:"
echo "  $(k get secret axcampus-bootstrap-admin -o jsonpath='{.data.email}' | base64 -d)"
echo "  password: kubectl -n $NS get secret axcampus-bootstrap-admin -o jsonpath='{.data.password}' | base64 -d"

#!/usr/bin/env bash
# Prepares the production MinIO once it runs: the app's bucket (versioned, so a deleted or
# overwritten file can be brought back), the bucket for PostgreSQL backups, and one user
# per client limited to its bucket, with the keys of the Secrets axcampus-s3 and
# axcampus-backup-s3. Safe to run again. Needs kubectl; the values go to the pod on
# stdin, never on a command line. docs/operations.md, "Deploy: prod overlay".
set -euo pipefail
NS="${NAMESPACE:-axcampus}"
BUCKET="${BUCKET:-axcampus}"
BACKUP_BUCKET="${BACKUP_BUCKET:-axcampus-db-backups}"
get() { kubectl -n "$NS" get secret "$1" -o "jsonpath={.data.$2}" | base64 -d; }
APP_KEY="$(get axcampus-s3 access-key)"
APP_SECRET="$(get axcampus-s3 secret-key)"
BACKUP_KEY="$(get axcampus-backup-s3 ACCESS_KEY_ID)"
BACKUP_SECRET="$(get axcampus-backup-s3 ACCESS_SECRET_KEY)"

policy() {
  printf '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":["arn:aws:s3:::%s","arn:aws:s3:::%s/*"]}]}' "$1" "$1"
}

kubectl -n "$NS" exec -i minio-0 -c minio -- sh -s <<EOF
set -e
export MC_CONFIG_DIR=/tmp/.mc
mc alias set local http://localhost:9000 "\$MINIO_ROOT_USER" "\$MINIO_ROOT_PASSWORD" >/dev/null
mc mb --ignore-existing local/$BUCKET local/$BACKUP_BUCKET
mc version enable local/$BUCKET
echo '$(policy "$BUCKET")' > /tmp/app-policy.json
echo '$(policy "$BACKUP_BUCKET")' > /tmp/backup-policy.json
mc admin policy create local axcampus-app /tmp/app-policy.json
mc admin policy create local axcampus-backup /tmp/backup-policy.json
mc admin user add local '$APP_KEY' '$APP_SECRET'
mc admin user add local '$BACKUP_KEY' '$BACKUP_SECRET'
mc admin policy attach local axcampus-app --user '$APP_KEY' 2>/dev/null || true
mc admin policy attach local axcampus-backup --user '$BACKUP_KEY' 2>/dev/null || true
rm -f /tmp/app-policy.json /tmp/backup-policy.json
echo "MinIO ready: buckets $BUCKET (versioned) and $BACKUP_BUCKET, users for the app and for backups"
EOF

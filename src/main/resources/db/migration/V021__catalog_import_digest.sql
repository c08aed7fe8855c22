-- The digest of the content folder an import read (its files' paths and bytes, and the release):
-- a start-up whose folder has the digest of the last applied import has nothing to read again.
ALTER TABLE catalog_import ADD COLUMN content_digest VARCHAR(64);

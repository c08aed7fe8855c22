package kr.axcampus.material.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.material.Material;
import kr.axcampus.material.MaterialScope;

/** API.md "Materials": {@code {id, name, contentType, size, sha256, scope, scopeId}} plus who and when. */
@TemplateData
public record MaterialView(
        String id,
        String name,
        String contentType,
        long size,
        String sha256,
        MaterialScope scope,
        String scopeId,
        String uploaderId,
        Instant uploadedAt) {
    public static MaterialView of(Material m) {
        return new MaterialView(
                m.id.toString(),
                m.name,
                m.contentType,
                m.sizeBytes,
                m.sha256,
                m.scope,
                m.scopeId,
                m.uploaderId.toString(),
                m.createdAt);
    }
}

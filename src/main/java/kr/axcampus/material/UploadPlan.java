package kr.axcampus.material;

import kr.axcampus.common.Caller;

/**
 * An upload the caller may make: where its bytes go, what it will be called, and its size when
 * the client declared it (then it is stored in one streamed PUT).
 */
public record UploadPlan(
        Caller caller, MaterialScope scope, String scopeId, String name, String key, String note, Long size) {}

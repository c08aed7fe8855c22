package kr.axcampus.material;

import kr.axcampus.common.Caller;

/** An upload the caller may make: where its bytes go and what it will be called. */
public record UploadPlan(Caller caller, MaterialScope scope, String scopeId, String name, String key, String note) {
}

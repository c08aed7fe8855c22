package kr.axcampus.material;

import java.util.UUID;

import kr.axcampus.common.Caller;

/**
 * Fired inside the transaction that records a material, so features that attach meaning to a
 * file (a submission version) commit or fail together with it.
 */
public record MaterialStored(UUID materialId, Caller uploader, MaterialScope scope, String scopeId, String note) {}

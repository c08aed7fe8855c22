package kr.axcampus.privacy;

/** Why a person's data is erased (kept in the account's history). */
public record ErasureRequest(String reason) {}

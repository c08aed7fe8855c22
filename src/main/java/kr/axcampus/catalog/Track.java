package kr.axcampus.catalog;

/** The two training tracks: CEO insight (일반AX) and practitioners' problem solving (전문AX). */
public enum Track {
    GENERAL_AX,
    PROFESSIONAL_AX
}

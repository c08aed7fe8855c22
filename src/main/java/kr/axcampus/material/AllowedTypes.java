package kr.axcampus.material;

import java.util.Set;

import kr.axcampus.common.ProblemException;

/** Which file types (as the bytes prove them) each scope accepts. */
final class AllowedTypes {
    /** Reports, slides and spreadsheets: PDF, Office, HWP (Korea's word processor), text. */
    private static final Set<String> DOCUMENTS = Set.of(
            "application/pdf",
            "text/plain",
            "text/markdown",
            "text/x-web-markdown",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-hwp",
            "application/x-hwp-v5",
            "application/haansofthwp",
            "application/x-hwpx");
    /** Raster images only: SVG can carry scripts. */
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private static final Set<String> ARCHIVES = Set.of(
            "application/zip",
            "application/gzip",
            "application/x-gzip",
            "application/x-tar",
            "application/x-7z-compressed");
    /** Lab data and notebooks, for course and cohort materials. */
    private static final Set<String> DATA = Set.of("text/csv", "application/json", "application/x-ipynb+json");

    private static final Set<String> VIDEO = Set.of("video/mp4", "video/webm", "video/quicktime");

    private AllowedTypes() {}

    /** 415 unless the type is accepted in the scope: data and video only where teaching happens, evidence is a picture or a document. */
    static void check(String type, MaterialScope scope) {
        if (scope == MaterialScope.EVIDENCE && !IMAGES.contains(type) && !DOCUMENTS.contains(type)) {
            throw new ProblemException(
                    415,
                    "unsupported-type",
                    "File type not allowed",
                    "evidence is a photo, a screenshot or a document; files of type " + type + " are not accepted",
                    null);
        }
        boolean anywhere = DOCUMENTS.contains(type) || IMAGES.contains(type) || ARCHIVES.contains(type);
        boolean teaching = DATA.contains(type) || VIDEO.contains(type);
        if (!anywhere && !(teaching && scope != MaterialScope.SUBMISSION)) {
            throw new ProblemException(
                    415,
                    "unsupported-type",
                    "File type not allowed",
                    "files of type " + type + " are not accepted here",
                    null);
        }
    }
}

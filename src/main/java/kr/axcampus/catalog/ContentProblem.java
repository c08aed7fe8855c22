package kr.axcampus.catalog;

import io.quarkus.qute.TemplateData;

/** One thing wrong with the content folder, named by the file it is in. */
@TemplateData
public record ContentProblem(String file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}

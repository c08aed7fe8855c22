package kr.axcampus.catalog;

/** One thing wrong with the content folder, named by the file it is in. */
@io.quarkus.qute.TemplateData
public record ContentProblem(String file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}

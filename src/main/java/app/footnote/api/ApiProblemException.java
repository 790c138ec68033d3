package app.footnote.api;

/** Stops a request with a problem-details response. */
public class ApiProblemException extends RuntimeException {

    private final transient Problem problem;

    public ApiProblemException(int status, String title, String detail) {
        super(detail);
        this.problem = Problem.of(status, title, detail);
    }

    public Problem problem() {
        return problem;
    }
}

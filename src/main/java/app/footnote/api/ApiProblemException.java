package app.footnote.api;

/** Stops a request with a problem-details response. */
public class ApiProblemException extends RuntimeException {

    private final transient Problem problem;

    public ApiProblemException(int status, String title, String detail) {
        this(Problem.of(status, title, detail));
    }

    public ApiProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

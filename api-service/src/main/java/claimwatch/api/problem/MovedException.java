package claimwatch.api.problem;

/** A resource that now lives elsewhere (a story merged into another); answered with 301 and its new location. */
public class MovedException extends RuntimeException {

    private final String location;

    public MovedException(String message, String location) {
        super(message);
        this.location = location;
    }

    public String location() {
        return location;
    }
}

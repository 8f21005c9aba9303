package claimwatch.api.problem;

/** A resource that does not exist; answered with 404, naming the parameter that pointed at it when one did. */
public class NotFoundException extends RuntimeException {

    private final String parameter;

    public NotFoundException(String message) {
        this(message, null);
    }

    public NotFoundException(String message, String parameter) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

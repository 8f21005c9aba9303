package claimwatch.ingest.fetch;

import java.net.UnknownHostException;

/**
 * Thrown from inside HttpClient when a resolved or connected address is forbidden; its message is the operator detail.
 * It extends UnknownHostException because that is the only checked exception HttpClient's DnsResolver may throw.
 */
final class AddressRefusedException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    AddressRefusedException(String detail) {
        super(detail);
    }
}

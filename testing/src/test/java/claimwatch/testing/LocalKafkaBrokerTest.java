package claimwatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LocalKafkaBrokerTest {

    @Test
    void clusterIdsNeverStartWithADashThatKafkaStorageWouldReadAsAnOption() {
        // One random id in 64 used to start with '-' and fail the storage format with "expected one argument".
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = LocalKafkaBroker.clusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(22, id.length(), id);
            ids.add(id);
        }
        assertEquals(5_000, ids.size());
    }
}

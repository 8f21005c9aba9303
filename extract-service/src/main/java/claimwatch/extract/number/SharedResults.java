package claimwatch.extract.number;

import java.util.Arrays;
import java.util.function.Supplier;

/** Results computed once per sentence and handed to every extractor that asks, keyed by the class that computes them. */
final class SharedResults {

    private Object[] keys = new Object[0];
    private Object[] values = new Object[0];

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == key) {
                return (T) values[k];
            }
        }
        T value = compute.get();
        int n = keys.length;
        keys = Arrays.copyOf(keys, n + 1);
        values = Arrays.copyOf(values, n + 1);
        keys[n] = key;
        values[n] = value;
        return value;
    }
}

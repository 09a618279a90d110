package bachprop.util;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;

/**
 * Where a record declares a {@code double}, {@code Double} or {@code double[]}, the value must be a
 * finite number: {@code NaN}, {@code Infinity} and numbers too large for a double ({@code 1e400})
 * are rejected, the error naming the field ({@code weights[1][0][2]}).
 */
final class FiniteNumbers {
    private FiniteNumbers() {}

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("finite-numbers");
        m.addDeserializer(Double.class, new Scalar());
        m.addDeserializer(double.class, new Scalar());
        m.addDeserializer(double[].class, new Vector());
        return m;
    }

    static double finite(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return (Double) ctxt.handleUnexpectedToken(Double.class, t, p, "expected a number, found " + found(t, p));
        }
        double d = p.getDoubleValue();
        if (!Double.isFinite(d)) {
            ctxt.reportInputMismatch(type, "not a finite number (%s)", p.getText());
        }
        return d;
    }

    private static String found(JsonToken t, JsonParser p) throws IOException {
        return switch (t) {
            case VALUE_STRING -> "the text \"" + p.getText() + "\"";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            default -> String.valueOf(t);
        };
    }

    private static final class Scalar extends StdDeserializer<Double> {
        Scalar() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return finite(p, ctxt, Double.class);
        }
    }

    private static final class Vector extends StdDeserializer<double[]> {
        Vector() {
            super(double[].class);
        }

        @Override
        public double[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return (double[]) ctxt.handleUnexpectedToken(
                        double[].class,
                        p.currentToken(),
                        p,
                        "expected an array of numbers, found " + found(p.currentToken(), p));
            }
            double[] out = new double[8];
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                try {
                    out[n] = finite(p, ctxt, double.class);
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, out, n);
                }
                n++;
            }
            return Arrays.copyOf(out, n);
        }
    }
}

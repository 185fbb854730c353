package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.Edit;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads one field of a PATCH body as an {@link Edit}: a field the body leaves out is
 * {@link Edit#keep()}, one it names is replaced, JSON null included (which clears it). The value
 * follows the rules of {@link JsonField} for the edit's type: {@code Edit<String>},
 * {@code Edit<Integer>}, {@code Edit<Boolean>} or {@code Edit<Map<String, Object>>}.
 */
@Singleton
final class JsonEdit implements Deserializer<Edit<Object>> {

    private final Class<?> valueType;

    @Inject
    JsonEdit() {
        this(String.class);
    }

    private JsonEdit(Class<?> valueType) {
        this.valueType = valueType;
    }

    @Override
    public Deserializer<Edit<Object>> createSpecific(DecoderContext context, Argument<? super Edit<Object>> type) {
        return new JsonEdit(type.getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(String.class));
    }

    @Override
    public Edit<Object> deserialize(Decoder decoder, DecoderContext context, Argument<? super Edit<Object>> type)
            throws IOException {
        return Edit.replace(JsonField.read(decoder.decodeArbitrary(), valueType));
    }

    @Override
    public Edit<Object> deserializeNullable(Decoder decoder, DecoderContext context,
                                            Argument<? super Edit<Object>> type) throws IOException {
        return deserialize(decoder, context, type);
    }

    @Override
    public Edit<Object> getDefaultValue(DecoderContext context, Argument<? super Edit<Object>> type) {
        return Edit.keep();
    }
}

package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.SecretGenerator;
import java.util.ArrayList;
import java.util.List;

/** Returns the secret it was given and remembers how much entropy each caller asked for. */
public final class FixedSecrets implements SecretGenerator {

    private final String secret;
    private final List<Integer> requestedBits = new ArrayList<>();

    public FixedSecrets(String secret) {
        this.secret = secret;
    }

    @Override
    public String newSecret(int bits) {
        requestedBits.add(bits);
        return secret;
    }

    public List<Integer> requestedBits() {
        return List.copyOf(requestedBits);
    }
}

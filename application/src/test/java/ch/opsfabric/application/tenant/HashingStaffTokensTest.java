package ch.opsfabric.application.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Staff tokens are kept as lower-case hex SHA-256 digests of their UTF-8 bytes. */
class HashingStaffTokensTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
            // FIPS 180-2 test vectors
            "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
    void a_token_hashes_to_its_sha_256_digest_in_hex(String token, String digest) {
        assertThat(StaffTokens.hash(token)).isEqualTo(digest);
    }
}

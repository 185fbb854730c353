package ch.opsfabric.bootstrap;

import ch.opsfabric.bootstrap.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A page test: the whole service and one headless Chromium with JavaScript on for all of the class's tests, each
 * test starting a session of its own. Subclasses carry {@code @MicronautTest(transactional = false)}.
 */
abstract class BrowserPageTest extends ServiceTest {

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.withJavaScript();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }
}

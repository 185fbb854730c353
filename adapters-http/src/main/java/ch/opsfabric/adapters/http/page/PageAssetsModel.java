package ch.opsfabric.adapters.http.page;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Gives every page's model the addresses of its stylesheet, htmx and the staff workspace's script ({@code css}, {@code htmx}, {@code workspaceScript}) for the layout. */
@Singleton
final class PageAssetsModel implements ViewModelProcessor<Map<String, Object>> {

    private final Assets assets;

    PageAssetsModel(Assets assets) {
        this.assets = assets;
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> modelAndView) {
        // A copy: controllers may hand over an unmodifiable model (Map.of).
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        model.put("css", assets.url("pages.css"));
        model.put("htmx", assets.url("htmx.min.js"));
        model.put("workspaceScript", assets.url("workspace.js"));
        modelAndView.setModel(model);
    }
}

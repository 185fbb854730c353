/**
 * The server-rendered pages: Thymeleaf templates under {@code views/} (the shared layout in
 * {@code views/layout.html}), their stylesheet and htmx served by {@link ch.opsfabric.adapters.http.page.AssetsController}
 * under a versioned {@code /assets/<version>/…} address, and every page's model given the asset addresses
 * by {@link ch.opsfabric.adapters.http.page.PageAssetsModel}. Pages work without JavaScript; htmx only
 * enhances them. No page has an inline script or style: {@code SecurityHeaders} sends HTML answers a
 * Content-Security-Policy that forbids them. {@code customer} holds the public pages of a business; the staff
 * workspace's pages ({@code views/staff/}, their own layout {@code views/staff/workspace.html} with the
 * navigation, and {@code assets/workspace.js}) have their controllers beside the session cookies they read.
 */
package ch.opsfabric.adapters.http.page;

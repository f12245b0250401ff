/**
 * A reactive application on the module path: it requires the SDK's core and, for the {@code Mono} client, the Netty
 * transport; nothing else (no {@code --add-modules} either).
 */
module com.example.app {
    requires ai.vobiz.core;
    requires ai.vobiz.transport.netty;

    exports com.example.app;
}

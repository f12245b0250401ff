/** An application on the module path: it requires the SDK's core only; the transport is found by service binding. */
module com.example.app {
    requires ai.vobiz.core;

    exports com.example.app;
}

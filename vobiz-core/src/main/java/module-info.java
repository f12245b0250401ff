/**
 * The Vobiz SDK core: domain model, client facades, errors, configuration and the ports that transports implement.
 * It depends on no HTTP library; add {@code vobiz-transport-okhttp} or {@code vobiz-transport-netty} at run time.
 */
module ai.vobiz.core {
    requires transitive tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports ai.vobiz.client;
    exports ai.vobiz.domain;
    exports ai.vobiz.domain.partner;
    exports ai.vobiz.endpoint;
    exports ai.vobiz.error;
    exports ai.vobiz.paging;
    exports ai.vobiz.port.resilience;
    exports ai.vobiz.port.transport;
    // The toolkit for transport implementers (not the SPI itself, not for applications).
    exports ai.vobiz.port.transport.support;

    uses ai.vobiz.port.transport.HttpTransportProvider;
}

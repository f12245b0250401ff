/**
 * Core's resilience policy applied with Resilience4j, for transport implementers: {@link
 * ai.vobiz.resilience4j.Resilience4jConfigs} translates a {@link ai.vobiz.port.resilience.RetryPolicy} and a {@link
 * ai.vobiz.port.resilience.CircuitBreakerPolicy}; {@link ai.vobiz.resilience4j.AttemptResponse} and {@link
 * ai.vobiz.resilience4j.AttemptFailure} carry an attempt's request to the retry's predicates; {@link
 * ai.vobiz.resilience4j.BreakerWatch} reports breaker transitions. Both Vobiz transports use it, and so can a
 * third-party transport that applies the policy with Resilience4j.
 */
package ai.vobiz.resilience4j;

import {
  memoryLimiters,
  type ClientLimiter,
  type LimitName,
  type LimiterFactory,
} from '../proxy/client-limiter.ts';

/** The Workers Rate Limiting binding (`ratelimits` in wrangler.jsonc), as far as used here. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The binding of each budget in wrangler.jsonc; its limit and period are configured there. */
export const LIMIT_BINDINGS: Readonly<Record<LimitName, string>> = {
  'proxy-api': 'PROXY_API_LIMITER',
  'proxy-media': 'PROXY_MEDIA_LIMITER',
  'sim-api': 'SIM_API_LIMITER',
  'sim-media': 'SIM_MEDIA_LIMITER',
};

/** The binding's shortest period: after it, a refused client may try again. */
const BINDING_PERIOD_SECONDS = 60;

function isBinding(value: unknown): value is RateLimitBinding {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { limit?: unknown }).limit === 'function'
  );
}

/** A budget counted by the platform, shared by every isolate of the location. */
export function bindingLimiter(binding: RateLimitBinding): ClientLimiter {
  return {
    async take(key) {
      const { success } = await binding.limit({ key });
      return success ? { ok: true } : { ok: false, retryAfter: BINDING_PERIOD_SECONDS };
    },
  };
}

/**
 * On Workers, each budget whose binding is configured is kept by the platform (the in-memory
 * window only counts within one isolate, and a client's requests spread over many); a budget
 * without one (tests, a wrangler.jsonc without `ratelimits`) falls back to memory.
 */
export function bindingLimiters(env: Record<string, unknown>): LimiterFactory {
  return (name, options) => {
    const binding = env[LIMIT_BINDINGS[name]];
    return isBinding(binding) ? bindingLimiter(binding) : memoryLimiters(name, options);
  };
}

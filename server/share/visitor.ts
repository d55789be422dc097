import type { ClientKey } from '../proxy/rate-limit.ts';

/** Who asked for a preview: link previewers get the shared budget, people one of their own. */
export interface Visitor {
  client: string;
  crawler: boolean;
}

/** The link previewers that unfurl share links (their user agents say who they are). */
const CRAWLER_AGENTS =
  /bot\b|crawler|spider|facebookexternalhit|slackbot|discordbot|twitterbot|whatsapp|telegrambot|linkedinbot|embedly|iframely|mastodon|applebot|redditbot|skypeuripreview|pinterest|vkshare|googlebot|bingbot|preview/i;

export function visitorOf(request: Request, env: unknown, clientKey: ClientKey): Visitor {
  return {
    client: clientKey(request, env) ?? 'unknown',
    crawler: CRAWLER_AGENTS.test(request.headers.get('user-agent') ?? ''),
  };
}

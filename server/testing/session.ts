import { sessionCookie, sessionKeys } from '../session/session.ts';

/** SESSION_SECRET for unit tests that mint their session instead of loading a page. */
export const TEST_SESSION_SECRET = 'test-session-secret-0123456789abcdef';

/** `name=value` of a valid session cookie, for a `Cookie` header. */
export async function testSessionCookie(signedIn = false): Promise<string> {
  const keys = sessionKeys({ SESSION_SECRET: TEST_SESSION_SECRET });
  const cookie = await sessionCookie(new Request('http://localhost/'), keys, null, signedIn);
  return cookie.split(';')[0] ?? '';
}

/** The session cookie a page answer hands out, as a `Cookie` header value, or "". */
export function cookieFrom(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cv_session='));
  return cookie?.split(';')[0] ?? '';
}

/**
 * The HTML for one page of the app, from the built index.html. Every page path goes through
 * here, so per-page <head> tags (Open Graph tags for share links) have one place to go.
 */
export function renderAppHtml(_request: Request, template: string): string {
  return template;
}

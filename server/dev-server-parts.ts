/** What `npm run dev` loads through Vite to put the server application in front of it. */
export { PROXY_PREFIX, SIMULATOR_PREFIX } from '../src/domain/providers/index.ts';
export { OEMBED_PATH } from '../src/domain/routes.ts';
export { TEMPLATE_FILES } from './client/files.ts';
export { createNodeApp } from './node-app.ts';
export { securityHeaderEntries } from './security-headers.ts';

import { TEMPLATE_FILES, type ClientFiles } from './files.ts';

/** The Workers static-assets binding (`env.ASSETS`). */
export interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

/**
 * The client build through the Workers assets binding. Requests carry only the path, so the
 * binding answers with the plain file (no conditional or compressed variants to undo).
 */
export function assetsClientFiles(assets: AssetsBinding): ClientFiles {
  const get = async (path: string): Promise<Response | null> => {
    const response = await assets.fetch(new Request(new URL(path, 'https://assets.invalid')));
    if (!response.ok) {
      await response.body?.cancel();
      return null;
    }
    const headers = new Headers();
    for (const name of ['content-type', 'content-length']) {
      const value = response.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    return new Response(response.body, { headers });
  };
  return {
    file: get,
    async template(_request, page) {
      const response = await get(`/${TEMPLATE_FILES[page]}`);
      return response ? response.text() : null;
    },
  };
}

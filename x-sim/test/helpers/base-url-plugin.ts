import type { ITwitterApiClientPlugin } from 'twitter-api-v2';

/**
 * twitter-api-v2 has no base-URL setting: rewrite every request (REST, paginators, token, refresh,
 * revoke) and the authorize link onto the simulator. The authorize hook is not awaited, so this
 * plugin must come first in `plugins`.
 */
export function baseUrlPlugin(baseUrl: string): ITwitterApiClientPlugin {
  const target = new URL(baseUrl);
  const rewrite = (raw: string): string => {
    const url = new URL(raw.startsWith('http') ? raw : `https://${raw}`);
    url.protocol = target.protocol;
    url.host = target.host;
    return url.toString();
  };
  return {
    onBeforeRequestConfig({ params }) {
      params.url = rewrite(params.url);
    },
    onBeforeStreamRequestConfig({ params }) {
      params.url = rewrite(params.url);
    },
    onOAuth2RequestToken({ result }) {
      result.url = rewrite(result.url);
    },
  };
}

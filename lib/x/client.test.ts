import { describe, expect, it } from "vitest";
import { baseUrlPlugin } from "./client";

type Hook = (args: { params: { url: string } }) => void;

describe("the base-URL plugin", () => {
  const plugin = baseUrlPlugin("http://127.0.0.1:4100", "http://127.0.0.1:4100/i/oauth2/authorize");
  const rewrite = (url: string) => {
    const params = { url };
    (plugin.onBeforeRequestConfig as unknown as Hook)({ params });
    return params.url;
  };

  it("points every X API URL at the configured base, keeping path and query", () => {
    expect(rewrite("https://api.x.com/2/users/1/mentions?max_results=100")).toBe("http://127.0.0.1:4100/2/users/1/mentions?max_results=100");
    expect(rewrite("https://api.twitter.com/2/oauth2/token")).toBe("http://127.0.0.1:4100/2/oauth2/token");
    expect(rewrite("https://example.com/other")).toBe("https://example.com/other");
  });

  it("points the consent link at the configured authorize page", () => {
    const result = { url: "https://x.com/i/oauth2/authorize?response_type=code&client_id=abc&state=s1", state: "s1", codeVerifier: "v", codeChallenge: "c" };
    (plugin.onOAuth2RequestToken as unknown as (args: { result: typeof result }) => void)({ result });
    expect(result.url).toBe("http://127.0.0.1:4100/i/oauth2/authorize?response_type=code&client_id=abc&state=s1");
  });
});

import type { ValueIssue } from "./issue";

const BARE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The bare domain inside a URL or address ("https://www.contoso.com/about" → "contoso.com"). */
export function bareDomain(value: string): string | null {
  let host = value.replace(SCHEME, "");
  host = host.split(/[/?#]/, 1)[0];
  host = host.slice(host.lastIndexOf("@") + 1);
  host = host
    .replace(/:\d+$/, "")
    .replace(/\.$/, "")
    .replace(/^www\./i, "")
    .toLowerCase();
  return BARE.test(host) ? host : null;
}

export function checkDomain(value: string): ValueIssue | null {
  if (BARE.test(value) && !/^www\./i.test(value)) return null;
  const fix = bareDomain(value);
  return fix !== null ? { code: "domain-not-bare", fix } : { code: "domain-invalid" };
}

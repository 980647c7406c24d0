// A short name for a browser from its User-Agent ("Chrome 131 · Windows"),
// for the list of one's sessions. Enough to tell one's own devices apart; the
// full string is shown as the title for the rest.

const BROWSERS: [name: string, pattern: RegExp][] = [
  ['Edge', /Edg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /(?:OPR|Opera)\/(\d+)/],
  ['Samsung Internet', /SamsungBrowser\/(\d+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /Version\/(\d+).*Safari\//],
];

const SYSTEMS: [name: string, pattern: RegExp][] = [
  ['Android', /Android/],
  ['iOS', /iPhone|iPad|iPod/],
  ['Windows', /Windows/],
  ['macOS', /Mac OS X|Macintosh/],
  ['ChromeOS', /CrOS/],
  ['Linux', /Linux/],
];

/** "Chrome 131 · Windows", "Firefox 133", "Windows", or null when nothing is recognised. */
export function describeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.map(([name, re]) => [name, re.exec(userAgent)] as const).find(([, m]) => m);
  const system = SYSTEMS.find(([, re]) => re.test(userAgent))?.[0];
  const parts = [browser ? `${browser[0]} ${browser[1]![1]}` : null, system ?? null].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

import { PUBLISHERS } from '../gazetteer.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALIAS_TO_NAME = new Map<string, string>();
for (const p of PUBLISHERS) for (const a of p.aliases) ALIAS_TO_NAME.set(a.toLowerCase(), p.name);
const ALIASES = PUBLISHERS.flatMap((p) => p.aliases).sort((a, b) => b.length - a.length).map(esc).join('|');

// The ways articles name their publisher: "Azernews reports", "Report informs", "(MENAFN- AzerNews)",
// "Kazinform News Agency correspondent", "according to Trend". Case-sensitive on the name, so the
// common noun "report" in "a report informs" is not the agency Report.
const PATTERNS: RegExp[] = [
  new RegExp(`\\(MENAFN-\\s*(${ALIASES})\\)`, 'i'),
  // Dateline agency: "Bishkek, May 14 (Kabar)." / "ASTANA. KAZINFORM".
  new RegExp(`^[^.\\n]{0,60}\\((${ALIASES})\\)`),
  new RegExp(`^[\\p{Lu}\\s,]{2,40}\\.\\s+(${ALIASES})\\b`, 'u'),
  // "Baku, December 5, AZERTAC. The closing ceremony ..."
  new RegExp(`^[\\p{Lu}][\\p{L}'’ -]{1,30},\\s+[\\p{L}]+\\s+\\d{1,2},\\s+(${ALIASES})(?:\\.|\\s*$)`, 'mu'),
  new RegExp(`\\b(${ALIASES}),? (?:reports|reported|informs|informed|writes|said)\\b`),
  new RegExp(`\\b(${ALIASES}) (?:News Agency|correspondent|reporter)`),
  new RegExp(`\\b(?:according to|told|via|citing) (${ALIASES})\\b`),
  /\b([A-Z][\w.]+(?: [A-Z][\w.]+)?) News Agency\b/,
];

/** The news agency the article names as its source, or null. Earlier mentions win. */
export function detectPublisher(text: string): string | null {
  let best: { at: number; name: string } | null = null;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (!m || m[1] === undefined) continue;
    const name = ALIAS_TO_NAME.get(m[1].toLowerCase()) ?? m[1];
    // "Report" alone is a common word at the start of a sentence; only trust its byline forms.
    if (name === 'Report' && !/Report (informs|informed|reports)|Report\.az/.test(m[0])) continue;
    if (!best || m.index < best.at) best = { at: m.index, name };
  }
  return best?.name ?? null;
}

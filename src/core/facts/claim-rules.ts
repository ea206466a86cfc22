/**
 * Rules for what was said, proposed, decided, founded and counted. Each returns raw claims; the
 * extractor resolves "he", "the organization" and "the event" against the article.
 */
import { SPEECH_AUDIENCE, SPEECH_VERBS } from './lexicon.ts';

export interface RawClaim {
  /** The text that names the subject as the sentence words it ("The Kazakh Minister", "She", "TURKSOY"). */
  subjectText: string;
  object: string;
}

const cut = (s: string, max = 220) => {
  const t = s.trim().replace(/^[,:;\s]+/, '').replace(/[\s,;:]+$/, '').replace(/\.$/, '');
  if (t.length <= max) return t;
  const c = t.slice(0, max);
  return `${c.slice(0, c.lastIndexOf(' '))}…`;
};

/** "X was established in 1993 upon signature ... by the Ministers of Culture of ...". */
export function findFoundings(sentence: string): { subjectText: string; year: number; date?: string; by?: string }[] {
  const out: { subjectText: string; year: number; by?: string }[] = [];
  const re = /^(.*?)\b(?:was|were|has been|had been)\s+(?:officially\s+)?(?:established|founded|created|set up|formed|launched)\s+(?:in|on)\s+(?:[\p{L}\d ,]*?)?(1[89]\d\d|20\d\d)\b(.*)$/u;
  const m = re.exec(sentence);
  if (m) {
    const by = /\bby\s+(?:the\s+)?(.+?)(?:[.;]|$)/.exec(m[3] ?? '')?.[1];
    // "TURKSOY, which was established in 1993, ...": the subject is before the relative pronoun.
    const subjectText = m[1]!.trim().replace(/,?\s*\b(?:which|that|who)$/i, '');
    out.push({ subjectText, year: Number(m[2]), by: by ? cut(by, 160) : undefined });
  }
  // "The festival has been organized since 2021": held every year since then, so founded then.
  const since = /^(.*?)\b(?:has|have)\s+been\s+(?:organized|organised|held|running|awarded|celebrated|published|staged)\s+(?:annually\s+|every year\s+|regularly\s+)?since\s+(1[89]\d\d|20\d\d)\b/u.exec(sentence);
  if (since && !m) out.push({ subjectText: since[1]!.trim(), year: Number(since[2]) });
  const lead = /^(?:Established|Founded|Created|Set up)\s+in\s+(1[89]\d\d|20\d\d)\b[^,]*,\s+(?:the\s+)?(.+?)\s+(?:is|was|has|unites|brings)\b/u.exec(sentence);
  if (lead) out.push({ subjectText: lead[2]!, year: Number(lead[1]) });
  const appos = /([\p{Lu}][\p{L}\p{Lu}]+(?:\s+(?:of\s+)?[\p{Lu}][\p{L}]+)*),\s+(?:which was\s+)?(?:established|founded|created)\s+in\s+(1[89]\d\d|20\d\d)/u.exec(sentence);
  if (appos && !m) out.push({ subjectText: appos[1]!, year: Number(appos[2]) });
  return out;
}

/** Decisions and documents: "a decision was made to establish a working group", "adoption of a Joint Declaration", "signed a protocol". */
export function findDecisions(sentence: string): { relation: 'decided' | 'adopted' | 'signed'; subjectText: string; object: string }[] {
  const out: { relation: 'decided' | 'adopted' | 'signed'; subjectText: string; object: string }[] = [];
  const decided = /\b(?:a |the )?decision was (?:made|taken|adopted|reached) (?:to )?(.+)$|^(.*?)\b(?:decided|agreed|resolved) to (.+)$/iu.exec(sentence);
  if (decided) {
    if (decided[1]) out.push({ relation: 'decided', subjectText: '', object: cut(`to ${decided[1]}`) });
    else out.push({ relation: 'decided', subjectText: decided[2] ?? '', object: cut(`to ${decided[3]}`) });
  }
  const adopted = /\b(?:adoption of|adopted)\s+(?:a|an|the)\s+(.+?)(?=\s+(?:on|at|during|in)\s+(?:the\s+)?(?:end|meeting|session|summit)|[,.;]|$)/iu.exec(sentence);
  if (adopted) out.push({ relation: 'adopted', subjectText: sentence.slice(0, adopted.index), object: cut(adopted[1]!, 160) });
  const signedActive = /^(.*?)\b(?:signed|inked)\s+(?:a|an|the)\s+(.+?)(?=\s+(?:at|during|in)\s+(?:the\s+)?(?:end|meeting|session|summit)\b|[,.;]|$)/iu.exec(sentence);
  const signedPassive = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,4}?(?:protocol|memorandum|agreement|declaration|roadmap|road map|plan|programme|program|document|communique|communiqué|statement|charter|treaty|contract|resolution)(?:\s+(?:of|on)\s+[\p{L} -]+?)?)\s+(?:was|were|has been|have been)\s+signed\b(.*)$/iu.exec(sentence);
  if (signedPassive) {
    // "... was signed by X" or "... was signed between X and Y".
    const by = /\b(?:by|between)\s+(?:the\s+)?(.+?)(?:[.;]|$)/.exec(signedPassive[2] ?? '')?.[1] ?? '';
    out.push({ relation: 'signed', subjectText: by, object: cut(signedPassive[1]!, 160) });
  } else if (signedActive && !/\bwho\b/.test(signedActive[1]!)) {
    out.push({ relation: 'signed', subjectText: signedActive[1]!, object: cut(signedActive[2]!, 160) });
  }
  return out;
}

/** "X proposed to launch Y", "X put forward an initiative to create Y", "X suggested Y". */
export function findProposals(sentence: string): RawClaim[] {
  const m = /^(.*?)\b(?:also\s+)?(?:proposed|suggested|put forward|came up with|initiated|called for|offered|advanced)\s+(?:an initiative|a proposal|the idea|an idea|a number of proposals|several proposals|proposals|initiatives)?\s*(?:to\s+)?(.+)$/iu.exec(sentence);
  if (!m) return [];
  let object = m[2]!;
  // Keep the proposal, not the explanation after it: "..., a document which will ..." / ", which ...".
  object = object.split(/,\s+(?:a|an|the)\s+\w+\s+(?:which|that)\b|,\s+which\b|,\s+stating\b|,\s+saying\b/)[0]!;
  return [{ subjectText: m[1]!, object: cut(object) }];
}

/** Partners: "collaborates with ... UNESCO and maintains partnerships with institutions such as the OTS and ...". */
export function findPartnerships(sentence: string): { subjectText: string; partners: string[] }[] {
  const out: { subjectText: string; partners: string[] }[] = [];
  const re = /\b(?:collaborates?|cooperates?|partners?|works?|partnerships?|cooperation|collaboration|ties)\s+(?:closely\s+|actively\s+)?with\s+(.+?)(?=\s+and\s+(?!the\b)\p{Ll}|[.;]|$)/giu;
  const subjectText = /^(.*?)\b(?:actively\s+|closely\s+)?(?:collaborates|cooperates|partners|works|maintains|has)\b/iu.exec(sentence)?.[1] ?? '';
  for (const m of sentence.matchAll(re)) {
    const list = m[1]!
      .replace(/^(?:international\s+)?(?:bodies|institutions|organizations|organisations|partners|entities)\s+(?:like|such as|including)\s+/i, '')
      .replace(/^(?:like|such as|including)\s+/i, '');
    const partners = list
      .split(/,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?\p{Lu})/u)
      .map((p) => p.trim().replace(/^the\s+/i, ''))
      .filter((p) => /^\p{Lu}/u.test(p));
    if (partners.length) out.push({ subjectText, partners });
  }
  return out;
}

/** What a meeting covered: "The meeting covered topics such as joint film production, ...". */
export function findTopics(sentence: string): RawClaim[] {
  const m = /^(.*?)\b(?:covered|discussed|focused on|focuses on|considered|reviewed|touched upon|dealt with|examined|explored)\s+(?:(?:the\s+)?(?:topics|issues|questions|matters|prospects|ways)\s+)?(?:such as|including|like|related to|of)?\s*(.+)$/iu.exec(sentence);
  if (!m) return [];
  return [{ subjectText: m[1]!, object: cut(m[2]!) }];
}

/** Aims: "The event aims to strengthen cultural and historical ties ...". */
export function findPurposes(sentence: string): RawClaim[] {
  const m = /^(.*?)\b(?:aims?|aimed|is aimed|are aimed|was aimed|seeks?|sought|is intended|was intended|is designed|was designed)\s+(to|at)\s+(.+)$/iu.exec(sentence);
  if (!m) return [];
  return [{ subjectText: m[1]!, object: cut(`${m[2] === 'to' ? 'to ' : ''}${m[3]}`) }];
}

const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');

/**
 * Reported speech. Returns who spoke as the sentence words it and what was said:
 * "“...,” stated the Secretary General." / "Balayeva noted that ..." / "According to him, ...".
 */
export function findSpeech(sentence: string): RawClaim | null {
  const inverted = new RegExp(`["”’»]\\s*,?\\s*(?:${SPEECH_VERBS})\\s+(.+?)[.!]?$`, 'iu').exec(sentence);
  if (inverted) return { subjectText: inverted[1]!, object: cut(sentence.slice(0, inverted.index).replace(/^["“‘«]/, '')) };
  const after = new RegExp(`["”’»]\\s*,?\\s*(.+?)\\s+(?:${SPEECH_VERBS})${SPEECH_AUDIENCE}\\.?$`, 'iu').exec(sentence);
  if (after) return { subjectText: after[1]!, object: cut(sentence.slice(0, after.index).replace(/^["“‘«]/, '')) };
  // Attribution after the words, without quote marks: "Over 1,000 artists performed in Shusha during the
  // year, the minister said." The speaker is short; a longer clause is not an attribution.
  const trailing = new RegExp(`^(.{12,}),\\s+((?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,4})\\s+(?:${SPEECH_VERBS})${SPEECH_AUDIENCE}\\.?$`, 'u').exec(sentence);
  if (trailing && !/["”»]$/.test(trailing[1]!)) return { subjectText: trailing[2]!, object: cut(trailing[1]!) };
  const according = /^According to ([^,]+),\s*(.+)$/u.exec(sentence);
  if (according) return { subjectText: according[1]!, object: cut(according[2]!) };
  const direct = new RegExp(`^(.*?)\\s+(?:also\\s+|further\\s+)?(${SPEECH_VERBS})\\b(?:\\s+(?:that|the importance of|the need for|the need to))?\\s*[,:]?\\s*(.+)$`, 'iu').exec(sentence);
  if (direct && direct[1]!.length < 160 && SPEECH.test(sentence)) {
    // Verbs whose object is a person keep the verb, or "thanked Adil Karimli for his support" would read
    // as words Adil Karimli said.
    const object = /^(?:thanked|praised|hailed)$/i.test(direct[2]!) ? `${direct[2]!.toLowerCase()} ${direct[3]!}` : direct[3]!;
    return { subjectText: direct[1]!, object: cut(object) };
  }
  return null;
}

export interface FigureMention {
  text: string;
  value: number;
  unit: string;
  approximation?: string;
  at: number;
}

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NOT_UNITS = /^(?:years?|days?|months?|weeks?|hours?|minutes?|times|percent|per|am|pm|st|nd|rd|th)$/i;

/** Counts with their unit: "over 3,000 artists", "more than 500 civil society representatives", "300 million Turks". */
export function findFigures(sentence: string): FigureMention[] {
  const out: FigureMention[] = [];
  const re = /\b(?:(over|more than|about|around|approximately|nearly|almost|some|up to|at least|roughly|close to)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion)?\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b/giu;
  for (const m of sentence.matchAll(re)) {
    const raw = m[2]!;
    const n = Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    if (/^(1[89]|20|21)\d\d$/.test(raw) && !m[1]) continue;
    const unit = m[4]!.toLowerCase();
    const unitWords = unit.split(/\s+/);
    if (unitWords.some((w) => NOT_UNITS.test(w)) || /^(?:of|and|the|in)$/.test(unitWords[0]!)) continue;
    out.push({ text: m[0], value: n * (m[3] ? MULTIPLIERS[m[3].toLowerCase()]! : 1), unit, approximation: m[1]?.toLowerCase(), at: m.index });
  }
  return out;
}

/** A performer's name: a capitalized run ("the Turan Ethno-Folk Ensemble", "singer Aida Nur"). */
const PERFORMER = `(?:[Tt]he\\s+)?((?:[\\p{Lu}][\\p{L}'’-]*)(?:\\s+(?:of\\s+|and\\s+)?[\\p{Lu}][\\p{L}'’-]*){0,6})`;
/** The occasion: "the closing ceremony of the ...", "the gala concert of ...", "the festival". */
const OCCASION = `(?:(?:opening|closing|final|gala|award|awards)\\s+)?(?:ceremony|concert|gala|evening|night|programme|program)`;

/**
 * Who performed where: "The Turan Ensemble performed at the closing ceremony of the festival",
 * "The closing ceremony of the Forum featured the State Youth Orchestra", "... was closed by a
 * concert of the Kazakh State Choir". `eventText` is what the sentence says of the event ("" when it
 * names none: the article's event).
 */
export function findPerformances(sentence: string): { performer: string; eventText: string; occasion: string }[] {
  const out: { performer: string; eventText: string; occasion: string }[] = [];
  const active = new RegExp(`^(?:[^,]{0,40},\\s+)?${PERFORMER}(?:\\s+from\\s+[\\p{Lu}][\\p{L}-]*)?\\s+(?:performed|played|sang|danced|gave a concert|gave a performance|appeared)\\b(?:\\s+[\\p{Ll}\\p{N}][\\p{L}\\p{N}'’-]*){0,4}?\\s+(?:at|during|for)\\s+(?:the\\s+)?(${OCCASION})?(?:\\s+of\\s+)?(?:the\\s+)?(.*?)(?=[,.;]|\\s+(?:in|on|while|and)\\s|$)`, 'u');
  const featured = new RegExp(`\\b(?:the\\s+)?(${OCCASION})\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:featured|included|was closed by|was opened by|ended with|opened with)\\s+(?:a\\s+(?:concert|performance)\\s+(?:of|by)\\s+)?${PERFORMER}`, 'u');
  const a = active.exec(sentence);
  if (a) out.push({ performer: cut(a[1]!, 120), occasion: (a[2] ?? '').toLowerCase(), eventText: cut(a[3] ?? '', 160) });
  const f = featured.exec(sentence);
  if (f) out.push({ performer: cut(f[3]!, 120), occasion: f[1]!.toLowerCase(), eventText: cut(f[2]!, 160) });
  return out;
}

/** A title in quotes, or a capitalized name. */
const WINNER = `(?:(?:[Tt]he\\s+)?(?:[\\p{Ll}-]+\\s+){0,2})?(?:[“"]([^”"]{2,80})[”"]|((?:[\\p{Lu}][\\p{L}'’-]*)(?:\\s+[\\p{Lu}][\\p{L}'’-]*){1,4}))`;
const PRIZE = `(?:(?:[Mm]ain|[Gg]rand|[Tt]op|[Ff]irst|[Ss]pecial|[Jj]ury|[Aa]udience)\\s+)?(?:[Pp]rize|[Aa]ward|[Gg]rand\\s+[Pp]rix|[Pp]rix)`;

/**
 * Who or what won a prize at an event: "The film “X” won the main prize of the festival", "The main
 * prize of the forum went to the book “Y”", "The jury of the festival gave its main prize to “Z”",
 * "“X” was awarded the Grand Prix of ...". `eventText` as in findPerformances.
 */
export function findPrizes(sentence: string): { winner: string; prize: string; eventText: string }[] {
  const out: { winner: string; prize: string; eventText: string }[] = [];
  const won = new RegExp(`${WINNER}\\s+(?:won|received|took|was awarded|has won|took home)\\s+(?:the\\s+|its\\s+)?(${PRIZE})(?:\\s+(?:of|at)\\s+(?:the\\s+)?(.+?))?(?=[,.;]|\\s+(?:in|on|after|for)\\s|$)`, 'u');
  const went = new RegExp(`\\b(?:the\\s+)?(${PRIZE})\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:went|was awarded|was given|was presented)\\s+to\\s+${WINNER}`, 'u');
  const gave = new RegExp(`\\b(?:the\\s+)?jury\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:gave|awarded|presented)\\s+(?:its|the)\\s+(${PRIZE})\\s+to\\s+${WINNER}`, 'u');
  const w = won.exec(sentence);
  if (w) out.push({ winner: cut(w[1] ?? w[2]!, 120), prize: w[3]!.toLowerCase(), eventText: cut(w[4] ?? '', 160) });
  const g = went.exec(sentence);
  if (g) out.push({ winner: cut(g[3] ?? g[4]!, 120), prize: g[1]!.toLowerCase(), eventText: cut(g[2]!, 160) });
  const j = gave.exec(sentence);
  if (j) out.push({ winner: cut(j[3] ?? j[4]!, 120), prize: j[2]!.toLowerCase(), eventText: cut(j[1]!, 160) });
  return out;
}

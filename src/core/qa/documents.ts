/**
 * Signed and adopted documents as an answer kind: "What did the ministers sign?", "Which document was
 * adopted at the summit?" are answered by a noun phrase headed by a word for a document ("a memorandum
 * on library exchanges", "the Joint Declaration of the Council", "an action plan for 2025-2026"), which
 * the typed mentions do not give (it is mostly lower case) and the "what" remainder cuts badly.
 */
import type { StructuredQuery } from './structured-query.ts';
import { termOf } from './terms.ts';

/** Head nouns of documents, singular, lower case. */
export const DOCUMENT_NOUNS = [
  'memorandum of understanding', 'memorandum', 'agreement', 'protocol', 'declaration', 'roadmap', 'road map', 'action plan', 'plan',
  'programme', 'program', 'treaty', 'charter', 'communique', 'communiqué', 'resolution', 'accord', 'convention', 'contract', 'document',
  'report', 'strategy', 'statute', 'budget',
];

/** Verbs whose object is a document: "signed", "adopted", "inked", "concluded", "approved". */
const DOCUMENT_VERBS = new Set(['sign', 'signed', 'signing', 'adopt', 'adopted', 'ink', 'inked', 'conclude', 'concluded', 'approve', 'approved', 'ratify', 'ratified'].map(termOf));

/** A word before the head that is no determiner, preposition or verb of the clause. */
const MODIFIER = `(?!(?:a|an|the|and|or|of|on|in|at|by|to|for|with|was|were|is|are|has|have|had|be|been|signed|adopted|inked|approved|concluded)\\b)[\\p{L}\\p{N}-]+`;
const NOUN = DOCUMENT_NOUNS.map((n) => n.replace(/ /g, '\\s+')).join('|');
/**
 * A determiner, up to four modifiers, the head (or its plural), and a complement ("on ...", "of ...",
 * "for ...", "between ...") that ends before the words that say who signed it, when or where: "by",
 * "at", "during", "with", "which", a comma or the end of the sentence.
 */
const DOCUMENT_RE = new RegExp(
  `\\b(?:a|an|the|two|three|several)\\s+((?:${MODIFIER}\\s+){0,4}?(?:${NOUN})(?:s|a)?(?:\\s+(?:on|of|for|about|between|in\\s+the\\s+field\\s+of)\\s+(?:(?!(?:by|at|during|with|which|that|who|after|before|was|were|will)\\b)[\\p{L}\\p{N}'’-]+\\s*){1,10})?)`,
  'giu',
);

export interface DocumentPhrase {
  text: string;
  start: number;
  end: number;
}

/** The document noun phrases of a sentence ("signed a memorandum on theatre tours by ..." -> "memorandum on theatre tours"). */
export function documentPhrases(sentence: string): DocumentPhrase[] {
  const out: DocumentPhrase[] = [];
  for (const m of sentence.matchAll(DOCUMENT_RE)) {
    const text = m[1]!.replace(/[\s,.;:]+$/u, '');
    // "the plan", "the agreement": a bare head points back at a document named before; it names none.
    // "signed a protocol determining ...": an indefinite one is the document signed.
    if (/^the\b/i.test(m[0]) && DOCUMENT_NOUNS.includes(text.toLowerCase().replace(/\s+/g, ' ').replace(/(?:s|a)$/, ''))) continue;
    // "the evening programme", "the new plan": a head that is more often no document is one only with
    // what it is of or on ("a programme of cultural cooperation", "a plan of joint events").
    if (/^(?:[\p{L}\p{N}-]+\s+){0,4}(?:programmes?|programs?|plans?|documents?)$/iu.test(text) && !/\baction\s+plans?$/i.test(text)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ text, start, end: start + text.length });
  }
  return out;
}

/**
 * The question asks for a document: its head noun is one ("Which document ...", "What agreement ..."),
 * or a "what" question asks what was signed, adopted or concluded.
 */
export function asksDocument(q: StructuredQuery): boolean {
  if (q.type !== 'thing') return false;
  if (q.headNoun && DOCUMENT_NOUNS.some((n) => n === q.headNoun || n.endsWith(` ${q.headNoun}`))) return true;
  return q.analysis.terms.some((t) => DOCUMENT_VERBS.has(t));
}

/**
 * How well a candidate answers a question that asks for a document, or undefined when it does not ask
 * for one: "what did they sign" is not answered by a place, a date, a person or a group any more than
 * "which city" by a country; a quoted title may be a document's name, a loose phrase seldom is.
 */
export function documentFit(q: StructuredQuery, kind: string): number | undefined {
  if (!asksDocument(q)) return undefined;
  return kind === 'document' ? 1 : kind === 'title' ? 0.8 : kind === 'phrase' || kind === 'name' ? 0.4 : 0.2;
}

/**
 * 1 when the sentence says the document was signed, adopted or concluded: "the Declaration on ... (ATNA)
 * was signed", "signed a memorandum on ..."; a document only mentioned ("under the Declaration") is 0.
 */
export function documentRelation(sentence: string, d: DocumentPhrase): number {
  const after = sentence.slice(d.end, d.end + 60);
  const before = sentence.slice(Math.max(0, d.start - 40), d.start);
  const verb = '(?:signed|adopted|inked|concluded|approved|ratified)';
  if (new RegExp(`^\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:,[^,]{0,40},\\s*)?(?:was|were|has been|have been|had been|is|are|will be)\\s+(?:\\p{Ll}+ly\\s+)?${verb}\\b`, 'u').test(after)) return 1;
  return new RegExp(`\\b${verb}\\s+(?:\\p{Ll}+\\s+){0,3}$`, 'u').test(before) ? 1 : 0;
}

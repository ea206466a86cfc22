import { fold } from '../text.ts';
import { ROLE_HEADS } from './lexicon.ts';
import { canonicalName, endingPersonName, findGazetteerNames, isNameToken, trailingPersonName, wholePersonName, isOrganizationPhrase } from './entities.ts';

export interface RoleMention {
  person: string;
  /** Normalized role: "Minister of Culture and Information of Kazakhstan", "Secretary General of TURKSOY". */
  role: string;
  title: string;
  organization?: string;
  country?: string;
  /** The role as the sentence words it. */
  phrase: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEAD_RE = new RegExp(`(?<![\\p{L}-])(${ROLE_HEADS.map(esc).join('|')})(?![\\p{L}-])`, 'giu');
const CAP = `(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*|\\d+(?:st|nd|rd|th)?)`;
// Complement of a role: "of the Azerbaijan Film Agency", "of Kazakhstan's Second Republic Public Foundation",
// "of the Support for the Development of Public Relations Public Union", "to Turkiye".
// A lower-case "region" or "district" may follow a name: "Head of the Culture Department of the Turkistan
// region Marat Sultanov".
const CAP_UNIT = `${CAP}(?:\\s+(?:region|district|province|oblast|regional))?`;
const PORTFOLIO_WORD = /^(?:Culture|Tourism|Information|Youth|Sports?|Education|Science|Foreign|Affairs|Policy|Economy|Finance|Justice|Health|Digital|Development)$/;

const COMPLEMENT = new RegExp(
  `^\\s+(?:of|for|at|to)\\s+(?:the\\s+)?${CAP_UNIT}(?:\\s+(?:(?:of|and|for|the|with|on|in|to|de|under|&)\\s+)*${CAP_UNIT})*`,
  'u',
);
const OWNER_TOKEN = new RegExp(`(?:${CAP})(?:'s|’s)?$`, 'u');

/**
 * Roles of people in one sentence. Handles the three ways news copy writes them:
 * "Turkmen Minister of Culture Atageldi Shamuradov" (role before name), "Gurban Primov, Deputy
 * Director-General of the Azerbaijan Film Agency," (name, then role), and lists of either.
 */
export function extractRoles(sentence: string): RoleMention[] {
  const out: RoleMention[] = [];
  const chunks = splitChunks(sentence);
  // Chunks already read as the name of the role before them: "the Chairman of the Board of Kazakhfilm,
  // Akhan Sataev, and the rector of the Kazakh National Academy of Arts, Aigul Nurgaliyeva" - Akhan
  // Sataev is not also the rector.
  const claimed = new Set<number>();
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    // A chunk may hold several roles, each followed by its holder: "TURKSOY Secretary General Sultan
    // Rayev thanked Azerbaijani Minister of Culture Adil Karimli ...". The other forms (name first, name
    // in the next chunk) only apply to the first role of a chunk.
    let from = 0;
    for (let n = 0; n < 6; n++) {
      const role = findRolePhrase(chunk, from);
      if (!role) break;
      from = role.tailEnd;
      // Role then name inside the chunk.
      const tail = trailingPersonName(role.phraseWithTail);
      if (tail && tail.rest.length > 0 && roleHeadIn(tail.rest)) {
        const parsed = parseRole(tail.rest.replace(/^(?:the|a|an|by|and|with)\s+/i, ''));
        if (parsed) out.push({ person: tail.name, ...parsed });
        continue;
      }
      if (n > 0 || tail) continue;
      // Name, then role: "Agil Jamal, Chairman of Azerbaijan's Common Values Public Union".
      const prev = chunks[i - 1];
      const rolePhrase = role.phrase;
      const startsChunk = chunk.trim().slice(0, role.start).trim().replace(LEAD_IN, '') === '';
      // "..., Director of the Agency under the Ministry Firdavs Abdukhalikov": the chunk names its own holder.
      // "..., Elmar Mammadyarov, Turkic Council Secretary General Baghdad Amreyev": a role followed by
      // a capitalized name introduces that name, even one the name reader does not take as a person.
      if (prev && startsChunk && !claimed.has(i - 1) && !endingPersonName(chunk) && !introducesName(role)) {
        const name = endingPersonName(prev);
        if (name) {
          const parsed = parseRole(rolePhrase);
          if (parsed) out.push({ person: name, ...parsed });
          continue;
        }
      }
      // Role, then name in the next chunk: "met the Minister of Culture of Uzbekistan, Ozodbek Nazarov".
      const next = chunks[i + 1];
      if (next) {
        const name = wholePersonName(next);
        if (name && chunk.trim().endsWith(rolePhrase.trim())) {
          const parsed = parseRole(rolePhrase);
          if (parsed) {
            out.push({ person: name, ...parsed });
            claimed.add(i + 1);
          }
        }
      }
    }
  }
  out.push(...extractAppointments(sentence));
  return dedupe(out.map((r) => withRepresentedCountry(r, sentence)));
}

// What may stand between a name and its role in the chunk after it: "Askar Temirov, who serves as
// Kyrgyzstan's Deputy Minister of Culture, ...".
const LEAD_IN = /^(?:and\s+)?(?:(?:who|which)\s+(?:is|was|has been|serves as|served as|works as|worked as|acts as)|is|was|serving as|currently)?\s*(?:also\s+)?(?:the|a|an)?\s*(?:newly\s+(?:appointed|elected|named)\s*|new\s*|current\s*)?$/i;

/**
 * A role with no country of its own takes the country the sentence says it represents: "Uzbekistan was
 * represented by Deputy Minister of Culture Bekzod Rakhimov", "The Kyrgyz delegation was headed by ...".
 */
function withRepresentedCountry(r: RoleMention, sentence: string): RoleMention {
  if (r.country || r.organization) return r;
  const m = /\b([\p{Lu}][\p{L}]+)(?:\s+delegation)?\s+(?:was|were|is|will be)\s+(?:represented|headed|led)\s+by\b/u.exec(sentence);
  const c = m ? canonicalName(m[1]!) : null;
  if (!c || c.type !== 'country' || !sentence.slice(m!.index).includes(r.person)) return r;
  return { ...r, country: c.canonical, role: fold(r.role).includes(fold(c.canonical)) ? r.role : `${r.role} of ${c.canonical}` };
}

/** "X was elected / appointed (as) the new Secretary General of Y", "the post of X was transferred to Y". */
function extractAppointments(sentence: string): RoleMention[] {
  const out: RoleMention[] = [];
  // Also "was re-elected", "took office as", "assumed the post of", "became the new".
  const appointed = /((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),?\s+(?:who\s+)?(?:(?:has been|was|is|had been|will be)\s+(?:re-?)?(?:elected|appointed|named|designated|confirmed)(?:\s+to\s+the\s+(?:post|position)\s+of)?|(?:has\s+)?(?:took|taken)\s+office\s+as|(?:has\s+)?assumed\s+the\s+(?:post|office|duties)\s+of|became)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(.+?)(?=[,.;(]|\s+(?:on|at|during|in place of|replacing|for\s+(?:a|an|the|another|his|her|its)|by|today|yesterday)\b|$)/u;
  const m = appointed.exec(sentence);
  if (m) {
    const name = wholePersonName(m[1]!);
    const parsed = roleHeadIn(m[2]!) ? parseRole(m[2]!) : null;
    if (name && parsed) out.push({ person: name, ...parsed });
  }
  const transfer = /\b(?:transferred|handed over|passed(?: on)?|handed)\s+the\s+(?:role|post|position|title|duties|chairmanship|office)\s+of\s+(.+?)\s+to\s+(.+?)(?=[.;]|,\s+(?:following|after|as|which|who|in|at|on)\b|$)/iu;
  // The passive: "The post of Secretary General of the OTS was handed over to Kubanychbek Omuraliev, ...".
  const transferPassive = /\bthe\s+(?:role|post|position|title|duties|chairmanship|office)\s+of\s+(.+?)\s+(?:was|has been|will be|is)\s+(?:transferred|handed over|passed(?: on)?|handed)\s+to\s+(.+?)(?=[.;]|$)/iu;
  const t = transfer.exec(sentence) ?? transferPassive.exec(sentence);
  if (t) {
    const parsed = parseRole(t[1]!);
    const target = t[2]!;
    const name = endingPersonName(target) ?? wholePersonName(target.split(',').pop() ?? '') ?? wholePersonName(target.split(',')[0]!);
    if (parsed && name) {
      const country = findGazetteerNames(target).find((h) => h.type === 'country')?.canonical;
      out.push({ person: name, ...parsed, country: parsed.country ?? country });
    }
  }
  return out;
}

function roleHeadIn(s: string): boolean {
  HEAD_RE.lastIndex = 0;
  return HEAD_RE.test(s);
}

// Portfolio words that a ministry's name lists with commas: "Minister of Culture, Information and
// Youth Policy" is one role, not a role and then a new chunk "Information and Youth Policy Askar Temirov".
const PORTFOLIO = '(?:Culture|Information|Tourism|Youth|Sports?|Education|Science|Arts?|Heritage|Policy|Affairs|Media|Communications?|Digital|Development|Innovations?|Family|Social|Protection|Labou?r|Economy|Trade|Foreign|Higher|Public|Relations|Physical|Training|Technologies|Religious|Languages?)';
const PORTFOLIO_LIST = new RegExp(`\\b(?:of|for)\\s+${PORTFOLIO}(?:\\s+${PORTFOLIO})?(?:,\\s+${PORTFOLIO}(?:\\s+${PORTFOLIO})?)+,?\\s+and\\s+${PORTFOLIO}`, 'gu');
const PORTFOLIO_TAIL = new RegExp(`^(?:,\\s+${PORTFOLIO}(?:\\s+${PORTFOLIO})?)+,?\\s+and\\s+${PORTFOLIO}(?:\\s+${PORTFOLIO})?`, 'u');
const KEPT_COMMA = '\uE000';

/** Splits a sentence at commas, semicolons, colons and list "and"s, keeping "X of Culture and Information" whole. */
export function splitChunks(sentence: string): string[] {
  return sentence
    .replace(/\s*\([^)]*\)/g, (p) => (/^\s*\((?:[A-Z]{2,}|[A-Z][a-z]+)\)$/.test(p) ? p : ''))
    .replace(PORTFOLIO_LIST, (list) => list.replace(/,/g, KEPT_COMMA))
    .split(/\s*[,;:]\s+(?:and\s+|as well as\s+)?|\s+as well as\s+|\s*[.]\s*$/)
    .flatMap(splitAfterName)
    .map((c) => c.replaceAll(KEPT_COMMA, ',').trim())
    .filter(Boolean);
}

/**
 * A list "and" that closes a person's name starts the next item: "Turkmen Minister of Culture Atageldi
 * Shamuradov and Uzbek Minister of Culture Ozodbek Nazarov". The "and" inside a portfolio ("Culture and
 * Information") follows a word that is not a name, so it stays.
 */
function splitAfterName(chunk: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of chunk.matchAll(/\s+and\s+(?=\p{Lu})/gu)) {
    const before = chunk.slice(start, m.index).split(/\s+/);
    const [a, b] = before.slice(-2);
    if (before.length >= 2 && a && b && isNameToken(a) && isNameToken(b)) {
      out.push(chunk.slice(start, m.index));
      start = m.index + m[0].length;
    }
  }
  out.push(chunk.slice(start));
  return out;
}

interface FoundRole {
  start: number;
  phrase: string;
  /** The phrase with whatever capitalized words follow it (where a name may stand). */
  phraseWithTail: string;
  /** Where the phrase and its tail end in the chunk: the next role is looked for from here. */
  tailEnd: number;
}

/** A role phrase followed by two or more capitalized words ending in a name word: a name comes next. */
function introducesName(role: FoundRole): boolean {
  const following = role.phraseWithTail.slice(role.phrase.length).trim().split(/\s+/).filter(Boolean);
  return following.length >= 2 && isNameToken(following[following.length - 1]!);
}

function findRolePhrase(chunk: string, from = 0): FoundRole | null {
  HEAD_RE.lastIndex = from;
  const m = HEAD_RE.exec(chunk);
  if (!m) return null;
  // Lower-case heads only count when they are clearly a role: "head of", "mayor", "deputy governor".
  let start = m.index;
  const before = chunk.slice(from, start);
  // Owner words before the head: "Kazakh", "Kazakhstan's", "TURKSOY", "Azerbaijan Film Agency".
  const ownerTokens = before.trimEnd().split(/\s+/).reverse();
  let taken = 0;
  for (const tok of ownerTokens) {
    // "Uzbekistan's new Minister of Culture": the adjective does not end the owner.
    if (/^(?:new|newly|acting|incumbent)$/.test(tok) && taken === 0) {
      taken++;
      continue;
    }
    // "Kazakh Culture and Information Minister": an "and" between two portfolio words.
    const k = ownerTokens.indexOf(tok, taken);
    if (tok === 'and' && taken > 0 && PORTFOLIO_WORD.test(ownerTokens[k - 1] ?? '') && PORTFOLIO_WORD.test(ownerTokens[k + 1] ?? '')) {
      taken++;
      continue;
    }
    if (!tok || !OWNER_TOKEN.test(tok) || /^(?:The|A|An|By|And|With|In|At|On|To)$/.test(tok)) break;
    taken++;
    if (taken >= 4) break;
  }
  if (taken > 0) {
    const words = before.trimEnd().split(/\s+/);
    const ownerStart = words.slice(0, words.length - taken).join(' ');
    start = from + (ownerStart.length === 0 ? before.length - before.trimStart().length : ownerStart.length + 1);
  }
  let end = m.index + m[0].length;
  const comp = COMPLEMENT.exec(chunk.slice(end));
  if (comp) {
    // The complement stops where another role begins: "the post of Chairman of the Council of Culture
    // Ministers to Azerbaijani Minister of Culture Adil Karimli" holds two roles.
    HEAD_RE.lastIndex = 0;
    const second = HEAD_RE.exec(comp[0]);
    const joiner = second ? [...comp[0].slice(0, second.index).matchAll(/\s(?:to|and|with|for)\s/g)].pop() : undefined;
    end += joiner ? joiner.index : comp[0].length;
    if (!joiner) {
      const tail = PORTFOLIO_TAIL.exec(chunk.slice(end));
      if (tail) {
        end += tail[0].length;
        // "... Sports and Youth Policy of Kyrgyzstan Gulbara Abdykalikova": the country after the list.
        end += COMPLEMENT.exec(chunk.slice(end))?.[0].length ?? 0;
      }
    }
  }
  // A name may follow right after the role: "TURKSOY Secretary General Sultan Raev welcomed ...".
  let tailEnd = end;
  const after = /^(?:\s+(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.))*((?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){1,4})/u.exec(chunk.slice(end));
  if (after) tailEnd += after[0].length;
  return {
    start,
    phrase: chunk.slice(start, end),
    phraseWithTail: chunk.slice(start, tailEnd).replace(/\s(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.)(?=\s)/g, ''),
    tailEnd,
  };
}

/**
 * Splits a role phrase into title, organization and country, and writes it in one normal form:
 * "Kazakh Minister of Culture and Information" -> title "Minister of Culture and Information", country
 * Kazakhstan, role "Minister of Culture and Information of Kazakhstan"; "TURKSOY Secretary General" ->
 * role "Secretary General of TURKSOY".
 */
export function parseRole(phrase: string): Omit<RoleMention, 'person'> | null {
  const p = phrase.replace(/\s*\([^)]*\)/g, '').trim().replace(/\s+/g, ' ').replace(/[,.;:]+$/, '');
  HEAD_RE.lastIndex = 0;
  const m = HEAD_RE.exec(p);
  if (!m) return null;
  let owner = p.slice(0, m.index).trim().replace(/^(?:the|a|an|her|his|its|their)\s+/i, '');
  let head = m[0];
  // "Azerbaijan's Deputy Culture Minister": the portfolio (and rank) written before "Minister" belong to
  // the title, which becomes "Deputy Minister of Culture".
  let portfolioBefore = '';
  if (/^minister$/i.test(head)) {
    const pm = /^(.*?)\s*\b((?:(?:First|Deputy|Vice|Acting)\s+)*)((?:Culture|Tourism|Information|Youth|Sports?|Education|Science|Foreign|Economy|Finance|Justice|Health|Digital|Labou?r|Defen[cs]e|Interior)(?:\s+(?:and\s+)?(?:Culture|Tourism|Information|Youth|Sports?|Education|Science|Affairs|Policy|Development))*)$/i.exec(owner);
    if (pm && pm[3]) {
      owner = pm[1]!.trim();
      head = `${pm[2] ?? ''}${head}`.trim();
      portfolioBefore = pm[3];
    }
  }
  let complement = p.slice(m.index + m[0].length).trim();
  const headTitle = titleCase(head.replace(/-/g, ' ').replace(/\bgeneral$/i, 'General')).replace(/^Director General$/, 'Director-General').replace(/^Deputy Director General$/, 'Deputy Director-General');
  head = /secretary.general/i.test(head) ? headTitle.replace(/Secretary.General/i, 'Secretary General') : headTitle;

  let title = portfolioBefore && !complement ? `${head} of ${portfolioBefore}` : head;
  let organization: string | undefined;
  // "Turkish Ambassador to Kazakhstan": Kazakhstan is the host, not whose ambassador he is.
  const toHost = /^to\s/i.test(complement);
  const countries = findGazetteerNames(toHost ? p.slice(0, p.length - complement.length) : p).filter((h) => h.type === 'country' || h.type === 'place');
  const country = countries.find((h) => h.type === 'country')?.canonical;

  // Owner: an organization ("TURKSOY", "TRT Cinema") or a country ("Kazakh", "Kazakhstan's").
  const ownerClean = owner.replace(/['’]s$/, '');
  const ownerPlace = canonicalName(ownerClean)?.type === 'place' ? canonicalName(ownerClean)!.canonical : undefined;
  if (ownerPlace) title = `${title} of ${ownerPlace}`;
  else if (ownerClean && !canonicalName(ownerClean)?.type?.startsWith('country') && isOwnerOrganization(ownerClean)) {
    organization = canonicalName(ownerClean)?.canonical ?? ownerClean;
  }
  if (complement) {
    const body = complement.replace(/^(?:of|for|at|to)\s+/i, '');
    const bodyNoThe = body.replace(/^the\s+/i, '');
    const bodyCanon = canonicalName(bodyNoThe.replace(/^[\p{Lu}][\p{L}]+['’]s\s+/u, ''));
    const isCountryOnly = canonicalName(bodyNoThe)?.type === 'country';
    if (toHost) {
      title = `${title} ${complement}`;
    } else if (isCountryOnly) {
      // "Minister of Culture of Azerbaijan": the country, said in full below.
    } else if (bodyCanon?.type === 'organization') {
      organization = bodyCanon.canonical;
    } else if (isOrganizationPhrase(stripCountryTail(bodyNoThe)) || /\bof\b/.test(bodyNoThe) && isOrganizationPhrase(bodyNoThe.split(/\s+of\s+/)[0]!)) {
      organization = stripPossessiveCountry(bodyNoThe);
    } else {
      // A portfolio: "of Culture and Information", "of Culture and Tourism".
      title = `${title} ${complement.replace(/\s+of\s+(?:the\s+)?(?:Republic of\s+)?[\p{Lu}][\p{L}]+$/u, (tail) => (canonicalName(tail.replace(/^\s+of\s+(?:the\s+)?/, ''))?.type === 'country' ? '' : tail))}`;
    }
  }
  const role = organization
    ? `${title} of ${organization}`
    : country && !fold(title).includes(fold(country))
      ? toHost && title === `${head} ${complement}` ? `${head} of ${country} ${complement}` : `${title} of ${country}`
      : title;
  return { role, title, organization, country, phrase: p };
}

function isOwnerOrganization(owner: string): boolean {
  const c = canonicalName(owner);
  if (c) return c.type === 'organization';
  if (findGazetteerNames(owner).some((h) => h.demonym || h.type === 'country')) return false;
  return /^[A-Z]{2,}/.test(owner) || isOrganizationPhrase(owner);
}

function stripPossessiveCountry(s: string): string {
  return s.replace(/^[\p{Lu}][\p{L}]+['’]s\s+/u, (m) => (canonicalName(m.replace(/['’]s\s+$/, ''))?.type === 'country' ? '' : m));
}

function stripCountryTail(s: string): string {
  return stripPossessiveCountry(s).replace(/\s+of\s+(?:the\s+)?(?:Republic of\s+)?[\p{Lu}][\p{L}]+$/u, '');
}

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && /^(of|and|the|for|to|in|at)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function dedupe(roles: RoleMention[]): RoleMention[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = `${fold(r.person)}|${fold(r.role)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

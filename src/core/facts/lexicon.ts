/** Word lists the extraction rules share. Lower case, folded. */

/** Heads of role phrases, longest first so "deputy minister" wins over "minister". */
export const ROLE_HEADS = [
  'deputy secretary general', 'deputy secretary-general', 'secretary general', 'secretary-general',
  // Hungary and Türkiye title their deputy ministers so: "Hungarian State Secretary for Culture Peter Horvath".
  'deputy state secretary', 'state secretary',
  'deputy director-general', 'deputy director general', 'director-general', 'director general', 'general director',
  'executive director', 'artistic director', 'deputy director', 'director',
  'first deputy prime minister', 'deputy prime minister', 'prime minister', 'first deputy minister', 'deputy minister', 'vice minister', 'minister',
  'vice-chairman', 'vice chairman', 'deputy chairman', 'chairman of the board', 'chairman', 'chairwoman', 'chairperson', 'deputy chair', 'chair',
  'vice-president', 'vice president', 'president',
  'deputy head', 'head',
  'provisional coordinator', 'national coordinator', 'coordinator',
  'special representative', 'permanent representative', 'representative',
  'ambassador extraordinary and plenipotentiary', 'ambassador', 'rector', 'vice-rector', 'deputy governor', 'governor', 'deputy mayor', 'mayor', 'akim',
  'advisor', 'adviser', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary',
  'co-founder', 'founder', 'ceo', 'editor-in-chief', 'chief editor', 'speaker', 'commissioner', 'curator', 'producer',
];

/** Words that make a capitalized phrase an organization rather than a person or a portfolio. */
export const ORG_WORDS = new Set(
  (
    'agency ministry organization organisation foundation fund union association council academy board center centre ' +
    'committee commission university institute institution library museum theatre theater studio company corporation ' +
    'cinema film films radio television tv channel news service office department secretariat assembly parliament ' +
    'society federation league network platform group party bank school college conservatory orchestra ensemble ' +
    'administration authority chamber public republican national international states ' +
    'philharmonic opera gallery choir chorus band circus troupe newspaper magazine reserve lyceum'
  ).split(' '),
);

/** Capitalized words that are never part of a person's name. */
/** The last word of a prize's name ("the International Alisher Navoi Prize"): never part of a person's name. */
export const AWARD_WORDS = new Set('prize prizes award awards medal medals trophy scholarship'.split(' '));
/** The last word of a document's name ("the Activity Report", "Kazan Declaration"): a thing, never a person. */
export const DOCUMENT_HEADS = new Set('report reports plan strategy agreement declaration memorandum protocol charter treaty roadmap concept statute resolution convention communique'.split(' '));

export const NOT_NAME_WORDS = new Set(
  (
    'the a an this that these those he she it they we i his her its their our in on at by for from with of and or to as ' +
    'minister deputy vice secretary general director chairman chairwoman chairperson chair head president coordinator provisional ' +
    'representative ambassador rector governor mayor akim advisor adviser spokesperson founder speaker prime executive first ' +
    'culture information tourism youth sports education science foreign affairs economy cinema film arts art heritage ' +
    'policy development relations protection media communication communications digital innovation innovations social ' +
    'family labour labor trade training technologies technology religious language languages sport physical higher ' +
    'republic state states government ministry agency organization organisation foundation union association council academy ' +
    'board center centre committee commission university institute library museum theatre theater palace hall arena park ' +
    'turkic turkish world international national public republican cultural capital summit forum meeting festival conference ' +
    'congress session ceremony exhibition days day week year camp concert panel games fair today yesterday tomorrow ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr prof h.e his excellency ' +
    'during after before following speaking according welcoming addressing opening noting earlier meanwhile additionally also ' +
    'however moreover furthermore besides note it there member members countries country ngos ngo ots turksoy unesco trt'
  )
    .split(' ')
    .concat([...AWARD_WORDS]),
);

export const HONORIFICS = /^(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Sir|Madam)\s+)+/;

/** Nouns that name a kind of event, folded. */
export const EVENT_NOUNS = [
  'meeting', 'summit', 'forum', 'festival', 'conference', 'congress', 'session', 'ceremony', 'exhibition',
  'camp', 'days', 'week', 'gathering', 'concert', 'symposium', 'competition', 'games', 'panel', 'fair', 'contest',
  'olympiad', 'tournament', 'celebration', 'assembly', 'seminar', 'workshop', 'gala', 'premiere', 'tour', 'expo',
  'biennale', 'biennial', 'contest', 'award ceremony', 'round table', 'roundtable', 'readings', 'marathon', 'show',
];

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
};

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/** Verbs that introduce reported speech. */
export const SPEECH_VERBS =
  'said|says|stated|states|noted|notes|emphasized|emphasised|stressed|highlighted|underlined|underscored|added|told|remarked|pointed out|pointed to|expressed|mentioned|announced|declared|explained|urged|believes|believed|thanked|praised|hailed|recalled';

/**
 * Who a quote was told to, after the verb that closes it: "“...,” Zhumabekov told journalists.",
 * "“...,” she told Kazinform.", "“...,” the minister told a Trend correspondent."
 */
export const SPEECH_AUDIENCE =
  "(?:\\s+(?:journalists|reporters|the press|the media|the audience|(?:the\\s+)?participants|(?:the\\s+)?guests|(?:an?|the)\\s+[\\p{L}.]+\\s+correspondent|[\\p{Lu}][\\p{L}.]+))?";

/**
 * A sentence opening by pointing back at the event just named ("The meeting, which took place on
 * November 30th ..."): what it says is about that event. Read by the fact extractor (event dates) and
 * by retrieval (coverage).
 */
export const POINTS_BACK_TO_EVENT = /^(?:The|This|That)\s+(?:meeting|event|forum|summit|festival|ceremony|session|conference|congress|exhibition|competition|contest|gathering|assembly|workshop|concert|camp)\b/;

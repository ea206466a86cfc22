/**
 * The domain thesaurus: words a question may use for what the articles say in other words. Each line is
 * one concept; its first word names it, and every word of the line (stemmed as search stems words)
 * counts as that concept in questions and in article text alike, so matching stays symmetric.
 *
 * Entries are general vocabulary of news about cultural cooperation, not phrasings of any one question.
 * A word belongs to at most one line. Keep nouns that are parts of names ("Film Leaders") in mind: a
 * line joins them with verbs only where the articles use both for the same thing.
 */
export const THESAURUS: readonly string[] = [
  // founding
  'establish found founded founder create created set form formed launch',
  // taking place
  'held hold host hosted happen take took occur stage staged',
  'organ organize organise organizer organiser',
  // leading
  'head lead leads led chief boss run runs helm leader leaders charge',
  // speaking
  'said say says stress emphasize emphasise note noted tell told remark remarked according describe described describes speak speaks spoke spoken',
  'partner collaborate cooperate cooperation collaboration partnership',
  'particip participate attend attended attendee join joined compete competed competing',
  'propos propose proposal suggest suggested initiate initiative initiator idea',
  'sign signed conclude concluded',
  'adopt adopted',
  'discuss discussion talk talks cover focus topic agenda',
  'aim goal purpose objective',
  'capit capital',
  // media and arts
  'film movie cinema cinematography filmmaker filmmakers',
  'meet meeting meetup met gathering gather session convene convened',
  'prize award',
  'contest competition',
  'show exhibit exhibition display displayed',
  'visit tour toured',
  'arriv arrive arrived arriving travel travelled traveled travelling reach reached',
  'paint painted painting depict depicted depicting portray portrayed',
  // irregular verbs: their past forms do not stem to the present
  'write writes wrote written writing author authored',
  'start started starts begin begins began begun commence commenced',
  'win wins won winning',
  'defeat defeats defeated defeating beat beats beating',
  'give gives gave given',
  'elect elected appoint appointed',
  'choos choose chose chosen select selected selection pick picked',
  'open opening opened inaugurated',
  'close closing wrap',
  'perform performed performance',
  'spectat spectator spectators audience viewers',
  'honour honor honoured honored',
  'ngo ngos',
  'youngster youngsters youth young',
  'announc announce announced unveil unveiled',
  'back backed support supported sponsor sponsored',
  'program programme programs programmes',
  'transfer transferred hand handed pass passed',
  'exchang exchange exchanged exchanging swap swapped swapping',
  'thank thanked thanks gratitude grateful',
];

/**
 * Russian -> English question vocabulary. Keys are word beginnings (stems), matched longest first, so
 * that case endings need no grammar: "организации", "организацию" -> "организаци". Phrases are
 * matched before single words. General vocabulary of questions about cultural cooperation only.
 */
export const RU: [string, string][] = [
  // question words
  ['кто', 'who'], ['кого', 'whom'], ['чей', 'whose'], ['чья', 'whose'], ['что', 'what'], ['где', 'where'], ['куда', 'where'], ['откуда', 'where from'],
  ['когда', 'when'], ['какой', 'which'], ['какая', 'which'], ['какое', 'which'], ['какие', 'which'], ['каком', 'which'], ['какого', 'which'], ['какую', 'which'],
  ['сколько', 'how many'], ['почему', 'why'], ['зачем', 'why'], ['ли', ''], ['в каком году', 'in which year'], ['в каком городе', 'in which city'],
  // prepositions and conjunctions (one-letter ones match whole words only): left untranslated they
  // became noise words ("v", "za") the question had to cover
  ['в', 'in'], ['во', 'in'], ['на', 'on'], ['и', 'and'], ['с', 'with'], ['со', 'with'], ['из', 'from'], ['от', 'from'], ['для', 'for'], ['о', 'about'], ['об', 'about'],
  ['за', ''], ['по', ''], ['к', 'to'], ['у', ''], ['до', 'before'], ['при', ''],
  // the verbs "to be" and "to become", which questions use as English does
  ['являет', 'is'], ['являл', 'was'], ['был', 'was'], ['есть', 'is'], ['это', ''], ['стал', 'became'],
  // domain terms
  ['отг', 'OTS'],
  ['генеральн', 'general'], ['секретар', 'secretary'], ['заместител', 'deputy'], ['министерств', 'ministry'], ['министр', 'minister'], ['президент', 'president'],
  ['председател', 'chairman'], ['руководител', 'leaders'], ['глав', 'head'], ['директор', 'director'], ['мэр', 'mayor'], ['губернатор', 'governor'], ['посол', 'ambassador'],
  ['культурн', 'cultural'], ['культур', 'culture'], ['столиц', 'capital'], ['тюркск', 'turkic'], ['тюрк', 'turkic'], ['мир', 'world'], ['государств', 'states'], ['стран', 'countries'],
  ['организаци', 'organization'], ['саммит', 'summit'], ['встреч', 'meeting'], ['заседани', 'meeting'], ['совещани', 'meeting'], ['форум', 'forum'], ['фестивал', 'festival'],
  ['конгресс', 'congress'], ['конференци', 'conference'], ['выставк', 'exhibition'], ['концерт', 'concert'], ['кинематограф', 'cinema'], ['кино', 'film'], ['фильм', 'film'],
  ['театр', 'theater'], ['молодеж', 'youth'], ['молодёж', 'youth'], ['артист', 'artists'], ['художник', 'artists'], ['участник', 'participants'], ['участвова', 'participated'],
  ['журналист', 'journalists'], ['писател', 'writers'], ['поэт', 'poet'], ['проект', 'projects'], ['год', 'year'], ['прошедш', 'past'], ['прошлы', 'last'], ['прошлог', 'last'], ['прошлом', 'last'], ['прошлой', 'last'], ['прошлая', 'last'], ['прошлое', 'last'], ['прошлую', 'last'],
  ['прош', 'held'], ['состоял', 'held'], ['проход', 'held'], ['провод', 'held'], ['основан', 'founded'], ['создан', 'established'], ['учрежд', 'established'],
  ['подписа', 'signed'], ['предлож', 'proposed'], ['объяв', 'declared'], ['назна', 'appointed'], ['избра', 'elected'], ['будет', 'will be'], ['станет', 'will be'],
  ['перв', 'first'], ['втор', 'second'], ['трет', 'third'], ['четвёрт', 'fourth'], ['четверт', 'fourth'], ['пят', 'fifth'],
  ['центральн', 'central'], ['ази', 'asia'], ['постоянн', 'permanent'], ['совет', 'council'], ['солидарност', 'solidarity'], ['нпо', 'ngo'], ['нко', 'ngo'], ['неправительствен', 'ngo'], ['общественн', 'public'], ['город', 'city'], ['мест', 'place'], ['дат', 'date'],
];

/** Uzbek (Latin) -> English question vocabulary (word beginnings, longest first; see ru.ts). */
export const UZ: [string, string][] = [
  ['kim', 'who'], ['qachon', 'when'], ['qayerda', 'where'], ['qaysi', 'which'], ['qancha', 'how many'], ['nechta', 'how many'], ['qanday', 'which'], ['nima', 'what'], ['nega', 'why'],
  ['bosh kotib', 'secretary general'], ['kotib', 'secretary'], ['vazir', 'minister'], ['rais', 'chairman'], ['rahbar', 'head'], ['prezident', 'president'],
  ['madaniy', 'culture'], ['poytaxt', 'capital'], ['turkiy', 'turkic'], ['dunyo', 'world'], ['davlat', 'states'], ['mamlakat', 'countries'],
  ['tashkilot', 'organization'], ['tadbir', 'event'], ['sammit', 'summit'], ['uchrashuv', 'meeting'], ['forum', 'forum'], ['festival', 'festival'], ['kino', 'film'], ['film', 'film'],
  ['yoshlar', 'youth'], ['artist', 'artists'], ['ishtirok', 'participated'], ['yil', 'year'], ['shahar', 'city'],
  ['tashkil etil', 'established'], ["o'tkazil", 'held'], ["bo'lib o'tdi", 'held'], ['imzola', 'signed'], ['taklif', 'proposed'],
  ['birinchi', 'first'], ['ikkinchi', 'second'], ['uchinchi', 'third'],
];

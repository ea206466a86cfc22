/** Kazakh -> English question vocabulary (word beginnings, longest first; see ru.ts). */
export const KK: [string, string][] = [
  ['кім', 'who'], ['не', 'what'], ['қайда', 'where'], ['қашан', 'when'], ['қай', 'which'], ['қандай', 'which'], ['қанша', 'how many'], ['неше', 'how many'], ['неге', 'why'],
  ['тмұ', 'OTS'], ['бас хатшы', 'secretary general'], ['хатшы', 'secretary'], ['министр', 'minister'], ['төраға', 'chairman'], ['басшы', 'head'], ['президент', 'president'], ['әкім', 'mayor'],
  ['мәдени', 'cultural'], ['мәдениет', 'culture'], ['астана', 'capital'], ['түркі', 'turkic'], ['әлем', 'world'], ['мемлекет', 'states'], ['ел', 'country'],
  ['ұйым', 'organization'], ['саммит', 'summit'], ['кездесу', 'meeting'], ['жиналыс', 'meeting'], ['форум', 'forum'], ['фестиваль', 'festival'], ['кино', 'film'],
  ['жастар', 'youth'], ['жас', 'youth'], ['әртіс', 'artists'], ['қатысу', 'participants'], ['жыл', 'year'], ['қала', 'city'],
  ['өтт', 'held'], ['өтк', 'held'], ['өтеді', 'held'], ['құрыл', 'established'], ['негізі', 'founded'], ['қол қой', 'signed'], ['ұсын', 'proposed'],
  ['бірінші', 'first'], ['екінші', 'second'], ['үшінші', 'third'],
];

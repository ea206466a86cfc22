/** Azerbaijani -> English question vocabulary (word beginnings, longest first; see ru.ts). */
export const AZ: [string, string][] = [
  ['kim', 'who'], ['nə vaxt', 'when'], ['harada', 'where'], ['hansı', 'which'], ['neçə', 'how many'], ['nə', 'what'], ['niyə', 'why'],
  ['baş katib', 'secretary general'], ['katib', 'secretary'], ['nazir müavini', 'deputy minister'], ['nazirli', 'ministry'], ['nazir', 'minister'], ['sədr', 'chairman'], ['başçı', 'head'], ['prezident', 'president'],
  ['mədəniyyət', 'culture'], ['paytaxt', 'capital'], ['türk dünyas', 'turkic world'], ['türk', 'turkic'], ['dünya', 'world'], ['dövlət', 'states'], ['ölkə', 'countries'],
  ['təşkilat', 'organization'], ['zirvə', 'summit'], ['görüş', 'meeting'], ['iclas', 'meeting'], ['forum', 'forum'], ['festival', 'festival'], ['kino', 'film'], ['film', 'film'],
  ['gənclər', 'youth'], ['gənc', 'youth'], ['artist', 'artists'], ['iştirak', 'participated'], ['il', 'year'], ['şəhər', 'city'], ['üzv', 'member'],
  ['keçiril', 'held'], ['təşkil', 'organized'], ['yaradıl', 'established'], ['təsis', 'founded'], ['imzala', 'signed'], ['təklif', 'proposed'],
  ['qht', 'ngo'], ['qeyri-hökumət', 'ngo'], ['həmrəylik', 'solidarity'], ['birinci', 'first'], ['ikinci', 'second'], ['üçüncü', 'third'],
];

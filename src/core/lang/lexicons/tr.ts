/** Turkish -> English question vocabulary (word beginnings, longest first; see ru.ts). */
export const TR: [string, string][] = [
  ['kim', 'who'], ['kimdi', 'who'], ['kimdir', 'who'], ['ne zaman', 'when'], ['nerede', 'where'], ['nereye', 'where'], ['hangi', 'which'], ['kaç', 'how many'], ['ne', 'what'], ['neden', 'why'], ['niçin', 'why'],
  ['genel sekreter', 'secretary general'], ['sekreter', 'secretary'], ['bakan yardımcı', 'deputy minister'], ['bakanlı', 'ministry'], ['bakan', 'minister'], ['başkan yardımcı', 'deputy head'],
  ['başkan', 'head'], ['cumhurbaşkan', 'president'], ['müdür', 'director'], ['vali', 'governor'], ['belediye başkan', 'mayor'], ['büyükelçi', 'ambassador'],
  ['kültürel', 'cultural'], ['kültür', 'culture'], ['başkent', 'capital'], ['türk dünyas', 'turkic world'], ['türk', 'turkic'], ['dünya', 'world'], ['devlet', 'states'], ['ülke', 'countries'],
  ['teşkilat', 'organization'], ['örgüt', 'organization'], ['zirve', 'summit'], ['toplantı', 'meeting'], ['buluşma', 'meeting'], ['forum', 'forum'], ['festival', 'festival'], ['sinema', 'cinema'], ['film', 'film'],
  ['gençlik', 'youth'], ['genç', 'youth'], ['sanatçı', 'artists'], ['katılımc', 'participants'], ['katıl', 'participated'], ['yıl', 'year'], ['şehir', 'city'], ['kent', 'city'],
  ['yapıl', 'held'], ['düzenlen', 'held'], ['gerçekleş', 'held'], ['kuruldu', 'established'], ['kurul', 'established'], ['imzala', 'signed'], ['öner', 'proposed'], ['doğdu', 'born'], ['doğ', 'born'],
  ['stk', 'ngo'], ['sivil toplum', 'ngo'], ['dayanışma', 'solidarity'], ['deniz', 'sea'], ['ortak', 'joint'], ['eylem', 'action'], ['karşı', 'against'],
  ['birinci', 'first'], ['ilk', 'first'], ['ikinci', 'second'], ['üçüncü', 'third'],
];

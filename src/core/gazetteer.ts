/**
 * Reference data: countries with their demonyms and aliases, international organizations, cities and
 * news agencies. It names things; every role, event, date and decision still comes from the articles.
 */

export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital?: string;
}

export const COUNTRIES: CountryEntry[] = [
  { name: 'Azerbaijan', aliases: ['Republic of Azerbaijan', 'Azerbaijan Republic'], demonyms: ['Azerbaijani', 'Azeri', 'Azerbaijanis'], capital: 'Baku' },
  { name: 'Kazakhstan', aliases: ['Republic of Kazakhstan', 'Qazaqstan'], demonyms: ['Kazakh', 'Kazakhstani', 'Kazakhs', 'Qazaq'], capital: 'Astana' },
  { name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic', 'Kirghizia'], demonyms: ['Kyrgyz', 'Kirghiz'], capital: 'Bishkek' },
  { name: 'Uzbekistan', aliases: ['Republic of Uzbekistan', "O'zbekiston"], demonyms: ['Uzbek', 'Uzbeks'], capital: 'Tashkent' },
  { name: 'Turkmenistan', aliases: [], demonyms: ['Turkmen', 'Turkmens'], capital: 'Ashgabat' },
  { name: 'Türkiye', aliases: ['Turkiye', 'Turkey', 'Republic of Türkiye', 'Republic of Turkiye', 'Republic of Turkey'], demonyms: ['Turkish', 'Turks'], capital: 'Ankara' },
  { name: 'Hungary', aliases: [], demonyms: ['Hungarian', 'Hungarians'], capital: 'Budapest' },
  { name: 'Northern Cyprus', aliases: ['Turkish Republic of Northern Cyprus', 'TRNC'], demonyms: ['Turkish Cypriot'], capital: 'Lefkoşa' },
  { name: 'Tajikistan', aliases: [], demonyms: ['Tajik'], capital: 'Dushanbe' },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'], capital: 'Moscow' },
  { name: 'Mongolia', aliases: [], demonyms: ['Mongolian'], capital: 'Ulaanbaatar' },
  { name: 'Moldova', aliases: [], demonyms: ['Moldovan'], capital: 'Chisinau' },
  { name: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], capital: 'Kyiv' },
  { name: 'Georgia', aliases: [], demonyms: ['Georgian'], capital: 'Tbilisi' },
  { name: 'Iran', aliases: [], demonyms: ['Iranian'], capital: 'Tehran' },
  { name: 'China', aliases: ["People's Republic of China"], demonyms: ['Chinese'], capital: 'Beijing' },
  { name: 'Pakistan', aliases: [], demonyms: ['Pakistani'], capital: 'Islamabad' },
  { name: 'Afghanistan', aliases: [], demonyms: ['Afghan'], capital: 'Kabul' },
  { name: 'Tatarstan', aliases: ['Republic of Tatarstan'], demonyms: ['Tatar'], capital: 'Kazan' },
  { name: 'Bashkortostan', aliases: ['Bashkiria'], demonyms: ['Bashkir'], capital: 'Ufa' },
  { name: 'Gagauzia', aliases: [], demonyms: ['Gagauz'], capital: 'Comrat' },
  { name: 'Yakutia', aliases: ['Sakha', 'Sakha Republic'], demonyms: ['Yakut'], capital: 'Yakutsk' },
  { name: 'United States', aliases: ['USA', 'U.S.', 'United States of America'], demonyms: ['American'], capital: 'Washington' },
  { name: 'France', aliases: [], demonyms: ['French'], capital: 'Paris' },
  { name: 'Germany', aliases: [], demonyms: ['German'], capital: 'Berlin' },
  { name: 'Japan', aliases: [], demonyms: ['Japanese'], capital: 'Tokyo' },
  { name: 'South Korea', aliases: ['Korea', 'Republic of Korea'], demonyms: ['Korean'], capital: 'Seoul' },
  { name: 'Italy', aliases: [], demonyms: ['Italian'], capital: 'Rome' },
  { name: 'United Kingdom', aliases: ['UK', 'Britain', 'Great Britain'], demonyms: ['British'], capital: 'London' },
];

export interface OrganizationEntry {
  name: string;
  aliases: string[];
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  {
    name: 'TURKSOY',
    aliases: ['TÜRKSOY', 'Turksoy', 'International Organization of Turkic Culture', 'International Organisation of Turkic Culture', 'Turkic Culture Organization'],
  },
  {
    name: 'Organization of Turkic States',
    aliases: ['OTS', 'Organisation of Turkic States', 'TDT', 'Turkic Council', 'Cooperation Council of Turkic Speaking States', 'Organization of Turkic-speaking States', 'Organization of Turkic-Speaking States', 'Turkic States Organization'],
  },
  { name: 'International Turkic Academy', aliases: ['International Turkish Academy', 'Turkic Academy'] },
  { name: 'Turkic Culture and Heritage Foundation', aliases: ['Turkic Culture and Heritage Foundations'] },
  { name: 'TURKPA', aliases: ['Parliamentary Assembly of Turkic States', 'Parliamentary Assembly of Turkic-Speaking Countries'] },
  { name: 'UNESCO', aliases: ['United Nations Educational, Scientific and Cultural Organization'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'ICESCO', aliases: ['ISESCO', 'Islamic World Educational, Scientific and Cultural Organization'] },
  { name: 'SCO', aliases: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'] },
  { name: 'CIS', aliases: ['Commonwealth of Independent States'] },
  { name: 'TIKA', aliases: ['Turkish Cooperation and Coordination Agency'] },
  { name: 'Kazakhfilm', aliases: ['Kazakhfilm JSC', 'Kazakhfilm Studio'] },
  { name: 'TRT', aliases: ['Turkish Radio and Television Corporation'] },
];

/** Cities and other places with their country. Spelling variants are aliases. */
export const PLACES: { name: string; country: string; aliases?: string[] }[] = [
  { name: 'Baku', country: 'Azerbaijan', aliases: ['Baki'] },
  { name: 'Shusha', country: 'Azerbaijan', aliases: ['Shushi', 'Şuşa'] },
  { name: 'Gabala', country: 'Azerbaijan', aliases: ['Qabala', 'Qəbələ'] },
  { name: 'Ganja', country: 'Azerbaijan', aliases: ['Gence', 'Gəncə'] },
  { name: 'Nakhchivan', country: 'Azerbaijan', aliases: ['Nakhichevan', 'Naxçıvan'] },
  { name: 'Sheki', country: 'Azerbaijan', aliases: ['Shaki', 'Şəki'] },
  { name: 'Khankendi', country: 'Azerbaijan' },
  { name: 'Lachin', country: 'Azerbaijan' },
  { name: 'Aghdam', country: 'Azerbaijan' },
  { name: 'Almaty', country: 'Kazakhstan', aliases: ['Alma-Ata'] },
  { name: 'Astana', country: 'Kazakhstan', aliases: ['Nur-Sultan'] },
  { name: 'Aktau', country: 'Kazakhstan', aliases: ['Aqtau'] },
  { name: 'Turkistan', country: 'Kazakhstan', aliases: ['Turkestan'] },
  { name: 'Shymkent', country: 'Kazakhstan' },
  { name: 'Karaganda', country: 'Kazakhstan' },
  { name: 'Aktobe', country: 'Kazakhstan' },
  { name: 'Tashkent', country: 'Uzbekistan', aliases: ['Toshkent'] },
  { name: 'Andijan', country: 'Uzbekistan', aliases: ['Andijon', 'Andizhan'] },
  { name: 'Samarkand', country: 'Uzbekistan', aliases: ['Samarqand'] },
  { name: 'Bukhara', country: 'Uzbekistan', aliases: ['Buxoro'] },
  { name: 'Khiva', country: 'Uzbekistan', aliases: ['Xiva'] },
  { name: 'Kokand', country: 'Uzbekistan', aliases: ['Qo‘qon', 'Qoqon'] },
  { name: 'Namangan', country: 'Uzbekistan' },
  { name: 'Fergana', country: 'Uzbekistan', aliases: ['Farg‘ona'] },
  { name: 'Termez', country: 'Uzbekistan' },
  { name: 'Nukus', country: 'Uzbekistan' },
  { name: 'Bishkek', country: 'Kyrgyzstan' },
  { name: 'Osh', country: 'Kyrgyzstan' },
  { name: 'Cholpon-Ata', country: 'Kyrgyzstan', aliases: ['Cholpon Ata'] },
  { name: 'Karakol', country: 'Kyrgyzstan' },
  { name: 'Ashgabat', country: 'Turkmenistan', aliases: ['Ashkhabad', 'Aşgabat'] },
  { name: 'Anau', country: 'Turkmenistan', aliases: ['Anev'] },
  { name: 'Mary', country: 'Turkmenistan', aliases: ['Merv'] },
  { name: 'Turkmenbashi', country: 'Turkmenistan' },
  { name: 'Istanbul', country: 'Türkiye', aliases: ['İstanbul'] },
  { name: 'Ankara', country: 'Türkiye' },
  { name: 'Bursa', country: 'Türkiye' },
  { name: 'Izmir', country: 'Türkiye', aliases: ['İzmir'] },
  { name: 'Eskisehir', country: 'Türkiye', aliases: ['Eskişehir'] },
  { name: 'Kastamonu', country: 'Türkiye' },
  { name: 'Konya', country: 'Türkiye' },
  { name: 'Kayseri', country: 'Türkiye' },
  { name: 'Antalya', country: 'Türkiye' },
  { name: 'Budapest', country: 'Hungary' },
  { name: 'Kazan', country: 'Tatarstan' },
  { name: 'Ufa', country: 'Bashkortostan' },
  { name: 'Dushanbe', country: 'Tajikistan' },
  { name: 'Moscow', country: 'Russia' },
  { name: 'Paris', country: 'France' },
  { name: 'Lefkoşa', country: 'Northern Cyprus', aliases: ['Nicosia'] },
];

/** News agencies, with the forms their names take in bylines ("Report informs", "(MENAFN- AzerNews)"). */
export const PUBLISHERS: { name: string; aliases: string[] }[] = [
  { name: 'Azernews', aliases: ['AzerNews', 'Azernews', 'AZERNEWS'] },
  { name: 'Report', aliases: ['Report', 'Report.az'] },
  { name: 'Kazinform', aliases: ['Kazinform', 'Qazinform', 'KAZINFORM', 'Kazinform News Agency', 'Qazinform News Agency'] },
  { name: 'Trend', aliases: ['Trend', 'Trend News Agency'] },
  { name: 'AZERTAC', aliases: ['AZERTAC', 'Azertac', 'AZERTAJ'] },
  { name: 'APA', aliases: ['APA'] },
  { name: 'Daryo', aliases: ['Daryo'] },
  { name: 'UzA', aliases: ['UzA', 'Uzbekistan National News Agency'] },
  { name: 'Dunyo', aliases: ['Dunyo'] },
  { name: 'Kabar', aliases: ['Kabar', 'KABAR'] },
  { name: '24.kg', aliases: ['24.kg'] },
  { name: 'AKIpress', aliases: ['AKIpress'] },
  { name: 'Turkmenportal', aliases: ['Turkmenportal'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu', 'AA'] },
  { name: 'Daily Sabah', aliases: ['Daily Sabah'] },
  { name: 'TRT World', aliases: ['TRT World'] },
  { name: 'Xinhua', aliases: ['Xinhua'] },
  { name: 'The Astana Times', aliases: ['The Astana Times', 'Astana Times'] },
  { name: 'Caliber', aliases: ['Caliber.Az', 'Caliber'] },
  { name: 'News.Az', aliases: ['News.Az', 'News.az'] },
  { name: 'Turan', aliases: ['Turan'] },
];

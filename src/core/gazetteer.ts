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

/**
 * The rest of the world's states, compactly: name | demonyms | capital | other names. Articles name
 * them as partners, guests and hosts ("jointly with Mongolia, the UAE and Saudi Arabia"); without them
 * a two-word country reads as a person's name. Their capitals are places too (PLACES below).
 */
const WORLD = `
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
Brazil|Brazilian|Brasilia|
Brunei|Bruneian|Bandar Seri Begawan|
Bulgaria|Bulgarian||
Canada|Canadian|Ottawa|
Chile|Chilean|Santiago|
Colombia|Colombian|Bogota|
Croatia|Croatian|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot||Republic of Cyprus
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen|
Egypt|Egyptian|Cairo|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish|Helsinki|
Greece|Greek|Athens|
India|Indian|New Delhi|
Indonesia|Indonesian|Jakarta|
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem|
Jordan|Jordanian|Amman|
Kenya|Kenyan|Nairobi|
Kosovo|Kosovar|Pristina|
Kuwait|Kuwaiti|Kuwait City|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan|Tripoli|
Lithuania|Lithuanian|Vilnius|
Luxembourg||Luxembourg City|
Malaysia|Malaysian|Kuala Lumpur|
Mexico|Mexican|Mexico City|
Montenegro|Montenegrin|Podgorica|
Morocco|Moroccan|Rabat|
Nepal|Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam|Holland
New Zealand||Wellington|
Nigeria|Nigerian|Abuja|
North Korea||Pyongyang|
North Macedonia|Macedonian|Skopje|Macedonia
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Palestine|Palestinian|Ramallah|
Peru|Peruvian|Lima|
Philippines|Filipino|Manila|
Poland|Polish|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Saudi Arabia|Saudi|Riyadh|Kingdom of Saudi Arabia
Serbia|Serbian|Belgrade|
Singapore|Singaporean||
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian|Ljubljana|
South Africa|South African|Pretoria|
Spain|Spanish|Madrid|
Sri Lanka|Sri Lankan|Colombo|
Sudan|Sudanese|Khartoum|
Sweden|Swedish|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|
Thailand|Thai|Bangkok|
Tunisia|Tunisian|Tunis|
United Arab Emirates|Emirati|Abu Dhabi|UAE,Emirates
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni|Sanaa|
`
  .trim()
  .split('\n')
  .map((line) => {
    const [name, demonyms, capital, aliases] = line.split('|');
    return { name: name!, demonyms: demonyms ? demonyms.split(',') : [], capital: capital || undefined, aliases: aliases ? aliases.split(',') : [] };
  });

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
  { name: 'Bashkortostan', aliases: ['Bashkiria', 'Republic of Bashkortostan'], demonyms: ['Bashkir'], capital: 'Ufa' },
  { name: 'Gagauzia', aliases: [], demonyms: ['Gagauz'], capital: 'Comrat' },
  { name: 'Yakutia', aliases: ['Sakha', 'Sakha Republic', 'Republic of Yakutia', 'Republic of Sakha'], demonyms: ['Yakut'], capital: 'Yakutsk' },
  { name: 'Khakassia', aliases: ['Republic of Khakassia', 'Khakasia'], demonyms: ['Khakas'], capital: 'Abakan' },
  { name: 'Tuva', aliases: ['Republic of Tuva', 'Tyva'], demonyms: ['Tuvan'], capital: 'Kyzyl' },
  { name: 'Altai Republic', aliases: ['Republic of Altai', 'Altai'], demonyms: [], capital: 'Gorno-Altaysk' },
  { name: 'Chuvashia', aliases: ['Chuvash Republic'], demonyms: ['Chuvash'], capital: 'Cheboksary' },
  { name: 'Dagestan', aliases: ['Republic of Dagestan'], demonyms: [], capital: 'Makhachkala' },
  { name: 'Karachay-Cherkessia', aliases: [], demonyms: ['Karachay'], capital: 'Cherkessk' },
  { name: 'Kabardino-Balkaria', aliases: [], demonyms: ['Balkar'], capital: 'Nalchik' },
  { name: 'Crimea', aliases: [], demonyms: ['Crimean'], capital: 'Simferopol' },
  { name: 'Xinjiang', aliases: ['Xinjiang Uygur Autonomous Region', 'East Turkestan'], demonyms: ['Uyghur', 'Uygur'], capital: 'Urumqi' },
  { name: 'United States', aliases: ['USA', 'U.S.', 'United States of America'], demonyms: ['American'], capital: 'Washington' },
  { name: 'France', aliases: [], demonyms: ['French'], capital: 'Paris' },
  { name: 'Germany', aliases: [], demonyms: ['German'], capital: 'Berlin' },
  { name: 'Japan', aliases: [], demonyms: ['Japanese'], capital: 'Tokyo' },
  { name: 'South Korea', aliases: ['Korea', 'Republic of Korea'], demonyms: ['Korean'], capital: 'Seoul' },
  { name: 'Italy', aliases: [], demonyms: ['Italian'], capital: 'Rome' },
  { name: 'United Kingdom', aliases: ['UK', 'Britain', 'Great Britain'], demonyms: ['British'], capital: 'London' },
  ...WORLD.map(({ name, demonyms, capital, aliases }) => ({ name, aliases, demonyms, ...(capital ? { capital } : {}) })),
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
const LISTED_PLACES: { name: string; country: string; aliases?: string[] }[] = [
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

/** More cities of the Turkic states, compactly: city | country | other spellings. */
const MORE_CITIES = `
Kyzylorda|Kazakhstan|Qyzylorda
Taraz|Kazakhstan|
Pavlodar|Kazakhstan|
Semey|Kazakhstan|Semipalatinsk
Uralsk|Kazakhstan|
Atyrau|Kazakhstan|
Kostanay|Kazakhstan|Qostanay
Petropavl|Kazakhstan|Petropavlovsk
Oskemen|Kazakhstan|Ust-Kamenogorsk
Taldykorgan|Kazakhstan|
Kokshetau|Kazakhstan|
Zhezkazgan|Kazakhstan|
Konaev|Kazakhstan|Qonaev,Kapchagay
Karshi|Uzbekistan|Qarshi
Jizzakh|Uzbekistan|Jizzax
Urgench|Uzbekistan|Urganch
Shakhrisabz|Uzbekistan|Shahrisabz
Margilan|Uzbekistan|Marg‘ilon
Jalal-Abad|Kyrgyzstan|Jalalabad
Naryn|Kyrgyzstan|
Talas|Kyrgyzstan|
Batken|Kyrgyzstan|
Tokmok|Kyrgyzstan|Tokmak
Turkmenabat|Turkmenistan|
Dashoguz|Turkmenistan|Dashhowuz
Balkanabat|Turkmenistan|
Awaza|Turkmenistan|Avaza
Sumgait|Azerbaijan|Sumqayit
Lankaran|Azerbaijan|Lenkoran
Mingachevir|Azerbaijan|Mingəçevir
Shamakhi|Azerbaijan|Shemakha
Guba|Azerbaijan|Quba
Zagatala|Azerbaijan|Zaqatala
Fuzuli|Azerbaijan|Füzuli
Kalbajar|Azerbaijan|Kelbajar
Shirvan|Azerbaijan|
Adana|Türkiye|
Gaziantep|Türkiye|
Trabzon|Türkiye|
Erzurum|Türkiye|
Diyarbakir|Türkiye|Diyarbakır
Samsun|Türkiye|
Edirne|Türkiye|
Kutahya|Türkiye|Kütahya
Sivas|Türkiye|
Malatya|Türkiye|
Mersin|Türkiye|
Denizli|Türkiye|
Kars|Türkiye|
Sanliurfa|Türkiye|Şanlıurfa
Nevsehir|Türkiye|Nevşehir
Kirsehir|Türkiye|Kırşehir
Afyonkarahisar|Türkiye|Afyon
Canakkale|Türkiye|Çanakkale
Debrecen|Hungary|
Szeged|Hungary|
Pecs|Hungary|Pécs
Kyzyl|Tuva|
Abakan|Khakassia|
Comrat|Gagauzia|Komrat
Kashgar|Xinjiang|Kashi
`
  .trim()
  .split('\n')
  .map((line) => {
    const [name, country, aliases] = line.split('|');
    return { name: name!, country: country!, aliases: aliases ? aliases.split(',') : [] };
  });

/** Cities and other places with their country: those listed, more cities, then every capital not yet named. */
export const PLACES: { name: string; country: string; aliases?: string[] }[] = (() => {
  const out = [...LISTED_PLACES, ...MORE_CITIES];
  const named = new Set(out.flatMap((p) => [p.name, ...(p.aliases ?? [])]));
  for (const c of COUNTRIES) if (c.capital && !named.has(c.capital) && c.capital !== c.name) out.push({ name: c.capital, country: c.name });
  return out;
})();

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

/**
 * Country names in each language, as word beginnings (case endings follow: "Азербайджана",
 * "Özbekistan'ın"), mapped to the English names of the gazetteer (src/core/gazetteer.ts). Reference
 * data, like the gazetteer: these are exonyms, not transliterations ("Qozogʻiston" is Kazakhstan), so
 * no letter table finds them. Kazakh Latin and Uzbek Cyrillic keys are spelled from these.
 */
import type { Language } from '../../types.ts';

type Countries = [string, string][];

export const COUNTRY_NAMES: Record<Exclude<Language, 'en'>, Countries> = {
  ru: [
    ['азербайджан', 'Azerbaijan'], ['казахстан', 'Kazakhstan'], ['кыргызстан', 'Kyrgyzstan'], ['киргизи', 'Kyrgyzstan'], ['узбекистан', 'Uzbekistan'],
    ['туркменистан', 'Turkmenistan'], ['туркмени', 'Turkmenistan'], ['турци', 'Turkiye'], ['венгри', 'Hungary'], ['таджикистан', 'Tajikistan'], ['росси', 'Russia'],
  ],
  kk: [
    ['әзірбайжан', 'Azerbaijan'], ['қазақстан', 'Kazakhstan'], ['қырғызстан', 'Kyrgyzstan'], ['өзбекстан', 'Uzbekistan'], ['түрікменстан', 'Turkmenistan'],
    ['түркия', 'Turkiye'], ['түркиа', 'Turkiye'], ['венгрия', 'Hungary'], ['тәжікстан', 'Tajikistan'], ['ресей', 'Russia'],
  ],
  tr: [
    ['azerbaycan', 'Azerbaijan'], ['kazakistan', 'Kazakhstan'], ['kırgızistan', 'Kyrgyzstan'], ['özbekistan', 'Uzbekistan'], ['türkmenistan', 'Turkmenistan'],
    ['türkiye', 'Turkiye'], ['macaristan', 'Hungary'], ['tacikistan', 'Tajikistan'], ['rusya', 'Russia'],
  ],
  az: [
    ['azərbaycan', 'Azerbaijan'], ['qazaxıstan', 'Kazakhstan'], ['qırğızıstan', 'Kyrgyzstan'], ['özbəkistan', 'Uzbekistan'], ['türkmənistan', 'Turkmenistan'],
    ['türkiyə', 'Turkiye'], ['macarıstan', 'Hungary'], ['tacikistan', 'Tajikistan'], ['rusiya', 'Russia'],
  ],
  uz: [
    ['ozarbayjon', 'Azerbaijan'], ["qozog'iston", 'Kazakhstan'], ["qirg'iziston", 'Kyrgyzstan'], ["o'zbekiston", 'Uzbekistan'], ['turkmaniston', 'Turkmenistan'],
    ['turkiya', 'Turkiye'], ['vengriya', 'Hungary'], ['tojikiston', 'Tajikistan'], ['rossiya', 'Russia'],
  ],
};

// Language of the page: Chinese by default, English on request; the choice is kept in localStorage.
import zh from './i18n/zh.js';
import en from './i18n/en.js';

const DICTIONARIES = { zh, en };
const KEY = 'declaration-checker.lang';
const listeners = [];

export function lang() {
  const saved = localStorage.getItem(KEY);
  return saved === 'en' ? 'en' : 'zh';
}

/** The UI string for key, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  return tIn(lang(), key, vars);
}

/** A rule category's name; a category the page has no name for (one policy staff added) as written. */
export function categoryName(cat) {
  const key = `category.${cat}`;
  const text = t(key);
  return text === key ? cat : text;
}

/**
 * Why a file could not be read, in the page's language: the service's message in it when the answer has
 * one ({zh, en}); else, for a kind of problem the service names by code (empty, encrypted, no-text-layer …),
 * this language's words for it; else the service's English detail.
 */
export function reasonText(code, detail, message) {
  // the service's own words in this language first: they name the place (line and column of broken JSON)
  // and the limits; else this language's words for the code; else the service's (English) detail
  return (message && typeof message === 'object' && message[lang()]) || (code && DICTIONARIES[lang()][`reason.${code}`])
    || detail;
}

/** The same in a given language (the printed report is always in Chinese). */
export function tIn(language, key, vars = {}) {
  const text = DICTIONARIES[language][key] ?? DICTIONARIES.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** Of a {zh, en} pair from the report, the text in the page's language (a plain string as it is). */
export function pick(pair, language = lang()) {
  if (!pair) return '';
  if (typeof pair !== 'object') return String(pair);
  return pair[language] ?? pair.zh ?? '';
}

/** Fills every [data-i18n] element (text) and [data-i18n-attr="attr:key,..."] (attributes). */
export function applyStatic(root = document) {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(',').forEach((pair) => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr.trim(), t(key.trim()));
    });
  });
}

export function onLanguageChange(fn) {
  listeners.push(fn);
}

/** Wires the header's language button: one click switches, and the page re-renders in place. */
export function initLanguage() {
  applyStatic();
  const button = document.getElementById('lang-toggle');
  button?.addEventListener('click', () => {
    localStorage.setItem(KEY, lang() === 'zh' ? 'en' : 'zh');
    applyStatic();
    listeners.forEach((fn) => fn());
  });
}

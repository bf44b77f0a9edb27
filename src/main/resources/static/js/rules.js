// The rules page: the catalogue in force (GET /api/v1/rules), one row per rule ID, searchable.
import { h, fill } from './dom.js';
import { t, lang, initLanguage, onLanguageChange, categoryName } from './i18n.js';

const $ = (id) => document.getElementById(id);
let catalogue = null;

/** One entry per rule ID: the Drools rules that share an ID (severity bands) are one rule to a reader. */
function byId(rules) {
  const map = new Map();
  for (const r of rules) {
    const entry = map.get(r.id) ?? { ...r, severities: new Set(), parameters: new Set() };
    entry.severities.add(r.severity);
    (r.parameters ?? []).forEach((p) => entry.parameters.add(p));
    map.set(r.id, entry);
  }
  return [...map.values()];
}

function parameterValue(value) {
  return Array.isArray(value) ? value.join('、') : String(value);
}

/** The rule's fixture file and its cases: what must make it fire, and what must not. */
function fixtures(id) {
  const file = h('code', { class: 'file' }, `fixtures/rules/${id}.yaml`);
  const cases = catalogue.fixtures?.[id] ?? [];
  if (!cases.length) return file;
  return h('details', { class: 'cases' },
    h('summary', {}, file, ' · ', t('rules.cases', { n: cases.length })),
    h('ul', {}, cases.map((c) => h('li', {},
      h('span', { class: c.triggers ? 'case fires' : 'case quiet' }, t(c.triggers ? 'rules.fires' : 'rules.quiet')),
      ' ', c.name))));
}

function searchText(rule) {
  return [rule.id, rule.titleZh, rule.titleEn, rule.category, categoryName(rule.category), rule.reference,
    ...rule.severities, ...(catalogue.fixtures?.[rule.id] ?? []).map((c) => c.name), ...[...rule.parameters].flatMap((p) => [p, parameterValue(catalogue.parameters[p] ?? '')])]
    .join(' ').toLowerCase();
}

function options(select, values, label) {
  const current = select.value;
  fill(select, h('option', { value: '' }, t('rules.all')),
    values.map((v) => h('option', { value: v }, label(v))));
  select.value = values.includes(current) ? current : '';
}

function render() {
  if (!catalogue) return;
  const rules = byId(catalogue.rules);
  $('rule-set').textContent = `${t('rules.version', { version: catalogue.version, location: catalogue.location,
    loadedAt: new Date(catalogue.loadedAt).toLocaleString(document.documentElement.lang) })} · ${
    t('rules.frameworks', { list: catalogue.frameworks.join(', ') })}`;
  options($('rule-severity'), ['ERROR', 'WARNING', 'INFO'], (v) => t(`severity.${v}`));
  options($('rule-category'), [...new Set(rules.map((r) => r.category))].sort(), categoryName);
  const words = $('rule-search').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const severity = $('rule-severity').value;
  const category = $('rule-category').value;
  const shown = rules.filter((r) => (!severity || r.severities.has(severity)) && (!category || r.category === category)
    && words.every((w) => searchText(r).includes(w)));
  const [first, second] = lang() === 'zh' ? ['titleZh', 'titleEn'] : ['titleEn', 'titleZh'];
  fill($('rules-table').tBodies[0], shown.map((r) => h('tr', { dataset: { rule: r.id } },
    h('td', { class: 'id' }, r.id),
    h('td', {}, r[first], h('span', { class: 'en', lang: second === 'titleZh' ? 'zh-CN' : 'en' }, r[second])),
    h('td', {}, [...r.severities].map((s) => h('span', { class: `sev sev-${s}` }, t(`severity.${s}`))), ' '),
    h('td', {}, t(`category.${r.category}`)),
    h('td', {}, r.reference),
    h('td', {}, r.parameters.size ? h('ul', { class: 'params' }, [...r.parameters].map((p) => h('li', {},
      h('code', {}, p.split('.').flatMap((part, i) => (i ? ['.', h('wbr'), part] : [part]))), ' = ', h('span', { class: 'value' }, parameterValue(catalogue.parameters[p] ?? '?')))))
      : t('rules.noParameters')),
    h('td', {}, fixtures(r.id)))));
  $('rule-count').textContent = t('rules.count', { shown: shown.length, total: rules.length });
}

async function load() {
  try {
    const response = await fetch('api/v1/rules', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    catalogue = await response.json();
    render();
  } catch (e) {
    const box = $('rules-problem');
    box.textContent = t('rules.loadFailed', { detail: e.message });
    box.hidden = false;
  }
}

initLanguage();
onLanguageChange(render);
['input', 'change'].forEach((type) => {
  $('rule-search').addEventListener(type, render);
  $('rule-severity').addEventListener(type, render);
  $('rule-category').addEventListener(type, render);
});
load();

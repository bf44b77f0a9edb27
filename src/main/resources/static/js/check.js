// The check page: upload or paste, then the findings on the form, a summary, filters, and the result
// to take away (JSON, SARIF, print).
import { h, clear, fill } from './dom.js';
import { t, lang, pick, initLanguage, onLanguageChange, categoryName, reasonText } from './i18n.js';
import { check, ApiError, SARIF } from './api.js';
import { renderForm, where, locationText } from './form-view.js';
import { placeMarkers, details, showPop, closePop, waivedNote } from './markers.js';
import { renderPrint } from './print.js';

const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];
const $ = (id) => document.getElementById(id);

const state = {
  upload: null,
  items: [],
  current: -1,
  severities: new Set(SEVERITIES),
  categories: null, // null: every category
  problem: null, // what went wrong, said in the page's language when called: () => text
};

// ---- input -------------------------------------------------------------------------------------

async function run(upload) {
  state.upload = upload;
  hideProblem();
  $('progress').textContent = t('input.checking');
  document.body.classList.add('busy');
  try {
    const result = await check(upload);
    state.items = result.items;
    const readable = state.items.filter((i) => i.report);
    $('progress').textContent = t('input.checked', { forms: readable.length });
    const first = state.items.findIndex((i) => i.report);
    state.current = first;
    state.categories = null;
    render();
    const only = state.items[0];
    if (first < 0 && state.items.length === 1) showProblem(() => itemError(only));
    const top = (state.items.length > 1 ? $('forms') : $('summary')).getBoundingClientRect().top;
    if (top > window.innerHeight * 0.8) (state.items.length > 1 ? $('forms') : $('summary')).scrollIntoView();
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    state.items = [];
    state.current = -1;
    $('progress').textContent = '';
    render();
    showProblem(() => (upload.files?.length === 1 ? fileError(upload.files[0].name, e.reason()) : e.describe()));
  } finally {
    document.body.classList.remove('busy');
  }
}

/** Why the one file sent could not be read, its name said once (the service's English names it too). */
function fileError(name, reason) {
  return t('error.file', { name, reason: reason?.startsWith(`${name}: `) ? reason.slice(name.length + 2) : reason });
}

function itemError(item) {
  const reason = reasonText(item.code, item.error, item.message);
  return item.name ? t('error.file', { name: item.name, reason }) : reason;
}

/** Shows what went wrong: say() gives the text, called again when the page's language changes. */
function showProblem(say) {
  state.problem = say;
  renderProblem();
}

function renderProblem() {
  const box = $('problem');
  if (!state.problem) {
    box.hidden = true;
    return;
  }
  fill(box, h('strong', {}, t('error.heading')), ' ', state.problem());
  box.hidden = false;
}

function hideProblem() {
  state.problem = null;
  renderProblem();
}

function wireInput() {
  const input = $('files');
  input.addEventListener('change', () => {
    if (input.files.length) run({ files: [...input.files] });
    input.value = '';
  });
  const drop = $('drop');
  ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add('over');
  }));
  ['dragleave', 'drop'].forEach((type) => drop.addEventListener(type, () => drop.classList.remove('over')));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer.files.length) run({ files: [...e.dataTransfer.files] });
  });
  $('paste-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('paste').value;
    if (!text.trim()) {
      showProblem(() => t('input.empty'));
      return;
    }
    run({ text });
  });
}

// ---- rendering ---------------------------------------------------------------------------------

function render() {
  closePop();
  renderFormsTable();
  const item = state.items[state.current];
  $('result').hidden = !item?.report;
  if (!item?.report) return;
  const report = item.report;
  renderSummary(item);
  renderFilters(report);
  const form = $('form');
  renderForm(form, report.canonical ?? {}, report);
  const visible = report.findings.filter(shown);
  const placed = placeMarkers(form, visible);
  renderWholeForm(visible.filter((f) => !placed.has(f)), report);
  renderList(report, visible);
  renderPrint(item);
}

function shown(f) {
  return state.severities.has(f.severity) && (state.categories === null || state.categories.has(f.category));
}

function statusBadge(status) {
  return h('span', { class: `status status-${String(status).toLowerCase()}` }, t(`status.${status}`));
}

function renderFormsTable() {
  const section = $('forms');
  const many = state.items.length > 1 || state.items.some((i) => i.error);
  section.hidden = !many;
  if (!many) return;
  fill($('forms-table'),
    h('caption', {}, t('forms.caption', { count: state.items.length })),
    h('thead', {}, h('tr', {},
      ['#', t('forms.file'), t('forms.form'), t('forms.project'), t('forms.status'), t('forms.counts'), '']
        .map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, state.items.map((item, i) => {
      const r = item.report;
      const name = r?.declaration?.projectName || item.name || `#${i + 1}`;
      const current = i === state.current;
      return h('tr', { class: [current ? 'current' : '', item.error ? 'unreadable' : ''].join(' ').trim() || null },
        h('td', {}, String(i + 1)),
        h('td', {}, item.name ?? '—'),
        h('td', {}, [item.form, locationText(item.location)]
          .filter(Boolean).join(' · ') || '—'),
        r ? h('td', {}, r.declaration?.projectName ?? '—') : h('td', { class: 'error-text', title: item.error }, reasonText(item.code, item.error, item.message)),
        h('td', {}, r ? statusBadge(r.summary.status) : h('span', { class: 'status status-unreadable' }, t('forms.unreadable'))),
        h('td', { class: 'counts' }, r ? `${r.summary.errors} / ${r.summary.warnings} / ${r.summary.infos}` : '—'),
        h('td', {}, r ? h('button', {
          type: 'button', class: 'button small', 'aria-pressed': current ? 'true' : 'false',
          'aria-label': t('forms.openLabel', { n: i + 1, name }),
          onclick: () => open(i),
        }, current ? t('forms.opened') : t('forms.open')) : null));
    })));
}

function open(i) {
  state.current = i;
  state.categories = null;
  render();
  $('summary').scrollIntoView({ block: 'start' });
  $('summary').querySelector('h2')?.focus();
}

function renderSummary(item) {
  const r = item.report;
  const s = r.summary;
  const d = r.declaration ?? {};
  fill($('summary'),
    h('div', { class: 'summary-head' },
      statusBadge(s.status),
      h('h2', { id: 'summary-heading', tabindex: '-1' }, d.projectName || item.name || t('form.heading')),
      h('div', { class: 'counts' }, SEVERITIES.map((sev) => h('span', { class: `count sev-${sev}` },
        t(`count.${sev}`, { n: { ERROR: s.errors, WARNING: s.warnings, INFO: s.infos }[sev] }))),
        s.waived ? h('span', { class: 'count sev-WAIVED' }, t('count.WAIVED', { n: s.waived })) : null)),
    h('dl', { class: 'meta' },
      meta(t('summary.unit'), d.unit), meta(t('summary.year'), d.budgetYear),
      meta(t('summary.framework'), d.framework), meta(t('summary.ruleSet'), r.ruleSet?.version),
      meta(t('summary.checkedAt'), r.timing?.checkedAt ? new Date(r.timing.checkedAt).toLocaleString(
        document.documentElement.lang) : null),
      meta(t('summary.previous'), r.previous ? previousForm(r.previous) : null)),
    s.problem ? h('p', { class: 'incomplete', role: 'note' },
      t('summary.problem', { problem: s.problemMessage ? pick(s.problemMessage) : s.problem })) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', id: 'download-json', onclick: () => downloadJson(item) },
        t('download.json')),
      h('button', { type: 'button', class: 'button', id: 'download-sarif', onclick: downloadSarif },
        t('download.sarif')),
      h('button', { type: 'button', class: 'button', id: 'print', onclick: () => window.print() },
        t('download.print'))));
}

/**
 * Last year's form the YOY rules compared with: where it came from, its file or stored report (its version
 * and when it was checked, in the page's language), its year.
 */
function previousForm(p) {
  const which = p.name || (p.version ? t('previous.stored', { version: p.version, checkedAt: p.checkedAt
    ? new Date(p.checkedAt).toLocaleString(document.documentElement.lang) : '—' }) : p.reference);
  return `${t(`previous.${p.origin}`)}${which ? `: ${which}` : ''} (${p.budgetYear ?? '—'})`;
}

function meta(term, value) {
  if (value === null || value === undefined || value === '') return null;
  return h('div', {}, h('dt', {}, term), h('dd', {}, String(value)));
}

function renderFilters(report) {
  const box = $('filters');
  const count = (pred) => report.findings.filter(pred).length;
  const categories = [...new Set(report.findings.map((f) => f.category))].sort();
  fill(box, h('legend', {}, t('filter.heading')),
    h('div', { class: 'filter-group', role: 'group', 'aria-labelledby': 'filter-severity' },
      h('span', { id: 'filter-severity', class: 'filter-label' }, t('filter.severity')),
      SEVERITIES.map((sev) => checkbox(`sev-${sev}`, `${t(`severity.${sev}`)} (${count((f) => f.severity === sev)})`,
        state.severities.has(sev), (on) => toggle(state.severities, sev, on), `sev-${sev}`))),
    categories.length ? h('div', { class: 'filter-group', role: 'group', 'aria-labelledby': 'filter-category' },
      h('span', { id: 'filter-category', class: 'filter-label' }, t('filter.category')),
      categories.map((cat) => checkbox(`cat-${cat}`, `${categoryName(cat)} (${count((f) => f.category === cat)})`,
        state.categories === null || state.categories.has(cat), (on) => {
          if (state.categories === null) state.categories = new Set(categories);
          toggle(state.categories, cat, on);
        }))) : null);
}

function checkbox(id, text, checked, onchange, cls) {
  const input = h('input', { type: 'checkbox', id: `filter-${id}`, checked, value: id });
  input.addEventListener('change', () => {
    onchange(input.checked);
    const focused = input.id;
    render();
    document.getElementById(focused)?.focus();
  });
  return h('label', { class: ['check', cls].filter(Boolean).join(' '), for: `filter-${id}` }, input, ' ', text);
}

function toggle(set, value, on) {
  if (on) set.add(value); else set.delete(value);
}

function renderWholeForm(findings, report) {
  const box = clear($('whole-form'));
  if (!findings.length) return;
  box.append(h('h3', {}, t('form.wholeForm')),
    h('ul', {}, findings.map((f) => {
      f.markerId = `w-${f.ruleId}-${findings.indexOf(f)}`;
      return h('li', { id: f.markerId, tabindex: '-1', class: `whole sev-${f.severity}${f.waiver ? ' waived' : ''}` }, details(f));
    })));
}

function renderList(report, visible) {
  const list = clear($('finding-list'));
  if (!report.findings.length) {
    list.append(h('li', { class: 'none' }, t('findings.none')));
    return;
  }
  if (!visible.length) {
    list.append(h('li', { class: 'none' }, t('findings.hidden', { n: report.findings.length })));
    return;
  }
  visible.forEach((f) => list.append(h('li', {}, h('button', {
    type: 'button', class: `finding sev-${f.severity}${f.waiver ? ' waived' : ''}`, dataset: { rule: f.ruleId, field: f.field },
    'aria-label': t('findings.show', { rule: f.ruleId, title: pick(f.title) }),
    onclick: () => reveal(f),
  },
  h('span', { class: `sev sev-${f.severity}` }, t(`severity.${f.severity}`)),
  h('span', { class: 'rule' }, f.ruleId),
  h('span', { class: 'where' }, where(f.field, report.canonical)),
  h('span', { class: 'text' }, pick(f.message)),
  f.waiver ? h('span', { class: 'text' }, waivedNote(f, lang(), 'span')) : null))));
}

/** Scrolls the form to a finding's place, highlights it and opens its details. */
function reveal(f) {
  const el = document.getElementById(f.markerId);
  if (!el) return;
  const target = el.closest('[data-pointer], li.whole') ?? el;
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  target.classList.remove('flash');
  void target.offsetWidth; // restart the highlight animation
  target.classList.add('flash');
  el.focus({ preventScroll: true });
  if (el.classList.contains('marker')) showPop(el, f, true);
}

// ---- taking the result away --------------------------------------------------------------------

function save(blob, name) {
  const a = h('a', { href: URL.createObjectURL(blob), download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function baseName(item) {
  const source = item?.name ? item.name.replace(/\.[^.]+$/, '') : 'declaration';
  const several = state.items.filter((i) => i.name === item?.name).length > 1;
  return several && item.form ? `${source}-${item.form}` : source;
}

function downloadJson(item) {
  const { facts, ...report } = item.report; // the facts only serve "how it was read" on this page
  save(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }), `${baseName(item)}.report.json`);
}

async function downloadSarif() {
  try {
    const blob = await check(state.upload, SARIF);
    const first = state.items[0];
    save(new Blob([blob], { type: SARIF }), `${first?.name ? first.name.replace(/\.[^.]+$/, '') : 'declaration'}.sarif`);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    showProblem(() => t('download.failed', { detail: e.describe() }));
  }
}

// ---- start -------------------------------------------------------------------------------------

initLanguage();
onLanguageChange(() => {
  render();
  renderProblem();
  const progress = $('progress');
  if (progress.textContent && state.items.length) {
    progress.textContent = t('input.checked', { forms: state.items.filter((i) => i.report).length });
  }
});
wireInput();

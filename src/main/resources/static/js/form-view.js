// Draws a declaration (the report's canonical form) as the 申报表 is laid out, every cell carrying the
// JSON Pointer of its field, and pins each finding to the cell its pointer names.
import { h, clear } from './dom.js';
import { t, tIn, pick } from './i18n.js';

const INDICATOR_COLUMNS = ['level1', 'level2', 'level3', 'target'];
const OPTIONAL_COLUMNS = ['nature', 'direction', 'unit'];

function value(v) {
  return v === null || v === undefined || v === '' ? h('span', { class: 'empty' }, t('form.empty')) : String(v);
}

function amount(v) {
  if (typeof v === 'number') return v.toLocaleString('zh-CN');
  return value(v);
}

function cell(pointer, content, attrs = {}) {
  return h('td', { ...attrs, dataset: { pointer } }, h('div', { class: 'cell-text' }, content));
}

function label(key, attrs = {}) {
  return h('th', { scope: 'row', ...attrs }, t(`field.${key}`));
}

function choices(pointer, list) {
  if (!list?.length) return value(null);
  return h('ul', { class: 'choices' }, list.map((c, i) => h('li', {
    dataset: { pointer: `${pointer}/${i}` }, class: c.checked ? 'ticked' : null,
  }, h('span', { 'aria-hidden': 'true', class: 'box' }, c.checked ? '☑' : '☐'),
  h('span', { class: 'visually-hidden' }, c.checked ? '✓ ' : ''), c.label ?? '')));
}

function textRow(d, key) {
  return h('tr', {}, label(key), cell(`/${key}`, value(d[key]), { colspan: 3, class: 'long' }));
}

/** How the target of indicator row i was read, from the explain facts. */
export function readings(report) {
  const byIndex = new Map();
  (report.facts ?? []).filter((f) => f.type === 'Indicator' && f.fact?.reading)
    .forEach((f) => byIndex.set(f.fact.index, f.fact.reading));
  return byIndex;
}

function reading(r) {
  if (!r) return '';
  if (r.missing) return h('span', { class: 'reading' }, t('reading.missing'));
  const kind = t(`kind.${r.kind}`);
  const measured = r.number !== undefined && r.number !== null
    ? [r.comparator ?? '', formatNumber(r.number), r.unit ?? ''].join(' ').replace(/\s+/g, ' ').trim()
    : r.normalised ?? '';
  return h('span', { class: `reading kind-${String(r.kind).toLowerCase()}` },
    h('span', { class: 'kind' }, kind), ' ', measured,
    r.markup ? h('span', { class: 'tag' }, t('reading.markup')) : null);
}

function formatNumber(n) {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** The whole form: field grid, budget block, sub-projects, plan and goals, indicator table, remarks. */
export function renderForm(container, d, report) {
  clear(container);
  const title = [d.title, d.budgetYear ? `（${d.budgetYear}年）` : ''].join('');
  const grid = h('table', { class: 'sheet', dataset: { pointer: '' } },
    h('caption', { dataset: { pointer: '/title' } }, title || t('form.heading')),
    h('tbody', {},
      h('tr', {}, label('unit'), cell('/unit', value(d.unit), { colspan: 3 })),
      h('tr', {}, label('projectName'), cell('/projectName', value(d.projectName), { colspan: 3 })),
      h('tr', {}, label('projectType'), cell('/projectType', choices('/projectType', d.projectType), { colspan: 3 })),
      h('tr', {}, label('fundUse'), cell('/fundUse', choices('/fundUse', d.fundUse), { colspan: 3 })),
      h('tr', {}, label('startDate'), cell('/startDate', value(d.startDate)),
        label('endDate'), cell('/endDate', value(d.endDate))),
      ['overview', 'basis', 'necessity', 'safeguards'].map((k) => textRow(d, k)),
      h('tr', { class: 'budget' }, label('totalBudget'), cell('/totalBudget', amount(d.totalBudget), { class: 'num' }),
        label('currentYearBudget'), cell('/currentYearBudget', amount(d.currentYearBudget), { class: 'num' })),
      h('tr', { class: 'budget' }, label('lastYearBudget'), cell('/lastYearBudget', amount(d.lastYearBudget), { class: 'num' }),
        label('lastYearSpent'), cell('/lastYearSpent', amount(d.lastYearSpent), { class: 'num' })),
      // the rate a form states (上年预算执行率), on forms that state one
      d.lastYearExecutionRate != null ? h('tr', { class: 'budget' }, label('lastYearExecutionRate'),
        cell('/lastYearExecutionRate', value(d.lastYearExecutionRate), { colspan: 3 })) : null,
    ));

  const subs = d.subProjects ?? [];
  const subTable = h('table', { class: 'sheet sub', dataset: { pointer: '/subProjects' } },
    h('caption', {}, t('field.subProjects')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('field.subProjects.name')),
      h('th', { scope: 'col', class: 'num' }, t('field.subProjects.amount')))),
    h('tbody', {}, subs.length ? subs.map((s, i) => h('tr', { dataset: { pointer: `/subProjects/${i}` } },
      cell(`/subProjects/${i}/name`, value(s.name)),
      cell(`/subProjects/${i}/amount`, amount(s.amount), { class: 'num' })))
      : h('tr', {}, h('td', { colspan: 2 }, value(null)))));

  const goals = h('table', { class: 'sheet' }, h('tbody', {},
    ['implementationPlan', 'overallGoal', 'annualGoal'].map((k) => textRow(d, k))));

  const rows = d.indicators ?? [];
  const extra = OPTIONAL_COLUMNS.filter((c) => rows.some((r) => r[c]));
  const columns = [...INDICATOR_COLUMNS, ...extra];
  const read = readings(report);
  const spans = level1Spans(rows);
  const indicatorTable = h('table', { class: 'sheet indicators', dataset: { pointer: '/indicators' } },
    h('caption', {}, t('field.indicators')),
    h('thead', {}, h('tr', {},
      columns.map((c) => h('th', { scope: 'col' }, t(`field.indicators.${c}`))),
      h('th', { scope: 'col', title: t('form.readingHelp') }, t('form.reading')))),
    h('tbody', {}, rows.length ? rows.map((r, i) => h('tr', { dataset: { pointer: `/indicators/${i}` } },
      columns.map((c) => {
        if (c === 'level1') {
          if (spans[i] === 0) return null;
          return cell(`/indicators/${i}/level1`, value(r.level1), { rowspan: spans[i], class: 'level1' });
        }
        return cell(`/indicators/${i}/${c}`, value(r[c]), c === 'target' ? { class: 'target' } : {});
      }),
      h('td', { class: 'read' }, reading(read.get(i)))))
      : h('tr', {}, h('td', { colspan: columns.length + 1 }, value(null)))));

  const remarks = h('table', { class: 'sheet' }, h('tbody', {}, textRow(d, 'remarks')));
  container.append(grid, subTable, goals, indicatorTable, remarks);
  // where each value stands in the uploaded file (a cell, a line, a page), on hover
  Object.entries(report.sources ?? {}).forEach(([pointer, loc]) => {
    const el = container.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
    if (el && el.tagName !== 'TABLE') el.title = `${t('findings.location')}：${locationText(loc)}`;
  });
}

/** Rows of one 一级 share a merged first cell, as on the printed form: the span at its first row, 0 after. */
function level1Spans(rows) {
  const spans = rows.map(() => 1);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i].level1 && rows[i].level1 === rows[start].level1) {
      spans[start]++;
      spans[i] = 0;
    } else {
      start = i;
    }
  }
  return spans;
}

/** The element a finding belongs to: its field's cell, or the nearest enclosing one that is drawn. */
export function targetOf(container, pointer) {
  if (!pointer) return null;
  let p = pointer;
  while (p) {
    const el = container.querySelector(`[data-pointer="${CSS.escape(p)}"]`);
    if (el) return el;
    p = p.substring(0, p.lastIndexOf('/'));
  }
  return null;
}

/** Where a finding is, in words: "分解目标 第 8 行 · 二级指标". */
export function where(pointer, d, language) {
  const tr = (key, vars) => (language ? tIn(language, key, vars) : t(key, vars));
  if (!pointer) return tr('findings.wholeForm');
  const [top, index, sub] = pointer.split('/').slice(1);
  if (tr(`field.${top}`) === `field.${top}`) return pointer; // a field the form does not have
  let text = tr(`field.${top}`);
  if (index !== undefined) {
    const choice = (top === 'projectType' || top === 'fundUse') ? d?.[top]?.[index]?.label : null;
    text += choice ? ` · ${choice}` : ` ${tr('form.row', { n: Number(index) + 1 })}`;
  }
  if (sub) text += ` · ${tr(`field.${top}.${sub}`) === `field.${top}.${sub}` ? sub : tr(`field.${top}.${sub}`)}`;
  return text;
}

export function findingText(f) {
  return pick(f.message);
}

/** Where in the file: "第 35 行", "Sheet1!D23", "表 1 第 3 行 第 2 格", "第 2 页 第 14 行". */
export function locationText(loc, language) {
  if (!loc) return '';
  const tr = (key, vars) => (language ? tIn(language, key, vars) : t(key, vars));
  if (loc.page) return tr(loc.line ? 'loc.pageLine' : 'loc.page', { page: loc.page, line: loc.line });
  if (loc.cell) return loc.sheet ? `${/^[\p{L}\p{N}_]+$/u.test(loc.sheet) ? loc.sheet : `'${loc.sheet}'`}!${loc.cell}` : loc.cell;
  if (loc.table) return tr('loc.table', { table: loc.table, row: loc.row ?? '?', column: loc.column ?? '?' });
  return loc.line ? tr('loc.line', { line: loc.line }) : (loc.text ?? '');
}

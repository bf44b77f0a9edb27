// The printable report: always in Chinese, every finding of the open form, whatever the filters show.
import { h, fill } from './dom.js';
import { tIn, pick } from './i18n.js';
import { where, locationText } from './form-view.js';
import { waivedNote } from './markers.js';

const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];

/** Fills the print-only part of the page with the report of the open form. */
export function renderPrint(item) {
  const r = item.report;
  const zh = (key, vars) => tIn('zh', key, vars);
  const d = r.declaration ?? {};
  const date = r.timing?.checkedAt ? new Date(r.timing.checkedAt).toLocaleDateString('zh-CN') : '';
  fill(document.getElementById('print-report'),
    h('h1', {}, zh('print.title')),
    h('dl', { class: 'print-meta' },
      h('dt', {}, zh('print.form')), h('dd', {}, d.projectName ?? item.name ?? ''),
      h('dt', {}, zh('summary.unit')), h('dd', {}, d.unit ?? ''),
      h('dt', {}, zh('summary.year')), h('dd', {}, d.budgetYear ?? ''),
      h('dt', {}, zh('print.date')), h('dd', {}, date),
      h('dt', {}, zh('summary.ruleSet')), h('dd', {}, r.ruleSet?.version ?? ''),
      h('dt', {}, zh('summary.framework')), h('dd', {}, d.framework ?? ''),
      h('dt', {}, zh('forms.status')), h('dd', {}, `${zh(`status.${r.summary.status}`)}（${
        [...SEVERITIES.map((s) => zh(`count.${s}`, { n: { ERROR: r.summary.errors, WARNING: r.summary.warnings, INFO: r.summary.infos }[s] })),
          ...(r.summary.waived ? [zh('count.WAIVED', { n: r.summary.waived })] : [])].join('，')}）`)),
    r.findings.length ? h('table', { class: 'print-findings' },
      h('thead', {}, h('tr', {}, ['#', zh('rules.severity'), zh('findings.rule'), zh('findings.where'),
        zh('findings.heading'), zh('findings.seen'), zh('findings.expected'), zh('findings.reference')]
        .map((c) => h('th', {}, c)))),
      h('tbody', {}, r.findings.map((f, i) => h('tr', {},
        h('td', {}, String(i + 1)), h('td', {}, zh(`severity.${f.severity}`), f.waiver ? h('br') : null, f.waiver ? zh('findings.waivedBadge') : null), h('td', {}, f.ruleId),
        h('td', {}, where(f.field, r.canonical, 'zh'), f.location ? h('br') : null,
          f.location ? locationText(f.location, 'zh') : null), h('td', {}, f.message?.zh ?? '', waivedNote(f, 'zh')),
        h('td', {}, pick(f.seen, 'zh')), h('td', {}, pick(f.expected, 'zh')), h('td', {}, f.reference ?? '')))))
      : h('p', {}, zh('print.none')));
}

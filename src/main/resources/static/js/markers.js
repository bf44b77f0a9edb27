// Findings pinned to their cells: a marker per finding, and one pop-up that shows a finding's message,
// seen / expected, place in the file and regulation on hover, focus or click (pinned until closed).
import { h, clear } from './dom.js';
import { t, tIn, lang, pick } from './i18n.js';
import { targetOf, locationText } from './form-view.js';

const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];
let pinned = null;

let markerSeq = 0;

/** Pins each finding to its cell; returns the findings it could place. */
export function placeMarkers(form, findings) {
  const placed = new Set();
  findings.forEach((f) => {
    const target = targetOf(form, f.field);
    if (!target) return;
    placed.add(f);
    const rank = SEVERITIES.indexOf(f.severity);
    const prev = SEVERITIES.indexOf(target.dataset.flag);
    if (prev < 0 || rank < prev) target.dataset.flag = f.severity;
    target.classList.add('flagged');
    const holder = markerHolder(target);
    const id = `m${++markerSeq}`;
    const description = h('span', { id: `${id}-d`, class: 'visually-hidden' }, details(f).textContent);
    const button = h('button', {
      type: 'button', id, class: `marker sev-${f.severity}${f.waiver ? ' waived' : ''}`, 'aria-expanded': 'false',
      'aria-describedby': `${id}-d`, 'aria-label': `${t(`severity.${f.severity}`)} ${f.ruleId} ${pick(f.title)}`,
      dataset: { rule: f.ruleId, field: f.field },
    }, f.ruleId);
    f.markerId = id;
    button.addEventListener('mouseenter', () => showPop(button, f, false));
    button.addEventListener('mouseleave', () => { if (pinned !== button) hidePop(); });
    button.addEventListener('focus', () => showPop(button, f, false));
    button.addEventListener('blur', () => { if (pinned !== button) hidePop(); });
    button.addEventListener('click', () => {
      if (pinned === button) closePop(); else showPop(button, f, true);
    });
    holder.append(button, description);
  });
  return placed;
}

function markerHolder(target) {
  const host = target.tagName === 'TABLE' ? target.querySelector('caption')
    : target.tagName === 'TR' ? target.lastElementChild : target;
  let holder = host.querySelector(':scope > .markers');
  if (!holder) {
    holder = h('span', { class: 'markers' });
    host.append(holder);
  }
  return holder;
}

/** Message, seen / expected and regulation of a finding. */
export function details(f) {
  return h('div', { class: 'details' },
    h('p', { class: 'title' }, h('span', { class: `sev sev-${f.severity}` }, t(`severity.${f.severity}`)), ' ',
      h('strong', {}, f.ruleId), ' ', pick(f.title)),
    waivedNote(f),
    h('p', { class: 'message' }, pick(f.message)),
    f.seen || f.expected || f.location ? h('dl', { class: 'seen-expected' },
      f.seen ? h('div', {}, h('dt', {}, t('findings.seen')), h('dd', {}, pick(f.seen))) : null,
      f.expected ? h('div', {}, h('dt', {}, t('findings.expected')), h('dd', {}, pick(f.expected))) : null,
      f.location ? h('div', {}, h('dt', {}, t('findings.location')), h('dd', {}, locationText(f.location))) : null)
      : null,
    f.reference ? h('p', { class: 'reference' }, h('span', {}, `${t('findings.reference')}：`), f.reference) : null);
}

/** A waived finding's badge and waiver (who accepted it, until when, why); nothing for an open one. */
export function waivedNote(f, language = lang(), tag = 'p') {
  const w = f.waiver;
  if (!w) return null;
  return h(tag, { class: 'waived-note' }, h('span', { class: 'sev sev-WAIVED' }, tIn(language, 'findings.waivedBadge')), ' ',
    tIn(language, 'findings.waived', { by: w.approvedBy, until: w.expires, id: w.id, reason: w.reason }));
}

function pop() {
  let el = document.getElementById('pop');
  if (!el) {
    el = h('div', { id: 'pop', class: 'pop', role: 'tooltip', hidden: true });
    document.body.append(el);
  }
  return el;
}

export function showPop(button, f, pin) {
  if (pinned && pinned !== button) {
    pinned.setAttribute('aria-expanded', 'false');
    pinned = null;
  }
  const el = pop();
  clear(el).append(details(f));
  if (pin) {
    pinned = button;
    button.setAttribute('aria-expanded', 'true');
    el.append(h('button', { type: 'button', class: 'close', 'aria-label': t('findings.close'),
      onclick: () => { const b = pinned; closePop(); b?.focus(); } }, '×'));
  }
  el.hidden = false;
  place(el, button);
}

function place(el, button) {
  const r = button.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  el.style.width = `${width}px`;
  const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
  el.style.left = `${left}px`;
  const below = r.bottom + 6;
  const height = el.offsetHeight;
  // above, it goes above the whole cell, so it never hides the value the finding is about
  const cell = (button.closest('[data-pointer]') ?? button).getBoundingClientRect();
  const above = Math.min(r.top, cell.top) - height - 6;
  el.style.top = `${below + height > window.innerHeight && above > 0 ? above : below}px`;
}

function hidePop() {
  const el = document.getElementById('pop');
  if (el) el.hidden = true;
}

export function closePop() {
  pinned?.setAttribute('aria-expanded', 'false');
  pinned = null;
  hidePop();
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !document.getElementById('pop')?.hidden) {
    const b = pinned;
    closePop();
    b?.focus();
  }
});
window.addEventListener('resize', () => {
  const el = document.getElementById('pop');
  if (el && !el.hidden && pinned) place(el, pinned); else hidePop();
});
document.addEventListener('click', (e) => {
  if (pinned && !e.target.closest('.marker, .pop, .finding')) closePop();
});
window.addEventListener('scroll', () => {
  const el = document.getElementById('pop');
  if (el && !el.hidden && pinned) place(el, pinned); else hidePop();
}, { passive: true });

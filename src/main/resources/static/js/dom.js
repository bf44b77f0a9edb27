// A tiny element builder: h('td', {class: 'x', dataset: {pointer: '/unit'}}, 'text', child). Text is
// always set as text, never parsed as HTML, so nothing from a form can inject markup into the page.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Replaces the children of el, skipping null and false (which the DOM's own append would print). */
export function fill(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

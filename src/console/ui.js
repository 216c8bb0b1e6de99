// Small DOM helpers: elements are built with createElement and textContent
// only (no innerHTML, so no markup from data and no inline styles under the CSP).

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children (nodes, text, arrays of them; null and false skipped). */
function append(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

function replace(el, ...children) {
  clear(el);
  return append(el, ...children);
}

const fmtInt = (n) => (n === null || n === undefined ? '—' : Number(n).toLocaleString('zh-CN'));
const fmtPct = (x, digits = 2) => (x === null || x === undefined ? '—' : `${Number(x).toFixed(digits)}%`);
const fmtRatio = (x) => (x === null || x === undefined ? '—' : `${(100 * Number(x)).toFixed(1)}%`);
const fmtDate = (d) => (d ? String(d).slice(0, 10) : '—');
const fmtTime = (d) => {
  if (!d) return '—';
  const t = new Date(d);
  const p = (n) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())} ${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}`;
};
const yuan = (cents) => (cents === null || cents === undefined ? '—' : `¥${(cents / 100).toFixed(2)}`);

/** A table: columns [{ title, cell(row) → node|text, class? }], rows; rowAttrs(row) for attributes of each <tr>. */
function table(columns, rows, opts) {
  const o = opts || {};
  const head = h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.class }, c.title))));
  const body = h(
    'tbody',
    {},
    rows.length === 0
      ? h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, o.empty || '无记录'))
      : rows.map((r) => h('tr', o.rowAttrs ? o.rowAttrs(r) : {}, columns.map((c) => h('td', { class: c.class }, c.cell(r))))),
  );
  return h('div', { class: 'table-wrap' }, h('table', { class: `grid ${o.class || ''}`.trim(), dataset: o.dataset }, head, body));
}

function notice(kind, ...children) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, children);
}

function section(title, attrs) {
  const body = h('div', { class: 'section-body' }, h('p', { class: 'loading' }, '正在加载…'));
  const el = h('section', Object.assign({ class: 'card' }, attrs || {}), h('h2', {}, title), body);
  return { el, body };
}

/** A link to a child's record (儿童档案). */
function childLink(child) {
  if (!child) return '—';
  return h('a', { href: `#/child/${encodeURIComponent(child.id)}`, class: 'child-link', dataset: { childId: child.id } }, child.name || child.id);
}

function badge(kind, text) {
  return h('span', { class: `badge badge-${kind}` }, text);
}

module.exports = { h, append, clear, replace, fmtInt, fmtPct, fmtRatio, fmtDate, fmtTime, yuan, table, notice, section, childLink, badge };

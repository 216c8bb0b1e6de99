// Pieces shared by the pages: the child columns of a list, the township menu.
const { select, canRead } = require('../policy');
const { h, table, childLink, fmtDate } = require('../ui');
const { label } = require('../labels');

/** The child fields a list shows, as far as the caller's slice has them. */
const CHILD_ROW = ['id', 'name', 'gender', 'age', ['township', 'Township', ['code', 'name']], ['enrollment', 'Enrollment', ['grade', 'status', ['school', 'School', ['name']]]]];

function childSelection(caps, extra) {
  return select(caps, 'Child', extra ? CHILD_ROW.concat(extra) : CHILD_ROW);
}

/** A table of children: name (link to the record), gender, age, township, school, grade, status — the columns present. */
function childTable(children, opts) {
  const o = opts || {};
  const has = (f) => children.some((c) => c && c[f] !== undefined);
  const cols = [{ title: '姓名', cell: (c) => childLink(c) }];
  if (has('gender')) cols.push({ title: '性别', cell: (c) => label('Gender', c.gender) });
  if (has('age')) cols.push({ title: '年龄', cell: (c) => c.age });
  if (has('township')) cols.push({ title: '居住乡镇', cell: (c) => (c.township ? c.township.name : '—') });
  if (has('enrollment')) {
    cols.push({ title: '就读学校', cell: (c) => (c.enrollment && c.enrollment.school ? c.enrollment.school.name : '—') });
    cols.push({ title: '年级', cell: (c) => (c.enrollment && c.enrollment.grade ? `${c.enrollment.grade}年级` : '—') });
    cols.push({ title: '学籍状态', cell: (c) => (c.enrollment ? label('EnrollmentStatus', c.enrollment.status) : '—') });
  }
  for (const x of o.extraColumns || []) cols.push(x);
  return table(cols, children, { rowAttrs: (c) => ({ dataset: { childId: c.id } }), class: 'children', empty: o.empty || '无' });
}

/** Whether the caller sees the whole county (and so may pick a township). */
const countyWide = (caps) => caps.viewer.rowScope === 'COUNTY';

/** The township menu of a county-wide caller (reference data), else none. */
function townshipMenu(caps, townships, current, onChange) {
  if (!countyWide(caps) || !townships) return null;
  const s = h('select', { id: 'township-filter', onchange: (e) => onChange(e.target.value) }, h('option', { value: '' }, '全县'), townships.map((t) => h('option', { value: t.code }, t.name)));
  s.value = current || '';
  return h('label', { class: 'filter' }, '乡镇', s);
}

/** One-line date of an entry, or a dash. */
const date = fmtDate;

module.exports = { childSelection, childTable, countyWide, townshipMenu, date, canRead, select };

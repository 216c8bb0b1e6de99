// 督导: who read a child's data, when and why (accessLog), and whether the
// hash-chained access log is intact (verifyAccessLog). AUDIT is SUPERVISION's
// class only; supervision reads no child data itself, so a child is named by
// its system id (from a complaint, a report, another department).
const { gql } = require('../api');
const { h, replace, append, notice, table, fmtTime, fmtInt, badge } = require('../ui');
const { label, FIELD_CLASSES, PURPOSES } = require('../labels');
const { canRead, select } = require('../policy');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const DENIALS = { FORBIDDEN: '无权限', NOT_FOUND: '不在范围内', PURPOSE_REQUIRED: '未说明用途', GRAPHQL_VALIDATION_FAILED: '超出本机构数据范围' };

/** OK, PARTIAL or DENIED:<codes> (src/audit/plugin.ts) in Chinese. */
function outcome(o) {
  if (o === 'OK') return '已返回';
  if (o === 'PARTIAL') return '部分返回';
  if (String(o).startsWith('DENIED')) {
    const codes = String(o).slice(7).split(',').filter(Boolean);
    return badge('bad', `已拒绝${codes.length ? `（${codes.map((c) => DENIALS[c] || c).join('、')}）` : ''}`);
  }
  return String(o);
}

async function verify(box) {
  replace(box, h('p', { class: 'loading' }, '正在逐条校验哈希链…'));
  try {
    const v = (await gql('query ConsoleVerifyAccessLog { verifyAccessLog { ok checked firstBrokenId reason } }')).verifyAccessLog;
    box.dataset.ok = String(v.ok);
    box.dataset.checked = String(v.checked);
    replace(
      box,
      v.ok
        ? notice('ok', h('strong', {}, '访问日志完整'), `：已校验 ${fmtInt(v.checked)} 条记录，哈希链无断裂、无篡改。`)
        : notice('error', h('strong', {}, '访问日志不完整'), `：已校验 ${fmtInt(v.checked)} 条，首个断裂记录 ${v.firstBrokenId || '—'}${v.reason ? `（${v.reason}）` : ''}。`),
    );
  } catch (e) {
    return e;
  }
  return null;
}

async function render(ctx) {
  const { caps, main, route } = ctx;
  const p = route.params;
  append(main, h('div', { class: 'page-head' }, h('h1', {}, '督导：访问日志')));

  if (canRead(caps, 'Query', 'verifyAccessLog')) {
    const box = h('div', { id: 'verify-result' });
    const again = h('button', { type: 'button', id: 'verify', onclick: async () => { const e = await verify(box); if (e) ctx.showError(e, box); } }, '重新校验');
    append(main, h('section', { class: 'card' }, h('div', { class: 'drill-head' }, h('h2', {}, '日志完整性校验'), again), box));
    const e = await verify(box);
    if (e) ctx.showError(e, box);
  }

  if (!canRead(caps, 'Query', 'accessLog')) return;
  const childInput = h('input', { type: 'text', id: 'log-child', value: p.child || '', placeholder: '儿童系统编号（UUID）', spellcheck: 'false', autocomplete: 'off', size: 40 });
  const fromInput = h('input', { type: 'date', id: 'log-from', value: p.from || '' });
  const toInput = h('input', { type: 'date', id: 'log-to', value: p.to || '' });
  const search = () => ctx.go('supervision', [], { child: childInput.value.trim(), from: fromInput.value, to: toInput.value });
  const results = h('div', { id: 'log-results' });
  append(
    main,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, '儿童数据访问记录查询'),
      h('p', { class: 'note' }, '查询谁在何时、以何用途读取了某名儿童的数据（最新在前）。每条记录含读取的数据类别；拒绝的请求同样记录。'),
      h(
        'div',
        { class: 'filters' },
        h('label', { class: 'filter' }, '儿童系统编号', childInput),
        h('label', { class: 'filter' }, '起始日期', fromInput),
        h('label', { class: 'filter' }, '截止日期', toInput),
        h('button', { type: 'button', class: 'primary', id: 'log-search', onclick: search }, '查询'),
      ),
      results,
    ),
  );
  if (!p.child) {
    replace(results, notice('info', '请输入儿童系统编号后查询。'));
    return;
  }
  if (!UUID.test(p.child) || (p.from && !DATE.test(p.from)) || (p.to && !DATE.test(p.to))) {
    replace(results, notice('error', '儿童系统编号应为 UUID 格式，日期应为 YYYY-MM-DD。'));
    return;
  }
  const entry = select(caps, 'AccessLogEntry', ['id', 'at', 'subject', 'agencyKind', 'clientId', 'purpose', 'operationName', 'fieldClasses', 'childCount', 'outcome']);
  try {
    const rows = (
      await gql(`query ConsoleAccessLog($childId: ID!, $from: LocalDate, $to: LocalDate) { accessLog(childId: $childId, first: 500, from: $from, to: $to) ${entry} }`, {
        childId: p.child,
        from: p.from || null,
        to: p.to || null,
      })
    ).accessLog;
    results.dataset.rows = String(rows.length);
    replace(
      results,
      h('p', { class: 'meta', id: 'log-count' }, `共 ${rows.length} 条记录${rows.length === 500 ? '（仅显示最新 500 条，请缩小日期范围）' : ''}`),
      table(
        [
          { title: '时间', cell: (r) => fmtTime(r.at) },
          { title: '机构', cell: (r) => label('AgencyKind', r.agencyKind) },
          { title: '用户', cell: (r) => `${r.subject}${r.clientId ? `（应用 ${r.clientId}）` : ''}` },
          { title: '用途', cell: (r) => (r.purpose ? `${PURPOSES[r.purpose] || r.purpose}（${r.purpose}）` : '未声明') },
          { title: '操作', cell: (r) => r.operationName || '—' },
          { title: '读取的数据类别', cell: (r) => r.fieldClasses.map((c) => FIELD_CLASSES[c] || c).join('、') || '—', class: 'text' },
          { title: '涉及儿童数', cell: (r) => fmtInt(r.childCount), class: 'num' },
          { title: '结果', cell: (r) => outcome(r.outcome) },
        ],
        rows,
        { rowAttrs: (r) => ({ dataset: { id: r.id, agency: r.agencyKind, operation: r.operationName || '' } }), dataset: { list: 'access-log' }, empty: '没有该儿童的访问记录。' },
      ),
    );
  } catch (e) {
    ctx.showError(e, results);
  }
}

module.exports = {
  id: 'supervision',
  title: '督导',
  available: (caps, canReadFn) => canReadFn(caps, 'Query', 'accessLog') || canReadFn(caps, 'Query', 'verifyAccessLog'),
  render,
};

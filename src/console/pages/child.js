// 儿童档案: one child's record, with only the sections of the caller's slice
// (each section is shown when its fields are readable under the policy table,
// never by agency), the status history (学籍变动) as a timeline. The basic
// facts need no purpose; the rest is asked for separately, so a missing
// purpose leaves the basic facts on screen with the purpose picker.
const { gql } = require('../api');
const { h, replace, append, notice, table, fmtDate, fmtTime, fmtInt, yuan, badge } = require('../ui');
const { label, HEADS, ENUMS } = require('../labels');
const { canRead, select } = require('../policy');
const { childSelection, childTable, countyWide, townshipMenu } = require('./common');

/** The sections of a record, in order: each lists the Child fields it shows (spec items as in policy.select). */
const SECTIONS = [
  {
    id: 'basic',
    title: '基本信息',
    spec: ['id', 'name', 'gender', 'birthDate', 'age', 'ethnicity', 'idNumber', ['township', 'Township', ['code', 'name']], ['village', 'Village', ['name']],
      ['enrollment', 'Enrollment', ['status', 'statusSince', 'grade', 'className', 'nationalStudentNumber', ['school', 'School', ['name', 'code']]]]],
  },
  {
    id: 'history',
    title: '学籍变动记录',
    spec: [['enrollment', 'Enrollment', [['events', 'StatusEvent', ['id', 'type', 'occurredOn', 'grade', 'cause', 'reason', 'evidenceRef', 'dueBackOn', 'correctsEventId', 'recordedBy', 'recordedAt', ['school', 'School', ['name']]]]]]],
  },
  { id: 'attendance', title: '出勤情况', spec: [['attendanceSummary', 'AttendanceSummary', ['since', 'unexcusedDays', 'excusedDays', 'lateDays', 'lastAbsence']]] },
  {
    id: 'cases',
    title: '控辍个案',
    spec: [['dropoutCases', 'DropoutCase', ['id', 'detectedOn', 'source', 'cause', 'causeNote', 'status', 'firstVisitDueOn', 'returnedOn', 'closedOn', 'alternativePlan',
      ['responsibleHeads', 'ResponsibleHeads', HEADS.map(([k]) => k)],
      ['visits', 'PersuasionVisit', ['id', 'visitedOn', 'visitors', 'outcome', 'notes', 'nextStep']],
      ['legalActions', 'LegalAction', ['kind', 'takenOn', 'description', 'outcome']]]]],
  },
  { id: 'guardians', title: '监护人', spec: [['guardians', 'Guardian', ['relation', 'livesWithChild', 'isPrimary', ['person', 'Person', ['name', 'phone', 'idNumber', 'worksAway']]]]] },
  {
    id: 'household',
    title: '家庭情况',
    spec: [['household', 'Household', ['address', 'registeredPoor', 'poorSinceYear', 'minimumLiving', 'extremePoverty', 'annualIncome', 'assistanceAmount', 'distanceToSchoolKm']]],
  },
  {
    id: 'welfare',
    title: '资助与帮扶',
    spec: [['subsidyGrants', 'SubsidyGrant', ['schoolYear', 'term', 'amountCents', 'status', ['programme', 'SubsidyProgramme', ['name']]]], ['supportPlans', 'SupportPlan', ['measures', 'responsibleName', 'startsOn']]],
  },
  {
    id: 'disability',
    title: '残疾与安置',
    spec: ['hasDisability', ['disabilityRecord', 'DisabilityRecord', ['category', 'grade', 'assessment', 'certificateNumber']],
      ['placement', 'Placement', ['type', 'status', 'responsibleTeacher', 'startsOn', 'plan', ['school', 'School', ['name']]]]],
  },
  { id: 'boarding', title: '寄宿', spec: [['boardingAssignment', 'BoardingAssignment', ['schoolYear', 'term', 'bedLabel', 'status', ['school', 'School', ['name']]]]] },
  {
    id: 'care',
    title: '关爱',
    spec: ['isLeftBehind', 'inDistress', 'isOrphan', ['careArrangement', 'CareArrangement', ['kind', 'caregiverName', 'caregiverRelation', 'caregiverPhone', 'registeredOn', ['surrogates', 'SurrogateParent', ['name', 'role', 'phone']]]]],
  },
  { id: 'migration', title: '随迁子女', spec: ['isMigrant', ['migrantEnrollment', 'MigrantEnrollment', ['hukouOrigin', 'status', 'appliedOn', 'requestedGrade', 'residencePermitNumber', ['assignedSchool', 'School', ['name']]]]] },
  { id: 'legal', title: '法律事务', spec: [['legalActions', 'LegalAction', ['kind', 'takenOn', 'description', 'outcome']]] },
];

/** The sections the caller's slice has: those with at least one readable field. */
function sectionsFor(caps) {
  return SECTIONS.filter((s) => s.id === 'basic' || select(caps, 'Child', s.spec) !== '');
}

const yes = (b) => (b === null || b === undefined ? '—' : b ? '是' : '否');
const masked = (caps, cls) => caps.cells[cls] && caps.cells[cls].access === 'MASKED';

/** Key–value pairs, leaving out the fields the answer does not carry. */
function facts(pairs) {
  const shown = pairs.filter(([, v]) => v !== undefined);
  if (shown.length === 0) return null;
  return h('dl', { class: 'facts' }, shown.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v === null || v === '' ? '—' : v)]));
}

const has = (o, k) => o && Object.prototype.hasOwnProperty.call(o, k);
const get = (o, k, f) => (has(o, k) ? (f ? f(o[k]) : o[k]) : undefined);

function basicSection(caps, c) {
  const e = c.enrollment;
  return [
    facts([
      ['姓名', c.name],
      ['性别', get(c, 'gender', (v) => label('Gender', v))],
      ['出生日期', get(c, 'birthDate', fmtDate)],
      ['年龄', get(c, 'age', (v) => `${v} 岁`)],
      ['民族', get(c, 'ethnicity')],
      ['身份证号', get(c, 'idNumber', (v) => (v ? `${v}${masked(caps, 'IDENTIFIERS') ? '（脱敏）' : ''}` : null))],
      ['居住乡镇', get(c, 'township', (v) => v.name)],
      ['居住村/社区', get(c, 'village', (v) => v.name)],
      ['学籍状态', e ? get(e, 'status', (v) => label('EnrollmentStatus', v)) : has(c, 'enrollment') ? '无学籍' : undefined],
      ['状态起始', e ? get(e, 'statusSince', fmtDate) : undefined],
      ['就读学校', e ? get(e, 'school', (v) => (v ? v.name : null)) : undefined],
      ['年级/班级', e && has(e, 'grade') ? `${e.grade ? `${e.grade}年级` : '—'}${e.className ? ` ${e.className}` : ''}` : undefined],
      ['全国学籍号', e ? get(e, 'nationalStudentNumber') : undefined],
      ['系统编号', c.id],
    ]),
  ];
}

/** The status history as a timeline, oldest first; an event struck out by a correction is shown struck through. */
function historySection(c) {
  const events = (c.enrollment && c.enrollment.events) || [];
  if (!c.enrollment) return notice('info', '无学籍记录。');
  if (events.length === 0) return notice('info', '无学籍变动记录。');
  const corrected = new Set(events.filter((e) => e.type === 'CORRECTION' && e.correctsEventId).map((e) => e.correctsEventId));
  const sorted = [...events].sort((a, b) => (a.occurredOn === b.occurredOn ? String(a.recordedAt).localeCompare(String(b.recordedAt)) : a.occurredOn.localeCompare(b.occurredOn)));
  return h(
    'ol',
    { class: 'timeline', id: 'timeline' },
    sorted.map((e) =>
      h(
        'li',
        { class: `tl tl-${e.type.toLowerCase()} ${corrected.has(e.id) ? 'tl-corrected' : ''}`.trim(), dataset: { eventId: e.id, type: e.type } },
        h('span', { class: 'tl-date' }, fmtDate(e.occurredOn)),
        h(
          'div',
          { class: 'tl-body' },
          h('strong', {}, label('StatusEventType', e.type)),
          e.grade ? ` · ${e.grade}年级` : '',
          e.school ? ` · ${e.school.name}` : '',
          corrected.has(e.id) ? [' ', badge('muted', '已更正')] : '',
          e.cause ? h('div', {}, `原因：${label('DropoutCause', e.cause)}`) : null,
          e.reason ? h('div', {}, `说明：${e.reason}`) : null,
          e.dueBackOn ? h('div', {}, `应复学日期：${fmtDate(e.dueBackOn)}`) : null,
          e.evidenceRef ? h('div', { class: 'meta' }, `佐证材料：${e.evidenceRef}`) : null,
          e.recordedBy !== undefined ? h('div', { class: 'meta' }, `登记：${e.recordedBy || '—'} · ${fmtTime(e.recordedAt)}`) : null,
        ),
      ),
    ),
  );
}

function casesSection(cases) {
  if (!cases || cases.length === 0) return notice('info', '无控辍个案。');
  return cases.map((k) =>
    h(
      'div',
      { class: 'case', dataset: { caseId: k.id } },
      h('h3', {}, `${fmtDate(k.detectedOn)} 立案 · ${label('CaseStatus', k.status)} · ${label('DropoutCause', k.cause)}${k.causeNote ? `（${k.causeNote}）` : ''}`),
      facts([
        ['来源', get(k, 'source', (v) => label('CaseSource', v))],
        ['首访期限', get(k, 'firstVisitDueOn', fmtDate)],
        ['复学日期', get(k, 'returnedOn', fmtDate)],
        ['其他安置', get(k, 'alternativePlan')],
        ['销号日期', get(k, 'closedOn', fmtDate)],
      ]),
      k.responsibleHeads ? h('div', {}, h('h4', {}, '责任人（七长）'), h('dl', { class: 'heads wide' }, HEADS.map(([f, n]) => [h('dt', {}, n), h('dd', {}, k.responsibleHeads[f] || '—')]))) : null,
      k.visits
        ? [
            h('h4', {}, `劝返走访（${k.visits.length} 次）`),
            table(
              [
                { title: '日期', cell: (v) => fmtDate(v.visitedOn) },
                { title: '走访人', cell: (v) => (v.visitors || []).join('、') },
                { title: '结果', cell: (v) => label('VisitOutcome', v.outcome) },
                { title: '情况', cell: (v) => v.notes || '—', class: 'text' },
                { title: '下一步', cell: (v) => v.nextStep || '—', class: 'text' },
              ],
              k.visits,
            ),
          ]
        : null,
      k.legalActions && k.legalActions.length > 0 ? [h('h4', {}, '依法控辍'), legalTable(k.legalActions)] : null,
    ),
  );
}

function legalTable(rows) {
  return table(
    [
      { title: '日期', cell: (a) => fmtDate(a.takenOn) },
      { title: '措施', cell: (a) => label('LegalActionKind', a.kind) },
      { title: '内容', cell: (a) => a.description, class: 'text' },
      { title: '结果', cell: (a) => a.outcome || '—', class: 'text' },
    ],
    rows,
  );
}

function renderSection(caps, s, c) {
  switch (s.id) {
    case 'basic':
      return basicSection(caps, c);
    case 'history':
      return historySection(c);
    case 'attendance': {
      const a = c.attendanceSummary;
      return facts([
        ['统计起始', fmtDate(a.since)],
        ['无故缺勤', `${fmtInt(a.unexcusedDays)} 天`],
        ['请假', `${fmtInt(a.excusedDays)} 天`],
        ['迟到', `${fmtInt(a.lateDays)} 天`],
        ['最近缺勤', fmtDate(a.lastAbsence)],
      ]);
    }
    case 'cases':
      return casesSection(c.dropoutCases);
    case 'guardians':
      return table(
        [
          { title: '关系', cell: (g) => label('GuardianRelation', g.relation) },
          { title: '姓名', cell: (g) => (g.person ? g.person.name : '—') },
          { title: '电话', cell: (g) => (g.person && g.person.phone ? `${g.person.phone}${masked(caps, 'CONTACT') ? '（脱敏）' : ''}` : '—') },
          { title: '身份证号', cell: (g) => (g.person && has(g.person, 'idNumber') ? g.person.idNumber || '—' : '—') },
          { title: '同住', cell: (g) => yes(g.livesWithChild) },
          { title: '外出务工', cell: (g) => (g.person && has(g.person, 'worksAway') ? yes(g.person.worksAway) : '—') },
          { title: '主要监护人', cell: (g) => yes(g.isPrimary) },
        ],
        c.guardians || [],
      );
    case 'household': {
      const x = c.household;
      if (!x) return notice('info', '无户籍家庭记录。');
      return facts([
        ['家庭住址', get(x, 'address')],
        ['建档立卡贫困户', get(x, 'registeredPoor', (v) => (v ? `是${x.poorSinceYear ? `（${x.poorSinceYear} 年起）` : ''}` : '否'))],
        ['低保户', get(x, 'minimumLiving', yes)],
        ['特困供养', get(x, 'extremePoverty', yes)],
        ['家庭年收入', get(x, 'annualIncome', (v) => (v === null ? null : `¥${Number(v).toFixed(2)}`))],
        ['救助金额', get(x, 'assistanceAmount', (v) => (v === null ? null : `¥${Number(v).toFixed(2)}`))],
        ['离校距离', get(x, 'distanceToSchoolKm', (v) => (v === null ? null : `${v} 公里`))],
      ]);
    }
    case 'welfare':
      return [
        c.subsidyGrants
          ? table(
              [
                { title: '资助项目', cell: (g) => (g.programme ? g.programme.name : '—') },
                { title: '学年/学期', cell: (g) => `${g.schoolYear}学年 第${g.term}学期` },
                { title: '金额', cell: (g) => yuan(g.amountCents) },
                { title: '状态', cell: (g) => label('GrantStatus', g.status) },
              ],
              c.subsidyGrants,
            )
          : null,
        c.supportPlans && c.supportPlans.length > 0
          ? [h('h4', {}, '一生一案'), table([{ title: '措施', cell: (p) => (p.measures || []).join('；'), class: 'text' }, { title: '责任人', cell: (p) => p.responsibleName }, { title: '起始', cell: (p) => fmtDate(p.startsOn) }], c.supportPlans)]
          : null,
      ];
    case 'disability':
      return facts([
        ['残疾儿童', get(c, 'hasDisability', yes)],
        ['残疾类别', get(c, 'disabilityRecord', (d) => (d ? label('DisabilityCategory', d.category) : null))],
        ['残疾等级', c.disabilityRecord && has(c.disabilityRecord, 'grade') ? `${c.disabilityRecord.grade} 级` : undefined],
        ['残疾证号', c.disabilityRecord && has(c.disabilityRecord, 'certificateNumber') ? c.disabilityRecord.certificateNumber : undefined],
        ['评估意见', c.disabilityRecord && has(c.disabilityRecord, 'assessment') ? c.disabilityRecord.assessment : undefined],
        ['安置方式', get(c, 'placement', (p) => (p ? `${label('PlacementType', p.type)}（${label('PlacementStatus', p.status)}）` : '未安置'))],
        ['安置学校', c.placement && has(c.placement, 'school') ? (c.placement.school ? c.placement.school.name : null) : undefined],
        ['责任教师', c.placement && has(c.placement, 'responsibleTeacher') ? c.placement.responsibleTeacher : undefined],
        ['安置方案', c.placement && has(c.placement, 'plan') ? c.placement.plan : undefined],
      ]);
    case 'boarding': {
      const b = c.boardingAssignment;
      if (!b) return notice('info', '未寄宿。');
      return facts([
        ['学校', b.school ? b.school.name : null],
        ['学年/学期', `${b.schoolYear}学年 第${b.term}学期`],
        ['床位', b.bedLabel],
        ['状态', label('BoardingStatus', b.status)],
      ]);
    }
    case 'care': {
      const a = c.careArrangement;
      return [
        facts([
          ['留守儿童', get(c, 'isLeftBehind', yes)],
          ['困境儿童', get(c, 'inDistress', yes)],
          ['孤儿', get(c, 'isOrphan', yes)],
          ['关爱类型', a ? label('CareKind', a.kind) : has(c, 'careArrangement') ? '无' : undefined],
          ['照护人', a ? `${a.caregiverName}（${label('GuardianRelation', a.caregiverRelation)}）` : undefined],
          ['照护人电话', a ? a.caregiverPhone : undefined],
          ['登记日期', a ? fmtDate(a.registeredOn) : undefined],
          ['代理家长', a && a.surrogates ? a.surrogates.map((s) => `${s.name}（${s.role}）`).join('、') || '无' : undefined],
        ]),
      ];
    }
    case 'migration': {
      const m = c.migrantEnrollment;
      return facts([
        ['随迁子女', get(c, 'isMigrant', yes)],
        ['户籍地', m ? m.hukouOrigin : undefined],
        ['申请状态', m ? label('MigrantStatus', m.status) : undefined],
        ['申请日期', m ? fmtDate(m.appliedOn) : undefined],
        ['申请年级', m ? `${m.requestedGrade}年级` : undefined],
        ['居住证号', m && has(m, 'residencePermitNumber') ? m.residencePermitNumber : undefined],
        ['分配学校', m && m.assignedSchool ? m.assignedSchool.name : undefined],
      ]);
    }
    case 'legal':
      return c.legalActions && c.legalActions.length > 0 ? legalTable(c.legalActions) : notice('info', '无法律事务记录。');
    default:
      return null;
  }
}

async function renderRecord(ctx, id) {
  const { caps, main } = ctx;
  const sections = sectionsFor(caps);
  const basic = sections[0];
  const head = h('div', { class: 'page-head' }, h('h1', {}, '儿童档案'), h('a', { href: '#/child', class: 'link' }, '返回名单'));
  const boxes = new Map(sections.map((s) => [s.id, h('section', { class: 'card', dataset: { section: s.id } }, h('h2', {}, s.title), h('div', { class: 'section-body' }, h('p', { class: 'loading' }, '正在加载…')))]));
  append(main, head, [...boxes.values()]);
  main.dataset.sections = sections.map((s) => s.id).join(',');
  const bodyOf = (sid) => boxes.get(sid).querySelector('.section-body');

  // 1. the basic facts (BASIC / REFERENCE: no purpose needed)
  const basicSel = select(caps, 'Child', basic.spec, true);
  let child;
  try {
    child = (await gql(`query ConsoleChildBasic($id: ID!) { child(id: $id) ${basicSel} }`, { id })).child;
  } catch (e) {
    ctx.showError(e, main);
    return;
  }
  if (!ctx.isCurrent()) return;
  if (!child) {
    replace(main, head, notice('error', '未找到：记录不存在，或不在本机构的数据范围内。'));
    return;
  }
  replace(head.querySelector('h1'), `儿童档案 · ${child.name}`);
  replace(bodyOf('basic'), renderSection(caps, basic, child));

  // 2. everything else of the slice (needs a purpose beyond the basic facts)
  const rest = sections.filter((s) => s !== basic);
  const spec = [].concat(...sections.map((s) => s.spec));
  const full = select(caps, 'Child', spec);
  if (rest.length === 0 && full === basicSel) return;
  try {
    child = (await gql(`query ConsoleChild($id: ID!) { child(id: $id) ${full} }`, { id })).child;
  } catch (e) {
    if (e.kind === 'PURPOSE_REQUIRED' || e.kind === 'FORBIDDEN') {
      for (const s of rest) boxes.get(s.id).remove();
      const box = h('section', { class: 'card', id: 'needs-purpose' }, h('h2', {}, `其余 ${rest.length} 项（${rest.map((s) => s.title).join('、')}）`), h('div', { class: 'section-body' }));
      main.appendChild(box);
      ctx.showError(e, box.querySelector('.section-body'));
      return;
    }
    ctx.showError(e, main);
    return;
  }
  if (!ctx.isCurrent() || !child) return;
  for (const s of sections) {
    replace(bodyOf(s.id), renderSection(caps, s, child));
    boxes.get(s.id).dataset.state = 'ready';
  }
}

async function renderList(ctx) {
  const { caps, main, route } = ctx;
  const p = route.params;
  const wide = countyWide(caps);
  const nav = (changes) => ctx.go('child', [], Object.assign({ township: p.township, status: p.status }, changes));
  const filter = {};
  if (wide && p.township && canRead(caps, 'ChildFilter', 'townshipCode')) filter.townshipCode = p.township;
  if (p.status && ENUMS.EnrollmentStatus[p.status] && canRead(caps, 'ChildFilter', 'status')) filter.status = p.status;
  const statusSel = h(
    'select',
    { id: 'child-status-filter', onchange: (e) => nav({ status: e.target.value }) },
    h('option', { value: '' }, '全部学籍状态'),
    Object.entries(ENUMS.EnrollmentStatus).map(([v, t]) => h('option', { value: v }, t)),
  );
  statusSel.value = filter.status || '';
  const idInput = h('input', { type: 'text', id: 'child-id-input', placeholder: '儿童系统编号', spellcheck: 'false', autocomplete: 'off' });
  const filters = h(
    'div',
    { class: 'filters' },
    canRead(caps, 'ChildFilter', 'status') ? h('label', { class: 'filter' }, '学籍状态', statusSel) : null,
    h('label', { class: 'filter' }, '按编号打开', idInput, h('button', { type: 'button', onclick: () => idInput.value.trim() && ctx.go('child', [idInput.value.trim()]) }, '打开')),
  );
  const body = h('div', { id: 'children' }, h('p', { class: 'loading' }, '正在加载…'));
  append(main, h('div', { class: 'page-head' }, h('h1', {}, '儿童档案'), h('p', { class: 'meta' }, '点击姓名查看档案。')), filters, body);
  if (wide && canRead(caps, 'ChildFilter', 'townshipCode')) {
    gql('query ConsoleTownships { townships { code name } }')
      .then((d) => {
        const menu = townshipMenu(caps, d.townships, filter.townshipCode, (code) => nav({ township: code }));
        if (menu) filters.prepend(menu);
      })
      .catch(() => undefined);
  }
  const rows = [];
  let cursor = null;
  const query = `query ConsoleChildren($first: Int!, $after: String, $filter: ChildFilter) {
    children(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node ${childSelection(caps)} } }
  }`;
  const more = h('button', { type: 'button', class: 'link', id: 'children-more' }, '加载更多');
  const load = async () => {
    const d = (await gql(query, { first: 50, after: cursor, filter: Object.keys(filter).length ? filter : null })).children;
    rows.push(...d.edges.map((e) => e.node));
    cursor = d.pageInfo.endCursor;
    replace(body, h('p', { class: 'meta', id: 'children-count' }, `共 ${fmtInt(d.totalCount)} 人，已显示 ${rows.length} 人`), childTable(rows), d.pageInfo.hasNextPage ? more : null);
  };
  more.addEventListener('click', () => load().catch((e) => ctx.showError(e, body)));
  try {
    await load();
  } catch (e) {
    ctx.showError(e, body);
  }
}

module.exports = {
  id: 'child',
  title: '儿童档案',
  available: (caps, canReadFn) => canReadFn(caps, 'Query', 'child'),
  render: (ctx) => (ctx.route.rest[0] ? renderRecord(ctx, ctx.route.rest[0]) : renderList(ctx)),
  SECTIONS,
  sectionsFor,
};

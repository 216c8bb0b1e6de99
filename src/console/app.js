// The console's shell: sign-in (development: pick an agency and mint a
// development token; production: paste the single sign-on's token), the
// caller's identity and purpose, the pages its slice allows, hash routing,
// and one way of showing every refusal in Chinese.
const api = require('./api');
const { AGENCIES, PURPOSES, ROW_SCOPES, FIELD_CLASSES } = require('./labels');
const { capabilities, canRead } = require('./policy');
const { h, replace, notice } = require('./ui');
const { disposeDetached } = require('./charts');

const PAGES = [require('./pages/county'), require('./pages/region'), require('./pages/ledgers'), require('./pages/child'), require('./pages/warning'), require('./pages/supervision')];

const DEVELOPMENT = document.body.dataset.mode === 'development';
const VIEWER_QUERY = '{ viewer { agencyKind agency township { code name } school { id code name } rowScope classes { fieldClass access only rows purposeRequired } purposes } }';

const root = document.getElementById('app');
let caps = null;
let renderSeq = 0;

function parseRoute() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [pathPart, query] = raw.split('?');
  const parts = (pathPart || '').split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  return { page: parts[0] || '', rest: parts.slice(1), params };
}

function go(page, rest, params) {
  const qs = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString();
  const hash = `#/${[page, ...(rest || [])].map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
  if (location.hash === hash) render();
  else location.hash = hash;
}

// ── refusals ──

const MESSAGES = {
  UNAUTHENTICATED: '令牌无效或已过期（401），请重新登录。',
  FORBIDDEN: '无权查看：该内容不在本机构的数据权限内（FORBIDDEN）。',
  NOT_FOUND: '未找到：记录不存在，或不在本机构的数据范围内。',
  BAD_REQUEST: '请求有误',
  NETWORK: '无法连接数据中台，请检查网络后重试。',
  SERVER: '数据中台暂时无法处理该请求，请稍后重试。',
};

/** A panel asking for a purpose (PURPOSE_REQUIRED), offering the purposes the agency may state. */
function purposePanel() {
  const select = h('select', { class: 'purpose-pick', 'aria-label': '用途' }, caps.purposes.map((p) => h('option', { value: p }, `${PURPOSES[p] || p}（${p}）`)));
  return notice(
    'purpose',
    h('strong', {}, '须说明用途'),
    h('p', {}, '此处内容涉及儿童个人信息（基本信息以外的数据类别），按数据访问规定须说明查询用途（X-Purpose）。每次查看都将记入访问日志。'),
    h('label', {}, '请选择本机构可声明的用途：', select),
    h('button', { type: 'button', class: 'primary purpose-apply', onclick: () => setPurpose(select.value) }, '确定'),
  );
}

/** Shows a refusal inside `container`; a 401 signs the user out. */
function showError(err, container) {
  if (!(err instanceof api.ConsoleError)) {
    // A fault of the console itself: reported (the browser tests fail on it) and shown.
    console.error(err);
    const node = notice('error', `工作台出错：${(err && err.message) || err}`);
    node.dataset.errorKind = 'CONSOLE';
    replace(container, node);
    return;
  }
  const kind = err.kind || 'SERVER';
  if (kind === 'UNAUTHENTICATED') {
    expired();
    return;
  }
  let node;
  if (kind === 'PURPOSE_REQUIRED') node = purposePanel();
  else if (kind === 'BAD_REQUEST') node = notice('error', `${MESSAGES.BAD_REQUEST}：${err.message}`);
  else node = notice('error', MESSAGES[kind] || MESSAGES.SERVER);
  node.dataset.errorKind = kind;
  replace(container, node);
}

function setPurpose(p) {
  api.session.setPurpose(p);
  renderShell();
}

function expired() {
  api.session.clear();
  caps = null;
  signIn(MESSAGES.UNAUTHENTICATED);
}

// ── sign-in ──

async function signIn(message) {
  root.dataset.view = 'sign-in';
  delete root.dataset.ready;
  const pasted = h('textarea', { id: 'token-input', rows: 3, spellcheck: 'false', autocomplete: 'off', placeholder: '粘贴统一身份认证（单点登录）签发的访问令牌' });
  const status = h('p', { class: 'sign-in-status', role: 'status' });
  const usePasted = () => {
    const t = pasted.value.trim().replace(/^Bearer\s+/i, '');
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(t)) {
      status.textContent = '这不是有效的访问令牌格式。';
      return;
    }
    api.session.setToken(t);
    api.session.setPurpose(null);
    void boot();
  };
  const dev = h('div', { class: 'dev-sign-in' });
  replace(
    root,
    h(
      'div',
      { class: 'sign-in' },
      h('h1', {}, '控辍保学工作台'),
      h('p', { class: 'subtitle' }, '适龄儿童少年控辍保学数据中台 · 各部门按权限查看本部门数据'),
      message ? notice('error', message) : null,
      DEVELOPMENT ? dev : null,
      h(
        'div',
        { class: 'paste-sign-in' },
        h('h2', {}, DEVELOPMENT ? '或粘贴访问令牌' : '粘贴访问令牌'),
        pasted,
        h('button', { type: 'button', class: 'primary', id: 'use-token', onclick: usePasted }, '使用此令牌'),
      ),
      status,
      h('p', { class: 'note' }, '令牌只保存在本浏览器标签页（sessionStorage），关闭标签页即清除。所有查询按本机构权限返回，并记入访问日志。'),
    ),
  );
  if (DEVELOPMENT) await devSignIn(dev, status);
}

async function devSignIn(container, status) {
  let options;
  try {
    options = await api.devOptions();
  } catch {
    replace(container, notice('error', '开发令牌服务不可用。'));
    return;
  }
  const agency = h('select', { id: 'dev-agency' }, options.agencies.map((a) => h('option', { value: a.kind }, `${a.name}（${a.kind}）`)));
  // A hub serving several counties (COUNTY_CODES, issue 11): the county first, then its townships and schools.
  const counties = options.counties;
  const county = h('select', { id: 'dev-county' }, counties.map((c) => h('option', { value: c.code }, `${c.name}（${c.code}）`)));
  const township = h('select', { id: 'dev-township' });
  const school = h('select', { id: 'dev-school' });
  const countyRow = h('label', { class: 'dev-row' }, '县（区）', county);
  const townshipRow = h('label', { class: 'dev-row' }, '乡镇', township);
  const schoolRow = h('label', { class: 'dev-row' }, '学校', school);
  const ofCounty = (row) => row.countyCode === county.value;
  const fill = () => {
    replace(township, ...options.townships.filter(ofCounty).map((t) => h('option', { value: t.code }, `${t.name}（${t.code}）`)));
    replace(school, ...options.schools.filter(ofCounty).map((s) => h('option', { value: s.code }, `${s.name}（${s.code}）`)));
  };
  const sync = () => {
    countyRow.hidden = counties.length < 2;
    townshipRow.hidden = agency.value !== 'TOWNSHIP';
    schoolRow.hidden = agency.value !== 'SCHOOL';
  };
  agency.addEventListener('change', sync);
  county.addEventListener('change', fill);
  fill();
  sync();
  const mint = async () => {
    status.textContent = '正在签发开发令牌…';
    const choice = { agency: agency.value };
    if (county.value) choice.countyCode = county.value;
    if (agency.value === 'TOWNSHIP') choice.townshipCode = township.value;
    if (agency.value === 'SCHOOL') choice.schoolCode = school.value;
    try {
      const { token } = await api.mintDevToken(choice);
      api.session.setToken(token);
      api.session.setPurpose(null);
      await boot();
    } catch (e) {
      status.textContent = `签发失败：${e.message}`;
    }
  };
  replace(
    container,
    h('h2', {}, '开发环境：选择机构登录'),
    h('p', { class: 'note' }, `开发令牌由本数据中台的开发密钥签发，有效期 ${Math.round(options.ttlSeconds / 3600)} 小时；生产环境不提供此功能。`),
    countyRow,
    h('label', { class: 'dev-row' }, '机构', agency),
    townshipRow,
    schoolRow,
    h('button', { type: 'button', class: 'primary', id: 'dev-sign-in', onclick: () => void mint() }, '签发开发令牌并进入'),
  );
}

// ── the shell ──

function identity() {
  const v = caps.viewer;
  const where = v.township ? ` · ${v.township.name}` : v.school ? ` · ${v.school.name}` : '';
  return `${AGENCIES[v.agencyKind] || v.agencyKind}${v.agencyKind !== v.agency ? `（代表${AGENCIES[v.agency]}）` : ''}${where}`;
}

function available() {
  return PAGES.filter((p) => p.available(caps, canRead));
}

function renderShell() {
  root.dataset.view = 'console';
  const purposeSelect = h(
    'select',
    { id: 'purpose-select', 'aria-label': '查询用途', onchange: (e) => setPurpose(e.target.value) },
    h('option', { value: '' }, '未声明用途（仅基本信息与统计）'),
    caps.purposes.map((p) => h('option', { value: p }, `${PURPOSES[p] || p}（${p}）`)),
  );
  purposeSelect.value = api.session.purpose() || '';
  const classes = caps.viewer.classes.map((c) => `${FIELD_CLASSES[c.fieldClass] || c.fieldClass}${c.access === 'MASKED' ? '（脱敏）' : ''}${c.only ? '（部分）' : ''}`).join('、');
  const nav = h(
    'nav',
    { class: 'nav', 'aria-label': '页面' },
    available().map((p) => h('a', { href: `#/${p.id}`, id: `nav-${p.id}`, dataset: { page: p.id } }, p.title)),
  );
  const main = h('main', { id: 'page', class: 'page' });
  replace(
    root,
    h(
      'header',
      { class: 'top' },
      h('div', { class: 'brand' }, '控辍保学工作台'),
      h('div', { class: 'who', id: 'who' }, identity()),
      h('label', { class: 'purpose' }, '用途', purposeSelect),
      h('button', { type: 'button', id: 'sign-out', onclick: () => { api.session.clear(); caps = null; void signIn(); } }, '退出'),
    ),
    h('div', { class: 'scope', title: `可读数据类别：${classes}` }, `数据范围：${ROW_SCOPES[caps.viewer.rowScope] || caps.viewer.rowScope}`, h('span', { class: 'classes' }, `可读：${classes}`)),
    nav,
    main,
  );
  render();
}

async function render() {
  if (!caps) return;
  const main = document.getElementById('page');
  if (!main) return;
  const seq = ++renderSeq;
  const route = parseRoute();
  const pages = available();
  const page = pages.find((p) => p.id === route.page) || pages[0];
  for (const a of document.querySelectorAll('.nav a')) a.classList.toggle('active', page && a.dataset.page === page.id);
  delete main.dataset.ready;
  delete main.dataset.stale;
  main.dataset.route = location.hash;
  main.dataset.page = page ? page.id : '';
  disposeDetached();
  if (!page) {
    replace(main, notice('info', '本机构的数据权限中没有可在工作台查看的内容。'));
    main.dataset.ready = 'true';
    return;
  }
  replace(main);
  const ctx = { caps, main, route, go, showError, purpose: api.session.purpose(), isCurrent: () => seq === renderSeq };
  try {
    await page.render(ctx);
  } catch (e) {
    showError(e, main);
  }
  if (seq === renderSeq) main.dataset.ready = 'true';
}

async function boot() {
  if (!api.session.token()) {
    await signIn();
    return;
  }
  replace(root, h('p', { class: 'loading' }, '正在核验身份…'));
  try {
    const data = await api.gql(VIEWER_QUERY);
    caps = capabilities(data.viewer);
  } catch (e) {
    if (e.kind === 'UNAUTHENTICATED') {
      expired();
      return;
    }
    replace(root, notice('error', MESSAGES[e.kind] || e.message));
    return;
  }
  renderShell();
}

function start() {
  window.addEventListener('hashchange', () => void render());
  void boot();
}

module.exports = { start };
